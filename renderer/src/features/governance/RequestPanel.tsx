import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SubjectRequestView } from '../../../../shared/schemas/subject-requests';
import { EXEMPTION_WORDS } from '../../../../shared/schemas/subject-requests';
import { hearthQuery, hearthQueryWhen } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { RadioGroup } from '../../ui/RadioGroup';
import { saveFile } from '../../ui/saveFile';
import { SarReview } from './SarReview';

/**
 * One request: who they are on the record (the people the search found, with the evidence for each: the
 * user picks), what the pack holds, and making it (a tagged PDF, third parties redacted, logged).
 */
export function RequestPanel({ request }: { request: SubjectRequestView }) {
  const found = useQuery(hearthQuery('sar:find', { id: request.id }));
  const items = useQuery(hearthQueryWhen('sar:items', request.partyIds.length ? { id: request.id } : null));
  const [picked, setPicked] = useState('');
  const [made, setMade] = useState<string | null>(null);
  const change = useChange();
  const people = found.data?.people ?? [];
  const chosenKey = people.find((p) => p.records.some((r) => request.partyIds.includes(r.partyId)))?.key ?? '';

  return (
    <section className="panel" aria-labelledby="request-heading">
      <h2 id="request-heading">
        Request {request.id}: {request.name}
      </h2>
      <p>
        Received {request.receivedOn.split('-').reverse().join('/')}; identity checked by {request.identityCheckedBy} ({request.identityMethod}); due {request.dueOn.split('-').reverse().join('/')}
        {request.extendedReason ? ' (extended)' : ''}.
      </p>
      {change.error && (
        <Notice tone="error" title="That could not be done">
          <p>{change.error}</p>
        </Notice>
      )}
      <div aria-live="polite">{made && <Notice tone="success"><p>{made}</p></Notice>}</div>
      {found.isPending && <p>Searching the record…</p>}
      {found.isSuccess && !people.length && <p>Nobody on the record matches this requester.</p>}
      {found.isSuccess && found.data.restrictedCases.length > 0 && (
        <Notice tone="warning" title="Restricted cases also match">
          <p>Open {found.data.restrictedCases.join(', ')} with a reason to include their records.</p>
        </Notice>
      )}
      {people.length > 0 && (
        <>
          <RadioGroup
            id={`sar-${request.id}-person`}
            legend={people.length > 1 ? 'This name fits more than one person. Who is the requester?' : 'Is this the requester?'}
            options={people.map((p) => ({ code: p.key, label: p.evidence }))}
            value={picked || chosenKey}
            onChange={setPicked}
          />
          <Button
            variant="secondary"
            busy={change.busy}
            busyLabel="Saving…"
            disabled={!picked || picked === chosenKey}
            onClick={() => void change.run('sar:choose', { id: request.id, partyIds: people.find((p) => p.key === picked)!.records.map((r) => r.partyId) })}
          >
            This is the requester
          </Button>
        </>
      )}
      {items.isSuccess && (
        <>
          <h3>What the pack holds</h3>
          <DataTable
            caption={`${items.data.items.length} items`}
            rows={items.data.items}
            rowKey={(i) => i.key}
            columns={[
              { header: 'Item', rowHeader: true, cell: (i) => i.title },
              { header: 'Section', cell: (i) => i.section },
              { header: 'Case', className: 'nowrap', cell: (i) => i.caseRef || '–' },
              { header: 'Third-party details taken out', className: 'num', cell: (i) => i.redactions },
              { header: 'Exemption', cell: (i) => (i.exemption ? EXEMPTION_WORDS[i.exemption] : 'None') },
            ]}
          />
          <SarReview requestId={request.id} />
          <Button
            busy={change.busy}
            busyLabel="Making the pack…"
            onClick={() =>
              void change.run('sar:pack', { id: request.id }, (file) => {
                saveFile(file);
                setMade(`Made ${file.fileName}. It is in the disclosure log below.`);
              })
            }
          >
            Make the subject access pack
          </Button>
        </>
      )}
    </section>
  );
}
