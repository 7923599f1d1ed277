import type { MeasureId, ReportView } from '../schemas/reports';
import { SATISFACTION_LABELS } from './definitions';
import { fmtInt, fmtMoneyShort, fmtRate } from './format';
import { keys } from './keys';

/**
 * The charts of a report, described once: the Reports screen draws them with chart.js, the board report
 * as vector paths. Each has a text alternative built from its own numbers, and every number is also in
 * the measure's table.
 */
export type Tone = 'current' | 'previous' | 'good' | 'warn' | 'bad' | 'neutral' | 'second';
export type ChartUnit = 'count' | 'money' | 'rate';

export interface ChartSeries {
  name: string;
  values: number[];
  tone: Tone;
  /** Drill keys per label, for the current period's series. */
  keys?: (string | null)[];
}

export interface ChartSpec {
  id: string;
  measure: MeasureId;
  title: string;
  /** bar: vertical bars; hbar: horizontal bars; stacked: horizontal stacked bars; line: a trend. */
  kind: 'bar' | 'hbar' | 'stacked' | 'line';
  labels: string[];
  series: ChartSeries[];
  unit: ChartUnit;
  alt: string;
}

/** Colours with enough contrast on white; "current" and "previous" differ in lightness too, for grey print. */
export const TONE_COLOURS: Record<Tone, string> = {
  current: '#1d4f7c',
  previous: '#9bb8d3',
  second: '#b5541c',
  good: '#2e7d32',
  warn: '#e0a526',
  bad: '#b3261e',
  neutral: '#8a8f98',
};

export const formatValue = (v: number, unit: ChartUnit) => (unit === 'money' ? fmtMoneyShort(v) : unit === 'rate' ? fmtRate(v) : fmtInt(v));

function describe(spec: Omit<ChartSpec, 'alt'>): string {
  const kind = spec.kind === 'line' ? 'Line chart' : spec.kind === 'stacked' ? 'Stacked bar chart' : 'Bar chart';
  const rows = spec.labels.map((label, i) => `${label}: ${spec.series.map((s) => `${spec.series.length > 1 ? `${s.name} ` : ''}${formatValue(s.values[i] ?? 0, spec.unit)}`).join(', ')}`);
  return `${kind}, ${spec.title}. ${rows.join('; ')}.`;
}

const chart = (spec: Omit<ChartSpec, 'alt'>): ChartSpec => ({ ...spec, alt: describe(spec) });

/** Current and previous period as two series, for rows where either is above zero. */
function pairSeries<T extends { code: string; label: string }>(
  v: ReportView,
  now: readonly T[],
  before: readonly T[] | undefined,
  value: (x: T) => number,
  key?: (code: string) => string,
  keepZeros = false,
): { labels: string[]; series: ChartSeries[] } {
  const rows = now.filter((x) => keepZeros || value(x) > 0 || (before?.find((y) => y.code === x.code) ? value(before.find((y) => y.code === x.code)!) > 0 : false));
  const series: ChartSeries[] = [{ name: 'This period', tone: 'current', values: rows.map(value), ...(key ? { keys: rows.map((x) => key(x.code)) } : {}) }];
  if (before && v.prior) series.push({ name: 'Previous period', tone: 'previous', values: rows.map((x) => (before.find((y) => y.code === x.code) ? value(before.find((y) => y.code === x.code)!) : 0)) });
  return { labels: rows.map((x) => x.label), series };
}

