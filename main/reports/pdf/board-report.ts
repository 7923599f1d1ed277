import { labelOf, CATEGORIES } from '../../../shared/domain/vocabulary';
import { type ChartSpec, reportCharts } from '../../../shared/reports/charts';
import { DEFINITIONS, MEASURE_TITLES, RESOLUTION_TARGET_MONTHS } from '../../../shared/reports/definitions';
import { fmtChange, fmtInt, fmtMoney, fmtPercent, fmtRate } from '../../../shared/reports/format';
import { longDate, periodName } from '../../../shared/reports/period';
import { SUPPRESS_BELOW } from '../../../shared/reports/suppress';
import { displayTables, reportTable } from '../../../shared/reports/tables';
import { MEASURES, type MeasureId, type ReportView } from '../../../shared/schemas/reports';
import { chartHeight, drawChart } from './chart';
import { COLOUR, CONTENT_WIDTH, createWriter, FONT, PAGE, pageFurniture, struct, type Writer } from './kit';
import { drawTable } from './table';
import { localDateOf } from '../../../shared/time/london';

/**
 * The board report (issue 8 §3, P7.3): a cover, a summary with key points, one section per measure
 * (a short definition, charts, the table), and the notes on definitions. A4, tagged, fonts embedded.
 * Aggregates only: it is built from a ReportView, which holds no names and no case references.
 */
export const REPORT_TITLE = 'Harassment, hate crime and anti-social behaviour';

export const categoryWords = (c: ReportView['category']) => (c === 'all' ? 'All categories' : labelOf(CATEGORIES, c));
export const partnerWords = (v: ReportView, inSentence = false) =>
  v.partners.length === 1
    ? `${v.partners[0]!.name} (${v.partners[0]!.code})`
    : v.allPartners
      ? `${inSentence ? 'all' : 'All'} ${v.partners.length} partners`
      : `${v.partners.length} partners: ${v.partners.map((p) => p.code).join(', ')}`;

const firstSentence = (text: string) => text.slice(0, text.indexOf('. ') + 1 || text.length);

function keyPoints(v: ReportView): string[] {
  const c = v.current;
  const p = v.prior;
  const out: string[] = [];
  const change = p ? ` (${fmtChange(c.cases.total, p.cases.total, 'count')} on the previous period)` : '';
  out.push(`${fmtInt(c.cases.total)} new cases were received${change}, ${fmtInt(c.cases.hate)} of them hate incidents; ${fmtInt(c.cases.openAtEnd)} cases were open at the end of the period.`);
  if (c.nm01.total.asbPer1000 !== null) {
    const missing = c.nm01.total.partnersWithoutHomes;
    out.push(
      `NM01: ${fmtRate(c.nm01.total.asbPer1000)} ASB cases per 1,000 homes, ${fmtRate(c.nm01.total.hatePer1000)} hate-incident cases per 1,000 homes` +
        `${c.nm01.total.linkedNotCounted ? `; ${fmtInt(c.nm01.total.linkedNotCounted)} further reports on open cases were not counted as new cases` : ''}` +
        `${missing.length ? ` (leaving out ${missing.join(', ')}, which have no homes figure)` : ''}.`,
    );
  } else out.push('NM01 cannot be worked out: no homes figure is recorded for these partners.');
  if (c.response.onTimeRate !== null) {
    const decided = c.response.rules.filter((r) => r.metOnTime + r.metLate + r.breached >= 5);
    const worst = decided.sort((a, b) => a.metOnTime / (a.metOnTime + a.metLate + a.breached) - b.metOnTime / (b.metOnTime + b.metLate + b.breached))[0];
    out.push(
      `${fmtPercent(c.response.onTimeRate)} of service-standard deadlines were met on time (urgent 24-hour ones: ${fmtPercent(c.response.urgentOnTimeRate)}).` +
        (worst ? ` The lowest was “${worst.label}”: ${fmtPercent(worst.metOnTime / (worst.metOnTime + worst.metLate + worst.breached))} on time, ${fmtInt(worst.breached)} breached.` : ''),
    );
  }
  out.push(`${fmtInt(c.resolution.closed)} cases were closed: ${fmtInt(c.resolution.resolved)} resolved, ${fmtInt(c.resolution.resolvedOnTime)} of them within ${RESOLUTION_TARGET_MONTHS} months.`);
  if (c.satisfaction.scored) out.push(`${fmtPercent(c.satisfaction.satisfied / c.satisfaction.scored)} of ${fmtInt(c.satisfaction.scored)} survey responses were satisfied with how their case was handled.`);
  const top = c.hotspots.estates[0];
  if (top) out.push(`The estate with the most new cases was ${top.label} (${fmtInt(top.n)}).`);
  if (c.costs.totalPence) out.push(`Costs came to ${fmtMoney(c.costs.totalPence)}, of which external legal services ${fmtMoney(c.costs.byKind.find((k) => k.code === 'external-legal')?.pence ?? 0)}.`);
  return out;
}

