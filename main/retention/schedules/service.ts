import { RETENTION_SCHEDULES, RetentionSchedule, scheduleFor, scheduleWarnings } from '../../../shared/retention/schedule';
import { AppError } from '../../../shared/result';
import type { ScheduleSaved, ScheduleVersion, ScheduleView, SetScheduleInput } from '../../../shared/schemas/retention-schedule';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { can } from '../../security/can';
import type { SessionUser } from '../../security/session';
import { insertSchedule, partnerName, storedSchedules } from './store';

/**
 * Retention schedules edited in the app (issue 21): the group's default lives in code; a partner's managers
 * (or an administrator) add versions of the partner's own, each rule's period and trigger with the reason
 * for it. A version is never changed — a disposal names the version it was decided under — so a change is
 * always a new version, which applies to the partner's cases from then on. A rule that would dispose before
 * the monitoring period ends is warned about, not refused: anonymising keeps the figures.
 */
export function schedulesIn(db: ReadableDB): ScheduleVersion[] {
  return [...RETENTION_SCHEDULES.map((s) => ({ ...s, createdBy: null, createdAt: null })), ...storedSchedules(db)];
}

function mayManage(user: SessionUser, partner: string): void {
  if (!can(user, 'retention.schedule', { partner, legalReferred: false })) throw new AppError('not-found', `There is no partner ${partner} you manage. Choose one of yours: ${user.partners.join(', ') || 'none'}.`);
}

export function scheduleView(db: ReadableDB, user: SessionUser, partner: string): ScheduleView {
  mayManage(user, partner);
  const all = schedulesIn(db);
  const chosen = scheduleFor(partner, all);
  const inForce = all.find((s) => s.id === chosen.id && s.version === chosen.version && s.partner === chosen.partner)!;
  const versions = all.filter((s) => s.partner === partner || s.partner === null).reverse();
  return { partner, inForce, versions, warnings: scheduleWarnings(inForce) };
}

export function addScheduleVersion(db: WritableDB, user: SessionUser, input: SetScheduleInput, now: Date): ScheduleSaved {
  mayManage(user, input.partner);
  const name = partnerName(db, input.partner);
  if (!name) throw new AppError('not-found', `There is no partner ${input.partner}.`);
  const ids = input.rules.map((r) => r.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new AppError('bad-input', `Each rule needs its own name: “${twice[0]}” is used twice. Rename one of them.`);
  if (!input.rules.some((r) => r.recordKind === 'case')) throw new AppError('bad-input', 'The schedule needs a rule for closed cases (record kind “case”), or no closed case would ever come up for review.');
  const own = schedulesIn(db).filter((s) => s.partner === input.partner);
  const version = own.reduce((a, s) => Math.max(a, s.version), 0) + 1;
  const schedule = RetentionSchedule.parse({ id: `${input.partner.toLowerCase()}-retention`, version, partner: input.partner, name: `${name} retention schedule (version ${version})`, rules: input.rules });
  insertSchedule(db, { ...schedule, partner: input.partner }, user.id, now.toISOString());
  return { scheduleId: schedule.id, version, warnings: scheduleWarnings(schedule) };
}
