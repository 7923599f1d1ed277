import { RECEIVED_VIA } from '../../shared/schemas/case-review';
import { formatDateUK } from '../../shared/time/london';
import type { CaseData } from './case-data';
import type { LetterContext } from './context-shape';

/**
 * The `caseReview` fields of a letter (issue 20): the latest ASB case review application on the case,
 * its threshold check and decision, and the review with its recommendations. Only what the applicant
 * may be told: dates, counts, bodies and what is to be done. The complaints are dates only (who else
 * complained is never said); the disclosure guard still reads every letter before it is kept.
 */
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
  };
}