function cover(w: Writer, v: ReportView, workspaceName: string): void {
  const { doc } = w;
  w.newPage();
  w.artifact(() => doc.rect(0, 0, PAGE.width, 300).fill(COLOUR.band));
  const white = '#ffffff';
  w.tagged('P', () => doc.font(FONT.bold).fontSize(10).fillColor('#c9dcef').text('MONITORING REPORT TO THE BOARD', PAGE.left, 70, { width: CONTENT_WIDTH }));
  doc.outline.addItem('Cover');
  w.tagged('H1', () => doc.font(FONT.bold).fontSize(28).fillColor(white).text(REPORT_TITLE, PAGE.left, 96, { width: CONTENT_WIDTH - 40, lineGap: 2 }));
  const name = periodName(v.period);
  w.tagged('P', () => doc.font(FONT.bold).fontSize(16).fillColor(white).text(name ?? `${longDate(v.period.from)} to ${longDate(v.period.to)}`, PAGE.left, 218, { width: CONTENT_WIDTH }));
  if (name) w.tagged('P', () => doc.font(FONT.body).fontSize(11).fillColor('#c9dcef').text(`${longDate(v.period.from)} to ${longDate(v.period.to)}`, PAGE.left, 242, { width: CONTENT_WIDTH }));

  const facts: [string, string][] = [
    ['Partners', v.partners.map((p) => `${p.name} (${p.code})`).join(', ') || 'None'],
    ['Cases included', categoryWords(v.category)],
    ['Compared with', v.previous?.label ?? 'Not compared'],
    ['Prepared', `${longDate(localDateOf(new Date(v.generatedAt)))} by ${workspaceName}, from Hearth’s case records`],
  ];
  doc.y = 330;
  for (const [label, text] of facts) {
    const y = doc.y;
    doc.font(FONT.body).fontSize(10);
    const h = doc.heightOfString(text, { width: CONTENT_WIDTH - 110 });
    w.tagged('P', () => {
      doc.font(FONT.bold).fontSize(10).fillColor(COLOUR.muted).text(label, PAGE.left, y, { width: 100, continued: false });
      doc.font(FONT.body).fontSize(10).fillColor(COLOUR.text).text(text, PAGE.left + 110, y, { width: CONTENT_WIDTH - 110 });
    });
    doc.y = y + Math.max(h, 12) + 8;
  }

  const c = v.current;
  const p = v.prior;
  const tiles: { value: string; label: string; change: string }[] = [
    { value: fmtInt(c.cases.total), label: 'new cases received', change: p ? fmtChange(c.cases.total, p.cases.total, 'count') : '' },
    { value: fmtRate(c.nm01.total.asbPer1000), label: 'ASB cases per 1,000 homes (NM01)', change: p ? fmtChange(c.nm01.total.asbPer1000, p.nm01.total.asbPer1000, 'rate') : '' },
    { value: fmtPercent(c.response.onTimeRate), label: 'deadlines met on time', change: p ? fmtChange(c.response.onTimeRate, p.response.onTimeRate, 'percent') : '' },
    {
      value: c.satisfaction.scored ? fmtPercent(c.satisfaction.satisfied / c.satisfaction.scored) : 'n/a',
      label: `satisfied with case handling (${fmtInt(c.satisfaction.scored)} responses)`,
      change: p && p.satisfaction.scored && c.satisfaction.scored ? fmtChange(c.satisfaction.satisfied / c.satisfaction.scored, p.satisfaction.satisfied / p.satisfaction.scored, 'percent') : '',
    },
  ];
  const tileW = (CONTENT_WIDTH - 3 * 10) / 4;
  const ty = Math.max(doc.y + 20, 540);
  tiles.forEach((t, i) => {
    const x = PAGE.left + i * (tileW + 10);
    w.artifact(() => {
      doc.rect(x, ty, tileW, 118).fill(COLOUR.zebra);
      doc.rect(x, ty, tileW, 4).fill(COLOUR.accent);
    });
    w.tagged('P', () => {
      doc.font(FONT.bold).fontSize(22).fillColor(COLOUR.heading).text(t.value, x + 10, ty + 16, { width: tileW - 20 });
      doc.font(FONT.body).fontSize(8.5).fillColor(COLOUR.text).text(t.label, x + 10, ty + 48, { width: tileW - 20 });
      if (t.change) doc.font(FONT.body).fontSize(8).fillColor(COLOUR.muted).text(`${t.change} on the previous period`, x + 10, ty + 86, { width: tileW - 20 });
    });
  });
  doc.y = ty + 140;
  w.paragraph(
    `Aggregate figures only: no person is named and no case can be identified. Equality counts from 1 to ${SUPPRESS_BELOW - 1} are shown as “fewer than ${SUPPRESS_BELOW}”. How each figure is counted is on the last pages.`,
    { size: 8.5, colour: COLOUR.muted },
  );
}

