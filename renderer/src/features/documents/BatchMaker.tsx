import { useEffect, useRef, useState } from 'react';
import type { BatchStatus } from '../../../../shared/schemas/documents';
import { hearth } from '../../api/hearth';
import { Button } from '../../ui/Button';
import { FieldFrame } from '../../ui/FieldFrame';
import { Notice } from '../../ui/Notice';

interface Props {
  request: { caseId: number; templateId: string; slots: Record<string, string>; largePrint: boolean; easyRead: boolean; reason?: string };
  onDone: () => void;
}

/** Residents' letters (P5.3): one per address in a list, made in the background, with progress and Cancel. */
export function BatchMaker({ request, onDone }: Props) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<BatchStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const addresses = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const poll = (jobId: string) => {
    timer.current = window.setTimeout(() => {
      void hearth.document.batchStatus({ jobId }).then((r) => {
        if (!r.ok) return setError(r.error.message);
        setStatus(r.value);
        if (r.value.state === 'running') poll(jobId);
        else if (r.value.state === 'done') onDone();
      });
    }, 300);
  };

  const start = async () => {
    setError(null);
    const r = await hearth.document.batchStart({ ...request, addresses });
    if (!r.ok) return setError(r.error.message);
    setStatus(r.value);
    poll(r.value.jobId);
  };
  const cancel = async () => {
    if (status) await hearth.document.batchCancel({ jobId: status.jobId });
  };
  const running = status?.state === 'running';
  return (
    <section className="doc-batch" aria-labelledby="doc-batch-heading">
      <h3 id="doc-batch-heading">Addresses</h3>
      <FieldFrame id="doc-addresses" label="One address per line" hint="For example: 12 Elm Road, London, N1 1AA. Each gets its own letter addressed to “The Occupier”.">
        <textarea id="doc-addresses" className="input textarea doc-slot" rows={8} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="doc-addresses-hint" disabled={running} />
      </FieldFrame>
      <div className="button-row">
        {!running && (
          <Button onClick={() => void start()} disabled={addresses.length === 0}>
            Make {addresses.length === 1 ? 'the letter' : `${addresses.length.toLocaleString('en-GB')} letters`}
          </Button>
        )}
        {running && (
          <Button variant="secondary" onClick={() => void cancel()}>
            Cancel
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {status && (
          <div className="doc-progress">
            <progress max={status.total} value={status.done} aria-label="Letters made" />
            <p>
              {status.done.toLocaleString('en-GB')} of {status.total.toLocaleString('en-GB')} · {status.message}
            </p>
          </div>
        )}
        {error && (
          <Notice tone="error" title="The letters were not made" live>
            <p>{error}</p>
          </Notice>
        )}
      </div>
    </section>
  );
}
