import { z } from 'zod';
import { periodWords, RECORD_KIND_WORDS, ruleWords } from './words';

/**
 * The retention schedule (issue 21 item 1): per kind of record, how long it is kept after which trigger.
 * Versioned data like the service-standard profiles (shared/standards/default-profiles.ts): a disposal
 * records the schedule id and version it was decided under, and a partner may have its own schedule
 * (its latest version wins; otherwise the group's). The reasoning for each default is in docs/retention.md.
 */
export const RETENTION_TRIGGERS = ['case-closed', 'legal-action-ended', 'youngest-party-25'] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

/** What a rule covers: every closed case, a screened-out report, a case with legal action, a case involving a child. */
export const RECORD_KINDS = ['case', 'screened-out-report', 'case-with-legal-action', 'case-involving-child'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RetentionRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  recordKind: z.enum(RECORD_KINDS),
  trigger: z.enum(RETENTION_TRIGGERS),
  keepMonths: z.number().int().min(0).max(1200),
  /** Why this period: the law or guidance it rests on, in a sentence (shown in the review and the docs). */
  basis: z.string().min(1),
});
export type RetentionRule = z.infer<typeof RetentionRule>;

export const RetentionSchedule = z.object({
  id: z.string().min(1),
  version: z.number().int().min(1),
  /** null: the group's schedule, for every partner without its own. */
  partner: z.string().nullable(),
  name: z.string().min(1),
  rules: z.array(RetentionRule).min(1),
});
export type RetentionSchedule = z.infer<typeof RetentionSchedule>;

const groupDefault: RetentionSchedule = {
  id: 'group-retention',
  version: 1,
  partner: null,
  name: 'Group retention schedule (version 1)',
  rules: [
    { id: 'closed-case', recordKind: 'case', trigger: 'case-closed', keepMonths: 72, basis: 'Six years after closure: the Limitation Act 1980 s.2 and s.5 period for a claim about how the case was handled (NHF/IRMS housing retention guidance).' },
    { id: 'screened-out', recordKind: 'screened-out-report', trigger: 'case-closed', keepMonths: 24, basis: 'Two years after a report was screened out: long enough for a complaint or a related report to be linked, and for the two monitoring years it is counted in.' },
    { id: 'after-legal-action', recordKind: 'case-with-legal-action', trigger: 'legal-action-ended', keepMonths: 72, basis: 'Six years after the last injunction, order, ABC or possession claim ended: a breach, a variation or a claim about it can arise until then; nothing is due while any is live.' },
    { id: 'child-involved', recordKind: 'case-involving-child', trigger: 'youngest-party-25', keepMonths: 0, basis: "Until the youngest party's 25th birthday where a child was involved: the limitation period runs from 18, and safeguarding reviews look back that far." },
  ],
};

/** Every schedule version that exists, oldest first. Never edited: disposals name the version they used. */
export const RETENTION_SCHEDULES: readonly RetentionSchedule[] = [RetentionSchedule.parse(groupDefault)];

/** The schedule in force for a partner: its own latest version, else the group's latest. */
export function scheduleFor(partner: string, schedules: readonly RetentionSchedule[] = RETENTION_SCHEDULES): RetentionSchedule {
  const latest = (list: RetentionSchedule[]) => list.reduce<RetentionSchedule | undefined>((a, s) => (!a || s.version > a.version ? s : a), undefined);
  const own = latest(schedules.filter((s) => s.partner === partner));
  const group = latest(schedules.filter((s) => s.partner === null));
  if (!own && !group) throw new Error('scheduleFor: there is no group retention schedule.');
  return (own ?? group)!;
}

/**
 * A monitoring report compares a year with the year before (shared/reports/period.ts), so a case closed at
 * the start of one reporting year is counted until the end of the next: 24 months after closure.
 */
export const MONITORING_MONTHS = 24;

/** Rules that would dispose of a case before the monitoring period ends (warned, not refused). */
export function scheduleWarnings(schedule: RetentionSchedule): string[] {
  return schedule.rules
    .filter((r) => r.trigger === 'case-closed' && r.keepMonths < MONITORING_MONTHS)
    .map((r) => `Rule “${r.id}” keeps ${RECORD_KIND_WORDS[r.recordKind]} ${ruleWords(r)}, which is before the monitoring period (${periodWords(MONITORING_MONTHS)} after closure) ends: the board report for those years would change when they are deleted. Anonymise rather than delete, or keep them longer.`);
}
