import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { type ChartSpec, formatValue, TONE_COLOURS } from '../../../../shared/reports/charts';
import type { DrillTarget } from './hooks/useDrilldown';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

function config(spec: ChartSpec, onDrill: ((t: DrillTarget) => void) | null): ChartConfiguration {
  const horizontal = spec.kind === 'hbar' || spec.kind === 'stacked';
  const stacked = spec.kind === 'stacked';
  const valueAxis = { beginAtZero: true, stacked, ticks: { callback: (v: string | number) => formatValue(Number(v), spec.unit), precision: spec.unit === 'rate' ? 2 : 0 } };
  const labelAxis = { stacked, ticks: { autoSkip: false } };
  return {
    type: spec.kind === 'line' ? 'line' : 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => ({
        label: s.name,
        data: s.values,
        backgroundColor: TONE_COLOURS[s.tone],
        borderColor: TONE_COLOURS[s.tone],
        borderDash: spec.kind === 'line' && s.tone === 'previous' ? [5, 4] : [],
        pointRadius: spec.kind === 'line' ? 3 : 0,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: {
        legend: { display: spec.series.length > 1, position: 'top', align: 'end' },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${formatValue(Number(ctx.raw), spec.unit)}` } },
      },
      onClick: (_event, elements) => {
        const hit = elements[0];
        const key = hit ? spec.series[hit.datasetIndex]?.keys?.[hit.index] : null;
        if (hit && key && onDrill) onDrill({ key, label: `${spec.labels[hit.index]} — ${spec.series[hit.datasetIndex]!.name}` });
      },
    },
  };
}

/**
 * One chart, drawn by chart.js on a canvas. The canvas is an image with the chart's text alternative
 * (every number); the table under it holds the same numbers for keyboards and screen readers. Clicking
 * a bar of the current period lists the cases behind it, for people allowed to see them.
 */
export function ChartCanvas({ spec, onDrill }: { spec: ChartSpec; onDrill: ((t: DrillTarget) => void) | null }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config(spec, onDrill));
    return () => chart.destroy();
  }, [spec, onDrill]);
  const rows = spec.kind === 'hbar' || spec.kind === 'stacked' ? spec.labels.length * (spec.kind === 'stacked' ? 1 : spec.series.length) : 0;
  const height = rows ? Math.max(140, 56 + rows * 22) : 260;
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{spec.title}</figcaption>
      <div className="report-chart__canvas" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={spec.alt} data-chart={spec.id} />
      </div>
    </figure>
  );
}
