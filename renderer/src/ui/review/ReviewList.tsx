import type { DecisionKind, RedactionReview, ReviewItem } from '../../../../shared/schemas/redaction-review';
import { formatDateTime } from '../../../../shared/time/format';
import { Notice } from '../Notice';
import { ReviewPassage } from './ReviewPassage';
import './review.css';

interface Props {
  review: RedactionReview;
  busy: boolean;
  onDecide: (key: string, decision: DecisionKind, text?: string) => Promise<boolean>;
  /** The line shown when nothing is found ("Nothing in the bundle’s text identifies…"). */
  nothing: string;
}

const KIND: Record<DecisionKind, string> = { accept: 'A suggestion accepted', edit: 'A replacement edited', reword: 'A passage reworded', reject: 'A proposed box rejected' };

/** The findings grouped by sentence, in the order the text has them. */
function bySentence(items: readonly ReviewItem[]): ReviewItem[][] {
  const groups = new Map<string, ReviewItem[]>();
  for (const i of items) groups.set(i.passageKey, [...(groups.get(i.passageKey) ?? []), i]);
  return [...groups.values()];
}

/**
 * The passages of a redaction review (issue 16 §3), a bundle's or a letter's: each sentence with its
 * details to accept, edit or reword; and the earlier decisions that no longer apply because their
 * passage has changed or gone (they are cleared with the next decision).
 */
export function ReviewList({ review, busy, onDecide, nothing }: Props) {
  return (
    <>
      {review.stale.length > 0 && (
        <Notice tone="info" title={review.stale.length === 1 ? 'One earlier decision no longer applies' : `${review.stale.length} earlier decisions no longer apply`}>
          <p>The words they were made on have changed or gone, so they are not used. They are cleared with the next decision.</p>
          <ul>
            {review.stale.map((d) => (
              <li key={`${d.decidedAt}-${d.place ?? ''}-${d.kind}`}>
                {KIND[d.kind]} {d.place ? `in ${d.place} ` : ''}by {d.decidedBy} on {formatDateTime(d.decidedAt)}.
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {review.items.length === 0 && <p>{nothing}</p>}
      {review.items.length > 0 && (
        <ol className="review-list">
          {bySentence(review.items).map((items) => (
            <ReviewPassage key={items[0]!.passageKey} items={items} busy={busy} onDecide={onDecide} />
          ))}
        </ol>
      )}
    </>
  );
}
