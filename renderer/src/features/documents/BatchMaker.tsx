import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { caseChanged, hearthQueryWhen, queryKeyOf } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { FieldFrame } from '../../ui/FieldFrame';
import { Notice } from '../../ui/Notice';

interface Props {
  request: { caseId: number; templateId: string; slots: Record<string, string>; largePrint: boolean; easyRead: boolean };
  /** The letters are made: the letter maker's draft has served its purpose. */
  onMade?: () => void;
}

/** Residents' letters (P5.3): one per address in a list, made in the background, with progress and Cancel. */
export function BatchMaker({ request, onMade }: Props) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useChange({ caseId: request.caseId });
  const cancel = useChange({ caseId: request.caseId });
  // The job's progress, asked every 300 ms while it runs.
  const status = useQuery({
    ...hearthQueryWhen('job:status', jobId === null ? null : { jobId }),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 300 : false),
  });
  const state = status.data?.state;
  // Read through a ref: the parent's callback is a new function each render, and this runs once per batch.
  const madeRef = useRef(onMade);
  useLayoutEffect(() => {
    madeRef.current = onMade;
  });
  // The letters are stored as the batch finishes: the case's documents and chronology read again.
  useEffect(() => {
    if (state !== 'done') return;
    for (const queryKey of caseChanged(request.caseId)) void client.invalidateQueries({ queryKey });
    madeRef.current?.();
  }, [state, client, request.caseId]);

  const started = (first: NonNullable<typeof status.data>) => {
    client.setQueryData(queryKeyOf('job:status', { jobId: first.jobId }), first);
    setJobId(first.jobId);
  };
  const addresses = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const running = state === 'running';
  const error = start.error ?? cancel.error ?? (status.isError ? status.error.message : null);
  const shown = jobId !== null ? status.data : undefined;
  return (
    <section className="doc-batch" aria-labelledby="doc-batch-heading">
      <h3 id="doc-batch-heading">Addresses</h3>
      <FieldFrame id="doc-addresses" label="One address per line" hint="For example: 12 Elm Road, London, N1 1AA. Each gets its own letter addressed to “The Occupier”.">
        <textarea id="doc-addresses" className="input textarea doc-slot" rows={8} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="doc-addresses-hint" disabled={running} />
      </FieldFrame>
      <div className="button-row">
        {!running && (
          <Button onClick={() => void start.run('document:batchStart', { ...request, addresses }, started)} disabled={addresses.length === 0}>
            Make {addresses.length === 1 ? 'the letter' : `${addresses.length.toLocaleString('en-GB')} letters`}
          </Button>
        )}
        {running && jobId && (
          <Button variant="secondary" onClick={() => void cancel.run('job:cancel', { jobId })}>
            Cancel
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {shown && (
          <div className="doc-progress">
            <progress max={shown.total} value={shown.done} aria-label="Letters made" />
            <p>
              {shown.done.toLocaleString('en-GB')} of {shown.total.toLocaleString('en-GB')} · {shown.message}
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
