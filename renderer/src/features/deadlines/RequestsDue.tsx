import type { DueRequestLine } from '../../../../shared/schemas/standards';
import { formatDate } from '../../../../shared/time/format';
import { DataTable } from '../../ui/DataTable';

const KIND: Record<DueRequestLine['kind'], string> = { access: 'Subject access', rectification: 'Rectification', erasure: 'Erasure' };
const WHEN: Record<DueRequestLine['section'], string> = { overdue: 'Overdue', today: 'Due today', week: 'Due this week' };

/**
 * Data subjects' requests due (issue 21): one calendar month from the later of receipt and identity
 * confirmed, three once extended. A request is about a person, not a case, so it sits beside the case
 * deadlines rather than among them; each links to the request on the Information governance screen.
 */
export function RequestsDue({ requests }: { requests: readonly DueRequestLine[] }) {
  const overdue = requests.filter((r) => r.section === 'overdue').length;
  return (
    <section className="due-section" aria-labelledby="requests-due-heading">
      <h2 id="requests-due-heading">
        Requests from people about their information <span className={requests.length ? 'due-section__count due-section__count--some' : 'due-section__count'}>{requests.length}</span>
      </h2>
      {requests.length === 0 ? (
        <p className="due-section__empty">
          <span aria-hidden="true">✓ </span>No subject access, rectification or erasure request is overdue or due this week.
        </p>
      ) : (
        <>
          <p className="secondary-text">{overdue ? `${overdue} overdue. ` : ''}UK GDPR gives one calendar month to answer, three if extended for a complex request. Soonest due first.</p>
          <DataTable
            className="due-table"
            caption={`Requests due: ${requests.length}`}
            captionHidden
            rows={requests}
            rowKey={(r) => r.id}
            columns={[
              { header: 'Requester', rowHeader: true, cell: (r) => <a href={`#/governance/${r.id}`}>{`${r.name} (request ${r.id})`}</a> },
              { header: 'Kind', cell: (r) => KIND[r.kind] },
              { header: 'Partner', cell: (r) => r.partner },
              { header: 'Due', className: 'nowrap', cell: (r) => `${formatDate(r.dueOn)}${r.extended ? ' (extended)' : ''}` },
              { header: 'State', cell: (r) => <span className={r.section === 'overdue' ? 'tag tag--warning' : 'tag'}>{WHEN[r.section]}</span> },
            ]}
          />
        </>
      )}
    </section>
  );
}
