import { formatDateTime } from '../../../../shared/time/format';
import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { DataTable, HiddenHeader } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { BundleBuilder } from './BundleBuilder';
import { useHashPath } from '../../hooks/useHashRoute';
import { bundleHref, bundleRouteOf } from './routes';
import './bundles.css';

/** "Court bundles": the injunction cases (#/bundles), and the builder for one of them (#/bundles/123). */
export function BundlesPage() {
  const route = bundleRouteOf(useHashPath());
  if (route.page === 'case') return <BundleBuilder key={route.caseId} caseId={route.caseId} />;
  return <InjunctionCases />;
}

function InjunctionCases() {
  const rows = useQuery(hearthQuery('legal:register', { partner: null, kind: 'civil-injunction', status: 'all' }));
  return (
    <>
      <div className="page__header">
        <Heading>Court bundles</Heading>
        <p>Build the hearing bundle for an injunction application: one PDF with a linked index, bookmarks and page numbers that match the PDF’s, and the index as a Word document.</p>
      </div>
      {rows.isPending && <p>Loading the injunction cases…</p>}
      {rows.isError && (
        <Notice tone="error" title="The cases could not be loaded">
          <p>{rows.error.message}</p>
        </Notice>
      )}
      {rows.isSuccess &&
        (rows.data.length ? (
          <DataTable
            className="bundle-cases"
            caption={`${rows.data.length} injunction${rows.data.length === 1 ? '' : 's'} on cases you can see`}
            rows={rows.data}
            rowKey={(r) => r.actionId}
            columns={[
              { header: 'Case', rowHeader: true, cell: (r) => r.ref },
              { header: 'Respondent', cell: (r) => r.subjectName ?? 'Not named' },
              {
                header: 'Court and claim',
                cell: (r) => (
                  <>
                    {r.court || 'Court not recorded'}
                    {r.claimNumber && <span className="bundle-sub">Claim {r.claimNumber}</span>}
                  </>
                ),
              },
              { header: 'Next hearing', className: 'nowrap', cell: (r) => (r.nextHearingAt ? formatDateTime(r.nextHearingAt) : 'None listed') },
              {
                header: <HiddenHeader>Bundle</HiddenHeader>,
                cell: (r) => (
                  <a className="button button--small" href={bundleHref(r.caseId)} aria-label={`Build the bundle for ${r.ref}`}>
                    Build the bundle
                  </a>
                ),
              },
            ]}
          />
        ) : (
          <p>No injunction is recorded on the cases you can see. An injunction is recorded on its case (Actions), and the case is referred to the legal team.</p>
        ))}
    </>
  );
}