function summary(w: Writer, v: ReportView, charts: ChartSpec[]): void {
  w.newPage();
  w.heading(1, 'Summary');
  w.paragraph(`${v.period.label}. ${partnerWords(v)}; ${categoryWords(v.category).toLowerCase()}.${v.previous ? ` Compared with ${v.previous.label}.` : ''}`, { size: 9.5, colour: COLOUR.muted });
  w.heading(2, 'Key points', false);
  const { doc } = w;
  const l = doc.struct('L');
  w.root.add(l);
  for (const point of keyPoints(v)) {
    doc.font(FONT.body).fontSize(10);
    const h = doc.heightOfString(point, { width: CONTENT_WIDTH - 14, lineGap: 2 });
    w.ensure(h + 4);
    const y = doc.y;
    l.add(
      struct(doc, 'LI', {}, [
        struct(doc, 'Lbl', {}, () => doc.font(FONT.bold).fontSize(10).fillColor(COLOUR.accent).text('•', PAGE.left, y, { lineBreak: false })),
        struct(doc, 'LBody', {}, () => doc.font(FONT.body).fontSize(10).fillColor(COLOUR.text).text(point, PAGE.left + 14, y, { width: CONTENT_WIDTH - 14, lineGap: 2 })),
      ]),
    );
    doc.y = y + h + 5;
  }
  l.end();
  doc.y += 6;
  for (const chart of charts.filter((x) => x.measure === 'summary')) drawChart(w, chart);
  drawTable(w, reportTable(v, 'summary'), { caption: 'Headline figures' });
}

function section(w: Writer, v: ReportView, measure: MeasureId, n: number, charts: ChartSpec[]): void {
  const mine = charts.filter((x) => x.measure === measure);
  // The heading, its lead and the first chart (or the start of the table) stay together.
  w.ensure(90 + (mine[0] && mine[0].labels.length ? chartHeight(mine[0]) + 24 : 60));
  w.heading(1, `${n}. ${MEASURE_TITLES[measure]}`);
  w.paragraph(firstSentence(DEFINITIONS[measure]), { size: 9, colour: COLOUR.muted, gap: 8 });
  for (const chart of mine) drawChart(w, chart);
  for (const table of displayTables(v, measure)) drawTable(w, table, table.caption ? { caption: table.caption } : {});
  const missing = v.current.nm01.total.partnersWithoutHomes;
  if (measure === 'nm01' && missing.length) {
    w.paragraph(`No homes figure is recorded for ${missing.join(', ')}: their rates cannot be worked out, and the total rate leaves them out (their cases are still in the counts).`, { size: 8.5, colour: COLOUR.muted });
  }
  if (measure === 'nm01') w.paragraph('“Further reports” are reports linked at intake to a case that was open at the time: they are further reports on that case, not new cases, and NM01 does not count them.', { size: 8.5, colour: COLOUR.muted });
}

function notes(w: Writer, v: ReportView): void {
  w.newPage();
  w.heading(1, 'Notes on definitions');
  w.paragraph(
    `Times are Europe/London. The period runs from the start of ${longDate(v.period.from)} to the end of ${longDate(v.period.to)}. The report covers ${partnerWords(v, true)} and ${categoryWords(v.category).toLowerCase()}. It was produced on ${longDate(localDateOf(new Date(v.generatedAt)))} from the case records as they stood then: a figure for a past period can change when a record is corrected or a late entry is made.`,
    { size: 9.5 },
  );
  MEASURES.forEach((m, i) => {
    w.heading(2, i === 0 ? MEASURE_TITLES[m] : `${i}. ${MEASURE_TITLES[m]}`, false);
    w.paragraph(DEFINITIONS[m], { size: 9 });
  });
}

export async function boardReportPdf(v: ReportView, workspaceName: string): Promise<Buffer> {
  const name = periodName(v.period) ?? `${v.period.from} to ${v.period.to}`;
  const title = `${REPORT_TITLE}: monitoring report, ${name}, ${partnerWords(v)}`;
  const w = createWriter({ title, subject: 'Monitoring report to the board (Harassment Policy section 7): aggregate figures only' });
  const charts = reportCharts(v);
  cover(w, v, workspaceName);
  summary(w, v, charts);
  w.newPage();
  MEASURES.filter((m) => m !== 'summary').forEach((m, i) => section(w, v, m, i + 1, charts));
  notes(w, v);
  pageFurniture(w, `${REPORT_TITLE} · ${name} · ${partnerWords(v)}`);
  return w.finish();
}
