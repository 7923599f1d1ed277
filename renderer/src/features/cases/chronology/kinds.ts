import type { ChronologyKind } from '../../../../../shared/schemas/cases';

const LABELS: Partial<Record<ChronologyKind, { one: string; many: string }>> = {
  report: { one: 'Report', many: 'Report' },
  incident: { one: 'Incident', many: 'Incidents' },
  contact: { one: 'Contact', many: 'Contacts' },
  interview: { one: 'Interview', many: 'Interviews' },
  referral: { one: 'Referral', many: 'Referrals' },
  cost: { one: 'Cost', many: 'Costs' },
  note: { one: 'Note', many: 'Notes' },
  evidence: { one: 'Evidence', many: 'Evidence' },
  consent: { one: 'Consent', many: 'Consents' },
  plan: { one: 'Action plan', many: 'Action plans' },
  deadline: { one: 'Deadline', many: 'Deadlines' },
  action: { one: 'Action', many: 'Actions' },
  closure: { one: 'Closure', many: 'Closure' },
  decision: { one: 'Decision', many: 'Decisions' },
};

/** The words for a kind of chronology entry; a kind added later still reads sensibly. */
export function kindLabel(kind: ChronologyKind, count = 1): string {
  const known = LABELS[kind];
  if (known) return count === 1 ? known.one : known.many;
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

const ORDER = Object.keys(LABELS);

/** Where a kind comes among entries at the same minute: the report first, then what happened, then the rest. */
export const kindRank = (kind: ChronologyKind) => (ORDER.indexOf(kind) + 1 || ORDER.length + 1);

/** The kinds present, in the order of the filter boxes. */
export const kindOrder = (present: Iterable<ChronologyKind>): ChronologyKind[] => [...new Set(present)].sort((a, b) => kindRank(a) - kindRank(b));
