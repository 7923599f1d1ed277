import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hearthQuery } from '../../api/queries';
import { idIn, useHashPath } from '../../hooks/useHashRoute';
import { DataTable } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { DisclosureLog } from './DisclosureLog';
import { RequestForm } from './RequestForm';
import { RequestPanel } from './RequestPanel';

const URGENCY = { overdue: 'Overdue', 'due-soon': 'Due within a week', 'on-time': 'On time', done: 'Answered' } as const;
const day = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Information governance (issue 21 items 3–4), for managers: data subjects' requests with their due dates
 * (one calendar month, extendable by two), finding the requester and making their pack, and the
 * disclosure log of everything that left Hearth about people.
 */
export function GovernancePage() {
  const requests = useQuery(hearthQuery('sar:list', { open: false }));
  const partners = useQuery(hearthQuery('partners:list', {}));
  // #/governance/3 (a request due, from the Deadlines page) opens request 3.
  const [openId, setOpenId] = useState<number | null>(idIn(useHashPath(), 'governance'));
  const [saved, setSaved] = useState<string | null>(null);
  const current = requests.data?.find((r) => r.id === openId) ?? null;
  return (
    <>
      <div className="page__header">
        <Heading>Information governance</Heading>
        <p>Requests from people about the information held on them (UK GDPR Articles 15–17), and the log of everything that left Hearth about people.</p>
      </div>
      <div aria-live="polite">{saved && <Notice tone="success"><p>{saved}</p></Notice>}</div>
      <section className="panel" aria-labelledby="requests-heading">
        <h2 id="requests-heading">Requests</h2>
        {requests.isError && (
          <Notice tone="error" title="The requests could not be loaded">
            <p>{requests.error.message}</p>
          </Notice>
        )}
        {requests.isSuccess && (
          <DataTable
            caption={`${requests.data.length} request${requests.data.length === 1 ? '' : 's'}, soonest due first`}
            rows={requests.data}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Requester', rowHeader: true, cell: (r) => `${r.name} (request ${r.id})` },
              { header: 'Kind', cell: (r) => r.kind },
              { header: 'Due', className: 'nowrap', cell: (r) => day(r.dueOn) },
              { header: 'State', cell: (r) => <span className={r.urgency === 'overdue' ? 'tag tag--warning' : 'tag'}>{URGENCY[r.urgency]}</span> },
              {
                header: 'Open',
                cell: (r) => (
                  <button type="button" className="button button--secondary button--small" aria-pressed={r.id === openId} onClick={() => setOpenId(r.id)}>
                    Open<span className="visually-hidden"> request {r.id}</span>
                  </button>
                ),
              },
            ]}
          />
        )}
      </section>
      {current && <RequestPanel key={current.id} request={current} />}
      {current && current.partyIds.length > 0 && <DisclosureLog partyIds={current.partyIds} title={`Disclosure log for ${current.name}`} />}
      {partners.isSuccess && (
        <section className="panel">
          <RequestForm
            partners={partners.data}
            onSaved={(r) => {
              setSaved(`Recorded request ${r.id} from ${r.name}. It is due on ${day(r.dueOn)}.`);
              setOpenId(r.id);
            }}
          />
        </section>
      )}
      <DisclosureLog partyIds={[]} title="Disclosure log" />
    </>
  );
}
