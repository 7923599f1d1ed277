import { pageRange } from '../../../../shared/domain/bundle-model';
import type { Pagination } from '../../../../shared/bundles/pagination';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';

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
          <DataTable
            className="bundle-index__table"
            wrapClassName="bundle-index__wrap"
            scrollLabel="Index table"
            scrollRole="group"
            caption="The bundle’s index"
            captionHidden
            rows={pagination.rows}
            rowKey={(r) => `${r.level}-${r.key}`}
            rowProps={(r) => (r.level === 'section' ? { className: 'bundle-index__section' } : {})}
            columns={[
              { header: 'Tab', cell: (r) => r.tab },
              { header: 'Document', cell: (r) => r.title },
              { header: 'Date', className: 'nowrap', cell: (r) => r.date ?? '' },
              { header: 'Pages', className: 'nowrap', headerClassName: 'nowrap', cell: (r) => pageRange(r.start, r.end) },
            ]}
          />
        </>
      )}
    </section>
  );
}
