import { useQuery } from '@tanstack/react-query';
import type { DecisionKind } from '../../../../shared/schemas/redaction-review';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { ReviewList } from '../../ui/review/ReviewList';
import { ReviewNotices } from '../../ui/review/ReviewNotices';

/**
 * "Review what identifies people" for a subject access pack (issue 21 item 3): the same review as a
 * bundle's and a letter's (ui/review/ReviewList), of every passage of the pack that would identify someone
 * other than the requester. Its decisions are the request's own; main refuses the pack while any waits,
 * and checks whatever is written instead. Items given an exemption are not in the pack, so not reviewed.
 */
export function SarReview({ requestId }: { requestId: number }) {
  const review = useQuery(hearthQuery('sar:review', { id: requestId }));
  const decide = useChange();
  const toReview = review.data?.toReview ?? null;
  const onDecide = async (key: string, decision: DecisionKind, text?: string) => {
    const r = await decide.run('sar:redact', { id: requestId, key, decision, ...(text !== undefined ? { text } : {}) });
    return r?.ok === true;
  };
  return (
    <section className="redaction-review" aria-labelledby={`sar-review-${requestId}`}>
      <h3 id={`sar-review-${requestId}`}>Review what identifies people{toReview === null ? '' : ` (${toReview} to review)`}</h3>
      <p className="hint">
        Each passage of the pack that would identify someone other than the requester ({review.data?.withheld.join(', ') || 'nobody'}), with what Hearth suggests instead. Accept each suggestion, edit the
        words, or reword the passage. The pack cannot be made until each is reviewed; if the record changes, a passage is asked about again.
      </p>
      <ReviewNotices reading="Reading the pack…" pending={review.isPending} error={review.error} decideError={decide.error} />
      {review.data && <ReviewList review={review.data} busy={decide.busy} onDecide={onDecide} nothing="Nothing in the pack identifies anyone other than the requester." />}
    </section>
  );
}
