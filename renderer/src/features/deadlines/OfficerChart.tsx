import type { DashboardView } from '../../../../shared/schemas/standards';
import { DataTable, HiddenHeader } from '../../ui/DataTable';

type Officer = DashboardView['perOfficer'][number];

const BAR_WIDTH = 220;
const PARTS = [
  { key: 'overdue', label: 'Overdue', className: 'bar--overdue' },
  { key: 'today', label: 'Due today', className: 'bar--today' },
  { key: 'week', label: 'Due this week', className: 'bar--week' },
] as const;

/**
 * For managers: open items per officer. The numbers are the table; the bars (hidden from screen readers,
 * which read the numbers) only make the biggest load easy to spot.
 */
export function OfficerChart({ officers }: { officers: readonly Officer[] }) {
  if (officers.length === 0) return null;
  const most = Math.max(1, ...officers.map((o) => o.overdue + o.today + o.week));
  return (
    <section className="officer-chart" aria-labelledby="officer-chart-heading">
      <h2 id="officer-chart-heading">Open items by officer</h2>
      <DataTable
        caption="Open items by officer"
        captionHidden
        rows={officers}
        rowKey={(o) => String(o.ownerId)}
        columns={[
          { header: 'Officer', rowHeader: true, cell: (o) => o.ownerName ?? 'Not assigned' },
          ...PARTS.map((p) => ({
            header: (
              <>
                <span className={`swatch ${p.className}`} aria-hidden="true" /> {p.label}
              </>
            ),
            className: 'num',
            headerClassName: 'num',
            cell: (o: Officer) => o[p.key],
          })),
          { header: <HiddenHeader>Chart</HiddenHeader>, className: 'officer-chart__bar', cell: (o) => <OfficerBar officer={o} most={most} /> },
        ]}
      />
    </section>
  );
}

/** The officer's open items as one stacked bar, scaled to the busiest officer (the numbers are in the cells beside it). */
function OfficerBar({ officer, most }: { officer: Officer; most: number }) {
  const widths = PARTS.map((p) => (officer[p.key] / most) * BAR_WIDTH);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  return (
    <svg width={BAR_WIDTH} height="18" viewBox={`0 0 ${BAR_WIDTH} 18`} aria-hidden="true" focusable="false">
      {PARTS.map((p, i) => (
        <rect key={p.key} className={p.className} x={starts[i]} y="2" width={widths[i]} height="14" />
      ))}
    </svg>
  );
}
