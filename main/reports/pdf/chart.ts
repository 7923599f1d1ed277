import { type ChartSpec, formatValue, TONE_COLOURS } from '../../../shared/reports/charts';
import { COLOUR, CONTENT_WIDTH, type Doc, FONT, PAGE, type Writer } from './kit';

/**
 * A chart drawn as vector paths (bars, lines, axes) with its labels and values as text, tagged as one
 * Figure whose alternative text reads out every number (shared/reports/charts.ts). The same numbers are
 * in the measure's table below it.
 */

/** A round top for an axis: 1, 2, 2.5 or 5 × 10^k (whole steps for counts and money), in 4 or 5 steps. */
export function niceScale(max: number, integer = true): { top: number; step: number } {
  if (max <= 0) return integer ? { top: 4, step: 1 } : { top: 1, step: 0.25 };
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const multiples = integer && pow < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let step = multiples.map((m) => m * pow).find((s) => s >= raw * 0.999)!;
  if (integer) step = Math.max(1, Math.round(step));
  return { top: Math.ceil(max / step - 1e-9) * step, step };
}

const colour = (s: ChartSpec['series'][number]) => TONE_COLOURS[s.tone];
/** White text on dark fills, dark text on light ones (amber, light blue). */
const onFill = (tone: string) => (tone === 'warn' || tone === 'previous' ? COLOUR.text : '#ffffff');

function legend(doc: Doc, spec: ChartSpec, x: number, y: number, width: number): void {
  if (spec.series.length < 2) return;
  doc.font(FONT.narrow).fontSize(7.5);
  let cx = x + width;
  for (const s of [...spec.series].reverse()) {
    const w = doc.widthOfString(s.name) + 14;
    cx -= w + 8;
    doc.rect(cx, y + 1, 8, 8).fill(colour(s));
    doc.fillColor(COLOUR.text).text(s.name, cx + 11, y, { lineBreak: false });
  }
}

function yAxis(doc: Doc, x: number, y: number, width: number, height: number, top: number, step: number, spec: ChartSpec): void {
  doc.font(FONT.narrow).fontSize(7);
  for (let i = 0; i * step <= top + 1e-9; i += 1) {
    const v = i * step;
    const yy = y + height - (v / top) * height;
    doc.moveTo(x, yy).lineTo(x + width, yy).lineWidth(0.4).strokeColor(v === 0 ? COLOUR.muted : COLOUR.rule).stroke();
    doc.fillColor(COLOUR.muted).text(formatValue(v, spec.unit), x - 44, yy - 3.5, { width: 40, align: 'right', lineBreak: false });
  }
}

function columns(doc: Doc, spec: ChartSpec, x0: number, y0: number, width: number, height: number): void {
  const top = 16;
  const bottom = 26;
  const left = 48;
  const plotW = width - left;
  const plotH = height - top - bottom;
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values));
  const { top: scaleTop, step } = niceScale(max, spec.unit !== 'rate');
  legend(doc, spec, x0, y0, width);
  yAxis(doc, x0 + left, y0 + top, plotW, plotH, scaleTop, step, spec);
  const n = Math.max(1, spec.labels.length);
  const group = plotW / n;
  const barW = Math.min(26, (group * 0.72) / spec.series.length);
  spec.labels.forEach((label, i) => {
    const gx = x0 + left + i * group + (group - barW * spec.series.length) / 2;
    spec.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const h = (v / scaleTop) * plotH;
      const bx = gx + k * barW;
      if (h > 0) doc.rect(bx + 1, y0 + top + plotH - h, barW - 2, h).fill(colour(s));
      doc.font(FONT.narrow).fontSize(6.5).fillColor(COLOUR.text).text(formatValue(v, spec.unit), bx - 8, y0 + top + plotH - h - 9, { width: barW + 16, align: 'center', lineBreak: false });
    });
    doc.font(FONT.narrow).fontSize(7).fillColor(COLOUR.text).text(label, x0 + left + i * group + 1, y0 + top + plotH + 4, { width: group - 2, align: 'center', height: 20, ellipsis: true });
  });
}

function line(doc: Doc, spec: ChartSpec, x0: number, y0: number, width: number, height: number): void {
  const top = 16;
  const bottom = 18;
  const left = 48;
  const plotW = width - left - 10;
  const plotH = height - top - bottom;
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values));
  const { top: scaleTop, step } = niceScale(max, spec.unit !== 'rate');
  legend(doc, spec, x0, y0, width);
  yAxis(doc, x0 + left, y0 + top, plotW + 10, plotH, scaleTop, step, spec);
  const n = spec.labels.length;
  const px = (i: number) => x0 + left + 5 + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const py = (v: number) => y0 + top + plotH - (v / scaleTop) * plotH;
  for (const s of [...spec.series].reverse()) {
    const dashed = s.tone === 'previous';
    doc.save();
    s.values.forEach((v, i) => (i === 0 ? doc.moveTo(px(i), py(v)) : doc.lineTo(px(i), py(v))));
    if (dashed) doc.dash(3, { space: 2 });
    doc.lineWidth(dashed ? 1.2 : 1.8).strokeColor(colour(s)).stroke();
    doc.restore();
    if (!dashed) {
      s.values.forEach((v, i) => {
        doc.circle(px(i), py(v), 2).fill(colour(s));
        if (n <= 16) doc.font(FONT.narrow).fontSize(6.5).fillColor(COLOUR.text).text(formatValue(v, spec.unit), px(i) - 15, py(v) - 10, { width: 30, align: 'center', lineBreak: false });
      });
    }
  }
  const every = Math.ceil(n / 13);
  doc.font(FONT.narrow).fontSize(7).fillColor(COLOUR.muted);
  spec.labels.forEach((label, i) => {
    if (i % every === 0) doc.text(label, px(i) - 22, y0 + top + plotH + 5, { width: 44, align: 'center', lineBreak: false });
  });
}

