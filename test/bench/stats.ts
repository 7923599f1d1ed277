import { performance } from 'node:perf_hooks';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function timeIt(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;

export function report(rows: [string, string, string][]): void {
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i] ?? 0)).join('  '));
}

/** The q-quantile (0–1) by linear interpolation between the sorted values. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}

export interface PairedRatios {
  /** a ÷ b for each pair, in the order they were run. */
  ratios: number[];
  a: number[];
  b: number[];
}

/**
 * A ratio that can be trusted on a shared, noisy machine (issue 14): `pairs` pairs of runs, each pair's
 * two runs back to back so they share the machine's conditions, the order within a pair alternating
 * (a then b, then b then a) so that neither always runs on a warmer or busier machine; the ratio is taken
 * pair by pair and reported as the median with its spread.
 */
export async function alternatingPairs(pairs: number, a: () => number | Promise<number>, b: () => number | Promise<number>): Promise<PairedRatios> {
  const out: PairedRatios = { ratios: [], a: [], b: [] };
  for (let i = 0; i < pairs; i += 1) {
    let x: number;
    let y: number;
    if (i % 2 === 0) {
      x = await a();
      y = await b();
    } else {
      y = await b();
      x = await a();
    }
    out.a.push(x);
    out.b.push(y);
    out.ratios.push(x / y);
  }
  return out;
}

/** "1.02× (IQR 0.98–1.06, range 0.95–1.12; 7 alternating pairs)". */
export function ratioText(ratios: number[]): string {
  const f = (x: number) => x.toFixed(2);
  return `${f(median(ratios))}× (IQR ${f(quantile(ratios, 0.25))}–${f(quantile(ratios, 0.75))}, range ${f(Math.min(...ratios))}–${f(Math.max(...ratios))}; ${ratios.length} alternating pairs)`;
}
