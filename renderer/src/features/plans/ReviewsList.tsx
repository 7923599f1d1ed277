import { formatDateTime } from '../../../../shared/time/format';
import type { CasePlans } from '../../../../shared/schemas/standards';

type Review = CasePlans['reviews'][number];

/** Reviews of the plan, newest first, with the version each one reviewed. */
export function ReviewsList({ reviews, versionOf }: { reviews: readonly Review[]; versionOf: (planId: number) => number | null }) {
  if (reviews.length === 0) return <p className="secondary-text">The plan has not been reviewed yet.</p>;
  return (
    <ol className="review-list">
      {reviews.map((r) => (
        <li key={r.id} className="review-list__item">
          <p className="review-list__meta">
            <strong>{formatDateTime(r.at)}</strong> by {r.reviewedBy}
            {versionOf(r.planId) !== null && <span className="secondary-text"> · version {versionOf(r.planId)}</span>}{' '}
            {r.changedPlan && <span className="tag tag--warning">Changed the plan</span>}
          </p>
          <p className="pre-wrap">{r.outcome}</p>
        </li>
      ))}
    </ol>
  );
}
