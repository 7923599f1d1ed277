import type { FormProblem } from '../../../ui/ErrorSummary';
import type { GuardReport, GuardVerdict } from '../../../../../shared/schemas/actions';
import { policyWords } from '../../../../../shared/domain/policy-paragraphs';

/** Where each guard's problem is answered on screen, so the error summary can link to it. */
const FIELD_OF_GUARD: Record<string, string> = {
  subject: 'action-subject',
  tenancy: 'action-subject',
  'responsible-tenant': 'action-about',
  confirmation: 'guard-record-confirmation',
  guardian: 'action-guardianName',
  'youth-court': 'action-youthCourt',
  'yot-consulted': 'action-yotConsultedOn',
  'without-notice': 'action-withoutNoticeJustification',
  'power-of-arrest': 'action-powerOfArrest',
  exclusion: 'action-exclusion',
  'absolute-condition': 'action-absoluteCondition',
};

export const ackFieldId = (guard: string) => `action-ack-${guard}`;
/** The guard's words and its rule, the rule in words ("Policy 5.4"): the error summary is plain text. */
export const verdictText = (v: GuardVerdict) => policyWords(`${v.message} (${v.rule})`);

/** A flag's reason must say something: at least 10 characters, as main requires. */
export const ackProblem = (text: string | undefined) => ((text ?? '').trim().length >= 10 ? null : 'Say why you are going ahead, in at least 10 characters.');

/** The guards' answer as problems: each block, then each flag still without a reason. */
export function guardProblems(report: GuardReport | null, acks: Record<string, string>): FormProblem[] {
  if (!report) return [];
  return [
    ...report.blocks.map((b) => ({ field: FIELD_OF_GUARD[b.guard], message: verdictText(b) })),
    ...report.flags.filter((f) => ackProblem(acks[f.guard])).map((f) => ({ field: ackFieldId(f.guard), message: verdictText(f) })),
  ];
}

/** The reasons to send: one per flag raised now, trimmed (stale ones would be refused). */
export function acknowledgementsFor(report: GuardReport | null, acks: Record<string, string>): Record<string, string> {
  return Object.fromEntries((report?.flags ?? []).filter((f) => !ackProblem(acks[f.guard])).map((f) => [f.guard, acks[f.guard]!.trim()]));
}

/** One sentence for screen readers as the answer changes: how many things stop, ask or inform. */
export function spokenSummary(report: GuardReport | null): string {
  if (!report) return '';
  const { blocks, flags, notices } = report;
  const parts = [blocks.length ? `${blocks.length} to put right first` : '', flags.length ? `${flags.length} needing your reason` : '', notices.length ? `${notices.length} to bear in mind` : ''].filter(Boolean);
  return parts.length ? `Policy checks: ${parts.join(', ')}.` : 'Policy checks: nothing stops this action.';
}
