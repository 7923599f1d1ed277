import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseView } from '../../../../shared/schemas/cases';
import type { PoliceRequestView } from '../../../../shared/schemas/police-requests';
import { formatDate, formatDateTime } from '../../../../shared/time/format';
import { hearthQuery } from '../../api/queries';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { PoliceRequestForm } from './PoliceRequestForm';

const DECISION: Record<PoliceRequestView['decision'], string> = { shared: 'Shared', partly: 'Shared in part', refused: 'Refused' };
const BASIS: Record<PoliceRequestView['lawfulBasis'], string> = { 'cda-1998-s115': 'CDA 1998 s.115', 'dpa-2018-sch2-para2': 'DPA 2018 Sch. 2 para 2' };

/**
 * Police requests on the case (issue 21; P3.11–3.14), for managers: each request with who asked, the
 * basis, the decision and its reason, and recording a new one (the evidence pack, or a refusal).
 */
export function PolicePanel({ view, onDone }: { view: CaseView; onDone: (message: string) => void }) {
  const caseId = view.header.id;
  const requests = useQuery(hearthQuery('police:list', { caseId }));
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby={`police-heading-${caseId}`}>
      <h2 id={`police-heading-${caseId}`}>Police requests</h2>
      {requests.isError && (
        <Notice tone="error" title="The police requests could not be loaded">
          <p>{requests.error.message}</p>
        </Notice>
      )}
      {requests.isSuccess && requests.data.length === 0 && <p>No request from the police is recorded on this case.</p>}
      {requests.isSuccess && requests.data.length > 0 && (
        <DataTable
          caption={`${requests.data.length} police request${requests.data.length === 1 ? '' : 's'}, newest first`}
          rows={requests.data}
          rowKey={(r) => r.id}
          columns={[
            { header: 'Reference', rowHeader: true, cell: (r) => r.reference },
            { header: 'Who asked', cell: (r) => `${r.officer}, ${r.force}` },
            { header: 'Asked on', className: 'nowrap', cell: (r) => formatDate(r.receivedOn) },
            { header: 'Basis', cell: (r) => BASIS[r.lawfulBasis] },
            { header: 'Decision', cell: (r) => `${DECISION[r.decision]}${r.reason ? `: ${r.reason}` : ''}` },
            { header: 'Exhibits', className: 'num', cell: (r) => r.exhibits },
            { header: 'By', cell: (r) => `${r.approvedBy}, ${formatDateTime(r.madeAt)}` },
          ]}
        />
      )}
      {adding ? (
        <PoliceRequestForm
          caseId={caseId}
          evidence={view.evidence}
          onCancel={() => setAdding(false)}
          onDone={(message) => {
            setAdding(false);
            onDone(message);
          }}
        />
      ) : (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          Record a police request
        </Button>
      )}
    </section>
  );
}
