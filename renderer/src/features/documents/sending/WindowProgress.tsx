import { useQuery } from '@tanstack/react-query';
import { hearthQueryWhen } from '../../../api/queries';
import { useChange } from '../../../hooks/useChange';
import { Button } from '../../../ui/Button';

/** A job id the screen chooses (32 hex digits), so it can follow a window-envelope batch while it is laid out. */
export function newJobId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A batch's letters being set for window envelopes in the background (document:postPdf's job): how many so
 * far, and Cancel. Asked every 300 ms; the job appears once main has started it.
 */
export function WindowProgress({ jobId, title }: { jobId: string; title: string }) {
  const cancel = useChange();
  const status = useQuery({ ...hearthQueryWhen('job:status', { jobId }), retry: false, refetchInterval: (q) => (q.state.data?.state === 'done' || q.state.data?.state === 'cancelled' ? false : 300) });
  const s = status.data;
  return (
    <div className="doc-progress" aria-live="polite">
      {s && <progress max={s.total} value={s.done} aria-label={`Letters set for window envelopes: ${title}`} />}
      <p>{s ? s.message : 'Starting to set the letters for window envelopes…'}</p>
      {s?.state === 'running' && (
        <Button small variant="secondary" onClick={() => void cancel.run('job:cancel', { jobId })}>
          Cancel
        </Button>
      )}
    </div>
  );
}