export function reportCharts(v: ReportView): ChartSpec[] {
  const c = v.current;
  const p = v.prior ?? undefined;
  const out: ChartSpec[] = [];
  const trend: ChartSeries[] = [{ name: 'This period', tone: 'current', values: c.cases.trend.map((t) => t.n), keys: c.cases.trend.map((_, i) => keys.trend(i)) }];
  if (p) trend.push({ name: 'Previous period', tone: 'previous', values: c.cases.trend.map((_, i) => p.cases.trend[i]?.n ?? 0) });
  out.push(chart({ id: 'trend', measure: 'summary', title: 'New cases received over the period', kind: 'line', labels: c.cases.trend.map((t) => t.label), series: trend, unit: 'count' }));
  out.push(chart({ id: 'cases', measure: 'cases', title: 'Cases received by category', kind: 'bar', unit: 'count', ...pairSeries(v, c.cases.byCategory, p?.cases.byCategory, (x) => x.n, keys.casesCategory, true) }));
  out.push(chart({ id: 'incidents', measure: 'incidents', title: 'Incidents by act', kind: 'hbar', unit: 'count', ...pairSeries(v, c.incidents.byAct, p?.incidents.byAct, (x) => x.n, keys.incidentAct) }));
  const partners = c.nm01.partners.filter((x) => x.homes > 0);
  out.push(
    chart({
      id: 'nm01',
      measure: 'nm01',
      title: 'Cases per 1,000 homes by partner',
      kind: 'hbar',
      unit: 'rate',
      labels: partners.map((x) => x.code),
      series: [
        { name: 'ASB (all)', tone: 'current', values: partners.map((x) => x.asbPer1000 ?? 0) },
        { name: 'Hate incidents', tone: 'second', values: partners.map((x) => x.hatePer1000 ?? 0) },
      ],
    }),
  );
  const rules = c.response.rules;
  out.push(
    chart({
      id: 'response',
      measure: 'response',
      title: 'Deadlines due in the period, by rule',
      kind: 'stacked',
      unit: 'count',
      labels: rules.map((r) => r.label),
      series: [
        { name: 'Met on time', tone: 'good', values: rules.map((r) => r.metOnTime), keys: rules.map((r) => keys.response(r.ruleId, 'met-on-time')) },
        { name: 'Met late', tone: 'warn', values: rules.map((r) => r.metLate), keys: rules.map((r) => keys.response(r.ruleId, 'met-late')) },
        { name: 'Breached', tone: 'bad', values: rules.map((r) => r.breached), keys: rules.map((r) => keys.response(r.ruleId, 'breached')) },
        { name: 'Waived', tone: 'neutral', values: rules.map((r) => r.waived), keys: rules.map((r) => keys.response(r.ruleId, 'waived')) },
      ],
    }),
  );
  out.push(chart({ id: 'support', measure: 'support', title: 'Referrals by agency', kind: 'hbar', unit: 'count', ...pairSeries(v, c.support.byAgency, p?.support.byAgency, (x) => x.n, keys.referralAgency) }));
  out.push(chart({ id: 'resolution', measure: 'resolution', title: 'Cases closed by outcome', kind: 'bar', unit: 'count', ...pairSeries(v, c.resolution.byOutcome, p?.resolution.byOutcome, (x) => x.n, keys.outcome) }));
  const scores = SATISFACTION_LABELS.map((label, i) => ({ code: String(i + 1), label, n: c.satisfaction.byScore[i]! }));
  const prevScores = p ? SATISFACTION_LABELS.map((label, i) => ({ code: String(i + 1), label, n: p.satisfaction.byScore[i]! })) : undefined;
  out.push(chart({ id: 'satisfaction', measure: 'satisfaction', title: 'Survey responses by score', kind: 'bar', unit: 'count', ...pairSeries(v, scores, prevScores, (x) => x.n, (code) => keys.score(Number(code)), true) }));
  out.push(chart({ id: 'actions', measure: 'actions', title: 'Actions and remedies used', kind: 'hbar', unit: 'count', ...pairSeries(v, c.actions.byKind, p?.actions.byKind, (x) => x.n, keys.actionKind) }));
  out.push(chart({ id: 'costs', measure: 'costs', title: 'Costs by kind', kind: 'bar', unit: 'money', ...pairSeries(v, c.costs.byKind, p?.costs.byKind, (x) => x.pence, keys.costKind, true) }));
  out.push(chart({ id: 'estates', measure: 'hotspots', title: 'Estates with the most cases', kind: 'hbar', unit: 'count', labels: c.hotspots.estates.map((x) => x.label), series: [{ name: 'This period', tone: 'current', values: c.hotspots.estates.map((x) => x.n), keys: c.hotspots.estates.map((x) => keys.estate(x.code)) }] }));
  out.push(chart({ id: 'districts', measure: 'hotspots', title: 'Postcode districts with the most cases', kind: 'hbar', unit: 'count', labels: c.hotspots.districts.map((x) => x.label), series: [{ name: 'This period', tone: 'current', values: c.hotspots.districts.map((x) => x.n), keys: c.hotspots.districts.map((x) => keys.district(x.code)) }] }));
  out.push(chart({ id: 'methods', measure: 'methods', title: 'Cases by method of reporting', kind: 'bar', unit: 'count', ...pairSeries(v, c.methods, p?.methods, (x) => x.n, keys.method, true) }));
  return out;
}
