import { RECEIVED_VIA } from '../../shared/schemas/case-review';
import { formatDateUK } from '../../shared/time/london';
import type { CaseData } from './case-data';
import type { LetterContext } from './context-shape';

/**
 * The `caseReview` fields of a letter (issue 20): the latest ASB case review application on the case,
 * its threshold check and decision, and the review with its recommendations. The letters to the
 * applicant use dates, counts, bodies and what is to be done (who else complained is never said); the
 * case summary to the panel also gives each complaint's words and the actions. The disclosure guard
 * reads every letter before it is kept, and sends what identifies a protected person to the review.
 */
const andList = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

export function caseReviewFields(data: CaseData): LetterContext['caseReview'] {
  const a = data.caseReview;
  if (!a) return {};
  const d = (iso: string | null) => (iso ? formatDateUK(iso) : null);
  const via = RECEIVED_VIA.find((v) => v.code === a.receivedVia)?.label ?? a.receivedVia;
  return {
    receivedOn: d(a.receivedOn),
    via: via.charAt(0).toLowerCase() + via.slice(1),
    applicant: a.applicantName,
    threshold: a.threshold.words,
    windowFrom: d(a.check.windowFrom),
    windowTo: d(a.check.windowTo),
    counted: a.decision?.counted ?? a.check.counted,
    needed: a.check.needed,
    countedAll: `${a.decision?.counted ?? a.check.counted} of ${a.check.needed}`,
    decided: a.decision !== null,
    met: a.decision?.met ?? false,
    decidedOn: d(a.decision?.decidedOn ?? null),
    reason: a.decision?.reason || null,
    complaints: a.check.complaints.filter((c) => c.counts).map((c) => ({ date: d(c.occurredOn), reported: d(c.reportedOn) })),
    reviewed: a.review !== null,
    leadBody: a.review?.leadBody ?? null,
    meetingOn: d(a.review?.meetingOn ?? null),
    decision: a.review?.decision ?? null,
    recommendations: a.recommendations.filter((r) => r.status !== 'not-done').map((r) => ({ owner: r.ownerBody, what: r.what, due: d(r.dueOn) })),
    vulnerable: a.vulnerable,
    onBehalf: a.onBehalf,
    linkedCases: andList(a.linkedCases.map((c) => c.ref)),
    // A linked case's people are not this letter's to check: its complaints are given by date and reference only.
    history: a.check.complaints.map((c) => ({
      date: d(c.occurredOn),
      reported: d(c.reportedOn),
      caseRef: c.caseRef,
      description: c.caseId === data.header.id ? c.description : `Recorded on ${c.caseRef}: see that case.`,
      counts: c.counts ? 'Counts' : 'Does not count',
      why: c.why,
    })),
    actions: data.actions
      .filter((x) => x.status !== 'withdrawn')
      .map((x) => ({ date: d(x.startedOn), label: x.label, about: x.subjectName ?? '', status: x.status.replace(/-/g, ' ') })),
  };
}
