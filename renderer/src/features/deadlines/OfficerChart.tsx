import type { DashboardView } from '../../../../shared/schemas/standards';

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
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Officer</th>
              {PARTS.map((p) => (
                <th scope="col" key={p.key} className="num">
                  <span className={`swatch ${p.className}`} aria-hidden="true" /> {p.label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Chart</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {officers.map((o) => {
              let x = 0;
              return (
                <tr key={String(o.ownerId)}>
                  <th scope="row">{o.ownerName ?? 'Not assigned'}</th>
                  {PARTS.map((p) => (
                    <td key={p.key} className="num">
                      {o[p.key]}
                    </td>
                  ))}
                  <td className="officer-chart__bar">
                    <svg width={BAR_WIDTH} height="18" viewBox={`0 0 ${BAR_WIDTH} 18`} aria-hidden="true" focusable="false">
                      {PARTS.map((p) => {
                        const width = (o[p.key] / most) * BAR_WIDTH;
                        const rect = <rect key={p.key} className={p.className} x={x} y="2" width={width} height="14" />;
                        x += width;
                        return rect;
                      })}
                    </svg>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
