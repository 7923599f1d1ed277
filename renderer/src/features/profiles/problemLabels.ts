import type { Profile } from '../../../../shared/standards/profile';

/** Which field a problem is about, in words for the error summary: "Acknowledge the report…, faster limit 1". */
export function describeField(path: string, profile: Profile): string {
  if (path === 'name') return 'Name';
  if (path.startsWith('settings.appealWindowWorkingDays')) return 'Appeal window';
  if (path.startsWith('settings.orderExpiryReminderDays')) return 'Order expiry reminder';
  if (path.startsWith('settings.')) return 'Injunctions';
  const m = /^rules\.(\d+)(?:\.variants\.(\d+))?/.exec(path);
  const rule = m ? profile.rules[Number(m[1])] : undefined;
  if (!rule) return 'Profile';
  return m?.[2] !== undefined ? `${rule.label}, faster limit ${Number(m[2]) + 1}` : rule.label;
}