const LABEL_W = 168;

function rowHeight(spec: ChartSpec): number {
  return spec.kind === 'stacked' ? 17 : spec.series.length * 9 + 7;
}

function bars(doc: Doc, spec: ChartSpec, x0: number, y0: number, width: number): void {
  const top = spec.series.length > 1 ? 16 : 4;
  const plotX = x0 + LABEL_W + 8;
  const plotW = width - LABEL_W - 8 - 52;
  const stacked = spec.kind === 'stacked';
  const totals = spec.labels.map((_, i) => spec.series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = stacked ? Math.max(0, ...totals) : Math.max(0, ...spec.series.flatMap((s) => s.values));
  const scale = max > 0 ? plotW / max : 0;
  legend(doc, spec, x0, y0, width);
  const rh = rowHeight(spec);
  spec.labels.forEach((label, i) => {
    const ry = y0 + top + i * rh;
    doc.font(FONT.narrow).fontSize(7.5).fillColor(COLOUR.text).text(label, x0, ry + (rh - 7) / 2 - 3, { width: LABEL_W, align: 'right', height: 10, ellipsis: true });
    if (stacked) {
      let bx = plotX;
      spec.series.forEach((s) => {
        const v = s.values[i] ?? 0;
        const w = v * scale;
        if (w <= 0) return;
        doc.rect(bx, ry + 2, w, rh - 5).fill(colour(s));
        const text = formatValue(v, spec.unit);
        doc.font(FONT.narrow).fontSize(6.5);
        if (doc.widthOfString(text) + 4 < w) doc.fillColor(onFill(s.tone)).text(text, bx, ry + (rh - 5) / 2 - 1, { width: w, align: 'center', lineBreak: false });
        bx += w;
      });
      doc.font(FONT.narrowBold).fontSize(7).fillColor(COLOUR.text).text(formatValue(totals[i]!, spec.unit), bx + 4, ry + (rh - 5) / 2 - 1, { lineBreak: false });
    } else {
      spec.series.forEach((s, k) => {
        const v = s.values[i] ?? 0;
        const by = ry + 3 + k * 9;
        const w = v * scale;
        if (w > 0) doc.rect(plotX, by, w, 8).fill(colour(s));
        doc.font(FONT.narrow).fontSize(6.5).fillColor(COLOUR.text).text(formatValue(v, spec.unit), plotX + w + 3, by + 0.5, { lineBreak: false });
      });
    }
  });
  doc.moveTo(plotX, y0 + top).lineTo(plotX, y0 + top + spec.labels.length * rh).lineWidth(0.5).strokeColor(COLOUR.muted).stroke();
}

export function chartHeight(spec: ChartSpec): number {
  if (spec.kind === 'bar' || spec.kind === 'line') return 170;
  return (spec.series.length > 1 ? 16 : 4) + spec.labels.length * rowHeight(spec) + 6;
}

/** Draws the chart at the cursor (a new page first if it does not fit), with its title as a caption. */
export function drawChart(w: Writer, spec: ChartSpec): void {
  const { doc } = w;
  if (spec.labels.length === 0 || spec.series.every((s) => s.values.every((v) => v === 0))) {
    w.paragraph(`${spec.title}: nothing to chart for this period.`, { size: 9, colour: COLOUR.muted });
    return;
  }
  const height = chartHeight(spec);
  w.ensure(height + 24);
  const titleY = doc.y;
  // The title is its own paragraph: inside the Figure its alternative text would hide it.
  w.tagged('P', () => doc.font(FONT.bold).fontSize(9.5).fillColor(COLOUR.heading).text(spec.title, PAGE.left, titleY, { width: CONTENT_WIDTH }));
  const y = titleY + 16;
  w.tagged(
    'Figure',
    () => {
      if (spec.kind === 'bar') columns(doc, spec, PAGE.left, y, CONTENT_WIDTH, height);
      else if (spec.kind === 'line') line(doc, spec, PAGE.left, y, CONTENT_WIDTH, height);
      else bars(doc, spec, PAGE.left, y, CONTENT_WIDTH);
    },
    { alt: spec.alt, bbox: [PAGE.left, y, PAGE.left + CONTENT_WIDTH, y + height] },
  );
  doc.x = PAGE.left;
  doc.y = y + height + 10;
}
