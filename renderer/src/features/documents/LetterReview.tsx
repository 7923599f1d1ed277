import { useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { DecisionKind } from '../../../../shared/schemas/redaction-review';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { ReviewList } from '../../ui/review/ReviewList';
import { ReviewNotices } from '../../ui/review/ReviewNotices';

interface Props {
  request: ChannelInput<'document:review'>;
  /** Every passage is decided (it was not before): the maker previews again, and the letter can be made. */
  onAllReviewed: () => void;
}

/**
 * "Review what identifies people" for a letter (issue 16): the same review as a bundle's
 * (ui/review/ReviewList), of this letter's passages that would identify someone outside their consent.
 * Main refuses to make the letter while any waits, and checks whatever is written instead.
 */
export function LetterReview({ request, onAllReviewed }: Props) {
  const review = useQuery(hearthQuery('document:review', request));
  const decide = useChange({ caseId: request.caseId });
  const toReview = review.data?.toReview ?? null;

  const onDecide = async (key: string, decision: DecisionKind, text?: string) => {
    const r = await decide.run('document:decide', { request, key, decision, ...(text !== undefined ? { text } : {}) });
    if (r?.ok && r.value.toReview === 0) onAllReviewed();
    return r?.ok === true;
  };
  const heading = `Review what identifies people${toReview === null ? '' : ` (${toReview} to review)`}`;
  return (
    <section className="panel redaction-review" aria-labelledby="letter-review-h">
      <h3 id="letter-review-h">{heading}</h3>
      <p className="hint">
        Each passage of this letter that would identify someone to whoever it goes to ({review.data?.withheld.join(', ') || 'nobody'}), with what Hearth suggests instead. Accept each suggestion, edit the
        words, or reword the passage. The letter cannot be made until each is reviewed; if its words change, it is asked about again.
      </p>
      <ReviewNotices reading="Reading the letter…" pending={review.isPending} error={review.error} decideError={decide.error} />
      {review.data && <ReviewList review={review.data} busy={decide.busy} onDecide={onDecide} nothing="Nothing in this letter identifies anyone it must not." />}
    </section>
  );
}
