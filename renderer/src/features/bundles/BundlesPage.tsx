import { formatDateTime } from '../../../../shared/format/dates';
import { hearth } from '../../api/hearth';
import { Heading } from '../../components/Heading';
import { Notice } from '../../components/Notice';
import { useResult } from '../../hooks/useResult';
import { BundleBuilder } from './BundleBuilder';
import { bundleHref, useBundleRoute } from './hooks/useBundleRoute';
import './bundles.css';

/** "Court bundles": the injunction cases (#/bundles), and the builder for one of them (#/bundles/123). */
export function BundlesPage() {
  const route = useBundleRoute();
  if (route.page === 'case') return <BundleBuilder key={route.caseId} caseId={route.caseId} />;
  return <InjunctionCases />;
}

const loadInjunctions = () => hearth.legal.register({ partner: null, kind: 'civil-injunction', status: 'all' });

function InjunctionCases() {
  const [rows] = useResult(loadInjunctions);
  return (
    <>
      <div className="page__header">
        <Heading>Court bundles</Heading>
        <p>Build the hearing bundle for an injunction application: one PDF with a linked index, bookmarks and page numbers that match the PDF’s, and the index as a Word document.</p>
      </div>
      {rows.state === 'loading' && <p>Loading the injunction cases…</p>}
      {rows.state === 'error' && (
        <Notice tone="error" title="The cases could not be loaded">
          <p>{rows.message}</p>
        </Notice>
      )}
      {rows.state === 'ok' &&
        (rows.value.length ? (
          <div className="table-wrap">
            <table className="table bundle-cases">
              <caption>
                {rows.value.length} injunction{rows.value.length === 1 ? '' : 's'} on cases you can see
              </caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Respondent</th>
                  <th scope="col">Court and claim</th>
                  <th scope="col">Next hearing</th>
                  <th scope="col">
                    <span className="visually-hidden">Bundle</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.value.map((r) => (
                  <tr key={r.actionId}>
                    <th scope="row">{r.ref}</th>
                    <td>{r.subjectName ?? 'Not named'}</td>
                    <td>
                      {r.court || 'Court not recorded'}
                      {r.claimNumber && <span className="bundle-sub">Claim {r.claimNumber}</span>}
                    </td>
                    <td className="nowrap">{r.nextHearingAt ? formatDateTime(r.nextHearingAt) : 'None listed'}</td>
                    <td>
                      <a className="button button--small" href={bundleHref(r.caseId)} aria-label={`Build the bundle for ${r.ref}`}>
                        Build the bundle
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>No injunction is recorded on the cases you can see. An injunction is recorded on its case (Actions), and the case is referred to the legal team.</p>
        ))}
    </>
  );
}
