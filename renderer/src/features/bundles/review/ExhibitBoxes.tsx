import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { BoxItem, DecisionKind, RedactionReview } from '../../../../../shared/schemas/redaction-review';
import { formatDateTime } from '../../../../../shared/time/format';
import { callChannel } from '../../../api/hearth';
import { HearthError, scope } from '../../../api/queries';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { usePageImage } from './usePageImage';

interface Props {
  caseId: number;
  review: RedactionReview;
  busy: boolean;
  onDecide: (key: string, decision: DecisionKind) => Promise<boolean>;
}

/**
 * Boxes proposed on the exhibits (issue 16: automatic exhibit boxes): main reads every exhibit in the
 * plan (its text, or OCR of a scan or photo) and proposes a box over each detail that identifies
 * someone withheld from the court. Each is shown on its page, with whose detail it is and why; accepted,
 * it is burnt into the exhibit's redacted copy; rejected, it is left and not asked about again.
 */
export function ExhibitBoxes({ caseId, review, busy, onDecide }: Props) {
  const client = useQueryClient();
  const reading = useQuery({
    queryKey: ['job:status', review.reading],
    enabled: review.reading !== null,
    queryFn: async () => {
      const r = await callChannel('job:status', { jobId: review.reading! });
      if (!r.ok) throw new HearthError(r.error);
      return r.value;
    },
    refetchInterval: (q) => (q.state.data && q.state.data.state !== 'running' ? false : 500),
  });
  const ended = reading.data && reading.data.state !== 'running';
  // Once the exhibits are read, the review is asked for again: it now has their boxes.
  useEffect(() => {
    if (ended) void client.invalidateQueries({ queryKey: scope.case(caseId) });
  }, [ended, client, caseId]);
  // A box decided makes the exhibit's redacted copy again: when it is made, the builder reads the case again.
  const copyJob = review.making.find((m) => m.jobId)?.jobId ?? null;
  const copying = useQuery({
    queryKey: ['job:status', copyJob],
    enabled: copyJob !== null,
    queryFn: async () => {
      const r = await callChannel('job:status', { jobId: copyJob! });
      if (!r.ok) throw new HearthError(r.error);
      return r.value;
    },
    refetchInterval: (q) => (q.state.data && q.state.data.state !== 'running' ? false : 500),
  });
  const copied = copying.data && copying.data.state !== 'running';
  useEffect(() => {
    if (copied) void client.invalidateQueries({ queryKey: scope.case(caseId) });
  }, [copied, client, caseId]);

  const pages = new Map<string, BoxItem[]>();
  for (const b of review.boxes) pages.set(`${b.evidenceId}:${b.page}`, [...(pages.get(`${b.evidenceId}:${b.page}`) ?? []), b]);

  return (
    <>
      <h3>Exhibits: boxes proposed over what identifies people{review.boxesToReview ? ` (${review.boxesToReview} to decide)` : ''}</h3>
      {review.unread.length > 0 && (
        <p role="status" aria-live="polite">
          {`Reading ${review.unread.length === 1 ? 'one exhibit' : `${review.unread.length} exhibits`} for what identifies people`}
          {reading.data?.state === 'running' && reading.data.total > 0 ? ` (page ${reading.data.done} of ${reading.data.total})` : ''}…
          {reading.data?.state === 'failed' ? ` ${reading.data.message}` : ''}
        </p>
      )}
      {review.making.length > 0 && (
        <p role="status" aria-live="polite">
          {`Making the redacted ${review.making.length === 1 ? `copy of ${review.making[0]!.exhibit}` : `copies of ${review.making.map((m) => m.exhibit).join(', ')}`} with the boxes accepted…`}
        </p>
      )}
      {review.exhibitNotes.map((n) => (
        <Notice key={n} tone="warning" title="An exhibit could not be read">
          <p>{n}</p>
        </Notice>
      ))}
      {review.unread.length === 0 && review.boxes.length === 0 && <p>Nothing on the exhibits’ pages identifies anyone withheld from the court.</p>}
      <ol className="review-list">
        {[...pages.values()].map((items) => (
          <li key={`${items[0]!.evidenceId}:${items[0]!.page}`} className={`review-passage${items.some((i) => !i.decision) ? ' review-passage--open' : ''}`}>
            <h4 className="review-passage__where">
              {items[0]!.exhibit}, page {items[0]!.page} {items[0]!.source === 'ocr' ? '(read by OCR)' : ''}
            </h4>
            <PageWithBoxes item={items[0]!} boxes={items} />
            <ul className="review-passage__findings">
              {items.map((b) => (
                <li key={b.key}>
                  <span className="review-passage__label">“{b.words}”</span>: the {b.detail} of {b.person} ({b.reason}).{' '}
                  {b.decision ? `${b.decision.kind === 'accept' ? 'Box accepted' : 'Rejected: left as it is'} by ${b.decision.decidedBy} on ${formatDateTime(b.decision.decidedAt)}.` : 'Not decided yet.'}{' '}
                  <span className="button-row">
                    <Button small disabled={busy || b.decision?.kind === 'accept'} onClick={() => void onDecide(b.key, 'accept')} aria-label={`Accept the box over “${b.words}” on ${b.exhibit} page ${b.page}`}>
                      Accept box
                    </Button>
                    <Button small variant="secondary" disabled={busy || b.decision?.kind === 'reject'} onClick={() => void onDecide(b.key, 'reject')} aria-label={`Reject the box over “${b.words}” on ${b.exhibit} page ${b.page}`}>
                      Reject
                    </Button>
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The page as main draws it (evidence:pageImage), the proposed boxes outlined over it (filled once accepted). */
function PageWithBoxes({ item, boxes }: { item: BoxItem; boxes: readonly BoxItem[] }) {
  const image = usePageImage(item.evidenceId, item.page);
  const data = image.data;
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  if (image.isError) return <p>The page could not be shown: {image.error.message}</p>;
  if (!data) return <p role="status">Drawing the page…</p>;
  return (
    <div className="box-drawer__page exhibit-boxes__page" style={{ aspectRatio: `${item.pageWidth} / ${item.pageHeight}` }}>
      <img src={data.url} alt={`Page ${item.page} of ${item.exhibit}, with the proposed boxes outlined`} />
      {boxes.flatMap((b) =>
        b.boxes.map((x, i) => (
          <div
            key={`${b.key}-${i}`}
            className={`exhibit-boxes__box exhibit-boxes__box--${b.decision?.kind ?? 'open'}`}
            style={{ left: pct(x.x, item.pageWidth), top: pct(x.y, item.pageHeight), width: pct(x.width, item.pageWidth), height: pct(x.height, item.pageHeight) }}
          />
        )),
      )}
    </div>
  );
}
