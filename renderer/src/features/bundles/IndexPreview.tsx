import { pageRange } from '../../../../shared/bundles/model';
import type { Pagination } from '../../../../shared/bundles/pagination';
import { Notice } from '../../components/Notice';

/** The index as it will be printed, with the page numbers the bundle will carry (B2, B5). */
export function IndexPreview({ pagination, loading, error, coverPages }: { pagination: Pagination | null; loading: boolean; error: string | null; coverPages: number }) {
  return (
    <section className="panel bundle-index" aria-labelledby="index-h" aria-busy={loading || undefined}>
      <h2 id="index-h">Index</h2>
      {error && (
        <Notice tone="error" title="The page numbers could not be worked out">
          <p>{error}</p>
        </Notice>
      )}
      {loading && <p>Working out the page numbers…</p>}
      {pagination && (
        <>
          <p>
            {pagination.totalPages} pages: the cover is page{coverPages > 1 ? `s 1–${coverPages}` : ' 1'}, the index {pageRange(coverPages + 1, coverPages + pagination.indexPages)}.
          </p>
          {/* Focusable, so a keyboard can scroll a long index sideways or down (WCAG 2.1.1). */}
          <div className="table-wrap bundle-index__wrap" tabIndex={0} role="group" aria-label="Index table">
            <table className="table bundle-index__table">
              <caption className="visually-hidden">The bundle’s index</caption>
              <thead>
                <tr>
                  <th scope="col">Tab</th>
                  <th scope="col">Document</th>
                  <th scope="col">Date</th>
                  <th scope="col" className="nowrap">
                    Pages
                  </th>
                </tr>
              </thead>
              <tbody>
                {pagination.rows.map((r) => (
                  <tr key={`${r.level}-${r.key}`} className={r.level === 'section' ? 'bundle-index__section' : undefined}>
                    <td>{r.tab}</td>
                    <td>{r.title}</td>
                    <td className="nowrap">{r.date ?? ''}</td>
                    <td className="nowrap">{pageRange(r.start, r.end)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
