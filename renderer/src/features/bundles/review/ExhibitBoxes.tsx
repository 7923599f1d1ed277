import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DecisionKind, RedactionReview } from '../../../../../shared/schemas/redaction-review';
import { callChannel } from '../../../api/hearth';
import { HearthError, scope } from '../../../api/queries';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { ProposalPager } from './ProposalPager';

interface Props {
  caseId: number;
  review: RedactionReview;
  busy: boolean;
  onDecide: (key: string, decision: DecisionKind) => Promise<boolean>;
  onDecideMany: (keys: string[], decision: 'accept' | 'reject') => Promise<boolean>;
}

/**
 * Boxes proposed on the exhibits (issue 16: automatic exhibit boxes): main reads every exhibit in the
 * plan (its text, or OCR of a scan or photo) and proposes a box over each detail that identifies
 * someone withheld from the court. Each is shown on its page, with whose detail it is and why; accepted,
 * it is burnt into the exhibit's redacted copy; rejected, it is left and not asked about again. They are
 * shown a page at a time (ProposalPager).
 */
export function ExhibitBoxes({ caseId, review, busy, onDecide, onDecideMany }: Props) {
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
  // Stops every copy being made or waiting (their lanes' workers end; each exhibit is marked "cancelled",
  // so the build keeps it out until its redaction is set again).
  const [stopping, setStopping] = useState(false);
  const stopCopies = async () => {
    setStopping(true);
    try {
      for (const m of review.making) if (m.jobId) await callChannel('job:cancel', { jobId: m.jobId });
    } finally {
      setStopping(false);
      void client.invalidateQueries({ queryKey: scope.case(caseId) });
    }
  };
  useEffect(() => {
    if (copied) void client.invalidateQueries({ queryKey: scope.case(caseId) });
  }, [copied, client, caseId]);

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
        <div className="copies-making">
          <p role="status" aria-live="polite">
            {`Making the redacted ${review.making.length === 1 ? `copy of ${review.making[0]!.exhibit}` : review.making.length <= 5 ? `copies of ${review.making.map((m) => m.exhibit).join(', ')}` : `copies of ${review.making.length} exhibits`} with the boxes accepted…`}
            {copying.data?.state === 'running' ? ` ${copying.data.message}` : ''}
          </p>
          <Button small busy={stopping} busyLabel="Stopping…" onClick={() => void stopCopies()}>
            Stop making the copies
          </Button>
        </div>
      )}
      {review.exhibitNotes.map((n) => (
        <Notice key={n} tone="warning" title="An exhibit could not be read">
          <p>{n}</p>
        </Notice>
      ))}
      {review.unread.length === 0 && review.boxes.length === 0 && <p>Nothing on the exhibits’ pages identifies anyone withheld from the court.</p>}
      {review.boxes.length > 0 && <ProposalPager boxes={review.boxes} busy={busy} onDecide={onDecide} onDecideMany={onDecideMany} />}
    </>
  );
}
