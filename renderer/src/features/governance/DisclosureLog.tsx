import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { DISCLOSURE_KIND_WORDS } from '../../../../shared/schemas/disclosures';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { saveFile } from '../../ui/saveFile';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * The disclosure log (issue 21 item 4): what left Hearth about people, to whom, why and on whose approval;
 * for one person (their records on every case) when `partyIds` is given. Exported as CSV or PDF.
 */
export function DisclosureLog({ partyIds, title }: { partyIds: readonly number[]; title: string }) {
  const input = { partyIds: [...partyIds] };
  const log = useQuery(hearthQuery('disclosure:list', input));
  const exporting = useChange();
  // Two logs can be on the page at once (everyone's, and the open request's): each heading its own id.
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {exporting.error && (
        <Notice tone="error" title="The log could not be exported">
          <p>{exporting.error}</p>
        </Notice>
      )}
      {log.isPending && <p>Loading the log…</p>}
      {log.isError && (
        <Notice tone="error" title="The log could not be loaded">
          <p>{log.error.message}</p>
        </Notice>
      )}
      {log.isSuccess && (
        <>
          <DataTable
            caption={`${log.data.length} disclosure${log.data.length === 1 ? '' : 's'}, newest first`}
            rows={log.data}
            rowKey={(d) => d.id}
            scrollLabel={title}
            scrollRole="group"
            columns={[
              { header: 'When', className: 'nowrap', cell: (d) => when(d.at) },
              { header: 'What', rowHeader: true, cell: (d) => `${DISCLOSURE_KIND_WORDS[d.kind]}: ${d.what}` },
              { header: 'About', cell: (d) => d.people.map((p) => `${p.name} (${p.caseRef})`).join('; ') || '–' },
              { header: 'To', cell: (d) => d.recipient },
              { header: 'Lawful basis', cell: (d) => d.lawfulBasis },
              { header: 'Approved by', cell: (d) => d.approvedBy },
            ]}
          />
          <div className="button-row">
            <Button variant="secondary" busy={exporting.busy} busyLabel="Exporting…" onClick={() => void exporting.run('disclosure:csv', input, saveFile)}>
              Export as CSV
            </Button>
            <Button variant="secondary" busy={exporting.busy} busyLabel="Exporting…" onClick={() => void exporting.run('disclosure:pdf', input, saveFile)}>
              Export as PDF
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
