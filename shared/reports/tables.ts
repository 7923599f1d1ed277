import type { Measures, MeasureId, ReportView } from '../schemas/reports';
import { EQUALITY_ROLES, MEASURE_TITLES, SATISFACTION_LABELS } from './definitions';
import { fmtChange, fmtInt, fmtMean, fmtMoney, fmtPercent, fmtRate } from './format';
import { keys, type ResponseState } from './keys';
import { cellText } from './suppress';

/**
 * Each measure as one table: the Reports screen shows it, the board report prints it, the CSV export
 * writes it. A cell has the words people read, the raw value a spreadsheet wants, and (for figures of
 * the current period that stand for cases) the key to drill into.
 */
export interface TableCell {
  text: string;
  /** The raw number for CSV: a count, pounds, a rate or a fraction (0.857); undefined for words. */
  value?: number;
  key?: string;
}
export interface TableRow {
  cells: TableCell[];
  /** A total or headline row. */
  strong?: boolean;
}
export interface ReportTable {
  measure: MeasureId;
  title: string;
  /** Shown above the table when a measure is split into several (display only; CSV has one table). */
  caption?: string;
  columns: { label: string; numeric: boolean }[];
  rows: TableRow[];
}

const word = (text: string): TableCell => ({ text });
const int = (n: number, key?: string): TableCell => ({ text: fmtInt(n), value: n, ...(key ? { key } : {}) });
const maybeInt = (n: number | undefined): TableCell => (n === undefined ? word('–') : int(n));
const pct = (r: number | null): TableCell => (r === null ? word('n/a') : { text: fmtPercent(r), value: Number(r.toFixed(4)) });
const money = (pence: number): TableCell => ({ text: fmtMoney(pence), value: pence / 100 });
const rateCell = (r: number | null): TableCell => (r === null ? word('n/a') : { text: fmtRate(r), value: Number(r.toFixed(2)) });
const cols = (...labels: [string, boolean][]) => labels.map(([label, numeric]) => ({ label, numeric }));

/** Rows by code for a current list and its previous twin, leaving out codes that are zero in both. */
function paired<T extends { code: string; label: string; n: number }>(now: readonly T[], before: readonly T[] | undefined, key?: (code: string) => string): TableRow[] {
  return now
    .map((x) => ({ x, prev: before?.find((p) => p.code === x.code)?.n }))
    .filter(({ x, prev }) => x.n > 0 || (prev ?? 0) > 0)
    .map(({ x, prev }) => ({ cells: [word(x.label), int(x.n, key?.(x.code)), maybeInt(prev)] }));
}

const prevCol = (v: ReportView) => (v.prior ? `Previous period` : 'Previous period (not compared)');

export function summaryRows(cur: Measures, pri: Measures | null): { label: string; now: number | null; before: number | null; unit: 'count' | 'rate' | 'percent' | 'money'; key?: string }[] {
  const p = pri;
  const satisfied = (m: Measures) => (m.satisfaction.scored ? m.satisfaction.satisfied / m.satisfaction.scored : null);
  return [
    { label: 'New cases received', now: cur.cases.total, before: p?.cases.total ?? null, unit: 'count', key: keys.casesTotal },
    { label: 'of which hate incidents', now: cur.cases.hate, before: p?.cases.hate ?? null, unit: 'count', key: keys.casesHate },
    { label: 'Incidents recorded', now: cur.incidents.total, before: p?.incidents.total ?? null, unit: 'count', key: keys.incidentsTotal },
    { label: 'Open cases at the end of the period', now: cur.cases.openAtEnd, before: p?.cases.openAtEnd ?? null, unit: 'count', key: keys.openAtEnd },
    { label: 'NM01: ASB cases per 1,000 homes', now: cur.nm01.total.asbPer1000, before: p?.nm01.total.asbPer1000 ?? null, unit: 'rate' },
    { label: 'NM01: hate-incident cases per 1,000 homes', now: cur.nm01.total.hatePer1000, before: p?.nm01.total.hatePer1000 ?? null, unit: 'rate' },
    { label: 'Service-standard deadlines met on time', now: cur.response.onTimeRate, before: p?.response.onTimeRate ?? null, unit: 'percent' },
    { label: 'Urgent (24-hour) deadlines met on time', now: cur.response.urgentOnTimeRate, before: p?.response.urgentOnTimeRate ?? null, unit: 'percent' },
    { label: 'Referrals to other agencies', now: cur.support.referrals, before: p?.support.referrals ?? null, unit: 'count', key: keys.referrals },
    { label: 'Cases closed', now: cur.resolution.closed, before: p?.resolution.closed ?? null, unit: 'count', key: keys.closed },
    { label: 'Cases resolved on time', now: cur.resolution.resolvedOnTime, before: p?.resolution.resolvedOnTime ?? null, unit: 'count', key: keys.resolvedOnTime },
    { label: 'Satisfied with case handling (of responses)', now: satisfied(cur), before: p ? satisfied(p) : null, unit: 'percent' },
    { label: 'Actions taken', now: cur.actions.total, before: p?.actions.total ?? null, unit: 'count', key: keys.actionsTotal },
    { label: 'of which legal remedies', now: cur.actions.legal, before: p?.actions.legal ?? null, unit: 'count', key: keys.actionsLegal },
    { label: 'Costs', now: cur.costs.totalPence, before: p?.costs.totalPence ?? null, unit: 'money', key: keys.costsTotal },
    { label: 'Reports screened out to another policy (not counted above)', now: cur.cases.screenedOut, before: p?.cases.screenedOut ?? null, unit: 'count', key: keys.screenedOut },
  ];
}

function valueCell(v: number | null, unit: 'count' | 'rate' | 'percent' | 'money', key?: string): TableCell {
  if (unit === 'count') return v === null ? word('–') : int(v, key);
  if (unit === 'percent') return pct(v);
  if (unit === 'rate') return rateCell(v);
  return v === null ? word('–') : { ...money(v), ...(key ? { key } : {}) };
}

function summary(v: ReportView): ReportTable {
  return {
    measure: 'summary',
    title: MEASURE_TITLES.summary,
    columns: cols(['Measure', false], ['This period', true], [prevCol(v), true], ['Change', true]),
    rows: summaryRows(v.current, v.prior).map((r) => ({
      cells: [word(r.label.startsWith('of which') ? `    ${r.label}` : r.label), valueCell(r.now, r.unit, r.key), v.prior ? valueCell(r.before, r.unit) : word('–'), word(v.prior ? fmtChange(r.now, r.before, r.unit) : '–')],
    })),
  };
}

function response(v: ReportView): ReportTable {
  const st = (rule: string, s: ResponseState | 'due') => keys.response(rule, s);
  const r = v.current.response;
  const all = (f: (x: (typeof r.rules)[number]) => number) => r.rules.reduce((s, x) => s + f(x), 0);
  const onTime = (x: { metOnTime: number; metLate: number; breached: number }) => {
    const d = x.metOnTime + x.metLate + x.breached;
    return d ? x.metOnTime / d : null;
  };
  const totals = { metOnTime: all((x) => x.metOnTime), metLate: all((x) => x.metLate), breached: all((x) => x.breached) };
  return {
    measure: 'response',
    title: MEASURE_TITLES.response,
    columns: cols(['Rule', false], ['Source', false], ['Due', true], ['Met on time', true], ['Met late', true], ['Breached', true], ['Waived', true], ['Not yet due', true], ['On time', true]),
    rows: [
      ...r.rules.map((x) => ({
        cells: [
          word(`${x.label}${x.urgent ? ' (urgent)' : ''}`),
          word(x.source),
          int(x.due, st(x.ruleId, 'due')),
          int(x.metOnTime, st(x.ruleId, 'met-on-time')),
          int(x.metLate, st(x.ruleId, 'met-late')),
          int(x.breached, st(x.ruleId, 'breached')),
          int(x.waived, st(x.ruleId, 'waived')),
          int(x.notYetDue, st(x.ruleId, 'not-yet-due')),
          pct(onTime(x)),
        ],
      })),
      {
        strong: true,
        cells: [
          word('All rules'),
          word(''),
          int(all((x) => x.due), st('all', 'due')),
          int(totals.metOnTime, st('all', 'met-on-time')),
          int(totals.metLate, st('all', 'met-late')),
          int(totals.breached, st('all', 'breached')),
          int(all((x) => x.waived), st('all', 'waived')),
          int(all((x) => x.notYetDue), st('all', 'not-yet-due')),
          pct(r.onTimeRate),
        ],
      },
    ],
  };
}

function nm01(v: ReportView): ReportTable {
  const n = v.current.nm01;
  return {
    measure: 'nm01',
    title: MEASURE_TITLES.nm01,
    columns: cols(['Partner', false], ['Homes', true], ['Homes figure', false], ['ASB cases', true], ['ASB per 1,000', true], ['Hate cases', true], ['Hate per 1,000', true], ['Further reports', true]),
    rows: [
      ...n.partners.map((p) => ({
        cells: [word(`${p.name} (${p.code})`), int(p.homes), word(p.homesSource), int(p.asb, keys.nm01('asb', p.code)), rateCell(p.asbPer1000), int(p.hate, keys.nm01('hate', p.code)), rateCell(p.hatePer1000), int(p.linkedNotCounted, keys.nm01('linked', p.code))],
      })),
      {
        strong: true,
        cells: [
          word(n.partners.length === 1 ? 'Total' : `All ${n.partners.length} partners`),
          int(n.total.homes),
          word(n.total.partnersWithoutHomes.length ? 'see note' : ''),
          int(n.total.asb, keys.nm01('asb', 'all')),
          rateCell(n.total.asbPer1000),
          int(n.total.hate, keys.nm01('hate', 'all')),
          rateCell(n.total.hatePer1000),
          int(n.total.linkedNotCounted, keys.nm01('linked', 'all')),
        ],
      },
    ],
  };
}

function equality(v: ReportView): ReportTable {
  const e = v.equality;
  return {
    measure: 'equality',
    title: MEASURE_TITLES.equality,
    columns: cols(['Question', false], ['Answer', false], ...EQUALITY_ROLES.map((r) => [r.label, true] as [string, boolean])),
    rows: [
      { strong: true, cells: [word('People counted'), word(''), ...e.roles.map((r) => int(r.people))] },
      ...e.fields.flatMap((f) => f.answers.map((a) => ({ cells: [word(f.label), word(a.answer), ...a.cells.map((c) => (c.suppressed ? word(cellText(c)) : int(c.count ?? 0)))] }))),
    ],
  };
}

export function reportTable(v: ReportView, measure: MeasureId): ReportTable {
  const c = v.current;
  const p = v.prior ?? undefined;
  const title = MEASURE_TITLES[measure];
  const twoCols = (first: string, now = 'This period') => cols([first, false], [now, true], [prevCol(v), true]);
  const total = (label: string, now: number, before: number | undefined, key?: string): TableRow => ({ strong: true, cells: [word(label), int(now, key), maybeInt(before)] });
  switch (measure) {
    case 'summary':
      return summary(v);
    case 'cases':
      return {
        measure,
        title,
        columns: twoCols('Category', 'Cases'),
        rows: [
          ...c.cases.byCategory.map((x) => ({ cells: [word(x.label), int(x.n, keys.casesCategory(x.code)), maybeInt(p?.cases.byCategory.find((y) => y.code === x.code)?.n)] })),
          total('All cases received', c.cases.total, p?.cases.total, keys.casesTotal),
          { cells: [word('of which hate incidents'), int(c.cases.hate, keys.casesHate), maybeInt(p?.cases.hate)] },
          { cells: [word('Open at the end of the period'), int(c.cases.openAtEnd, keys.openAtEnd), maybeInt(p?.cases.openAtEnd)] },
          { cells: [word('Reports screened out to another policy (not in the figures above)'), int(c.cases.screenedOut, keys.screenedOut), maybeInt(p?.cases.screenedOut)] },
          ...paired(
            c.cases.screenedByOutcome.map((x) => ({ ...x, label: `screened out: ${x.label}` })),
            p?.cases.screenedByOutcome,
            keys.screenedOutcome,
          ),
        ],
      };
    case 'incidents':
      return { measure, title, columns: twoCols('Act', 'Incidents'), rows: [...paired(c.incidents.byAct, p?.incidents.byAct, keys.incidentAct), total('All incidents', c.incidents.total, p?.incidents.total, keys.incidentsTotal)] };
    case 'nm01':
      return nm01(v);
    case 'response':
      return response(v);
    case 'support':
      return {
        measure,
        title,
        columns: twoCols('Agency', 'Referrals'),
        rows: [
          ...paired(c.support.byAgency, p?.support.byAgency, keys.referralAgency),
          total('All referrals', c.support.referrals, p?.support.referrals, keys.referrals),
          { cells: [word('Cases with a referral'), int(c.support.cases, keys.referrals), maybeInt(p?.support.cases)] },
          { cells: [word('Support offered recorded'), int(c.support.supportOffered, keys.supportOffered), maybeInt(p?.support.supportOffered)] },
          { cells: [word('Referred without consent (justified)'), int(c.support.withoutConsent, keys.withoutConsent), maybeInt(p?.support.withoutConsent)] },
          ...c.support.formatsSent.map((x) => ({ cells: [word(`Letters sent in another format: ${x.label} (P8.3)`), int(x.n, keys.formatSent(x.code)), maybeInt(p?.support.formatsSent.find((y) => y.code === x.code)?.n)] })),
        ],
      };
    case 'resolution':
      return {
        measure,
        title,
        columns: twoCols('Outcome', 'Cases closed'),
        rows: [
          ...paired(c.resolution.byOutcome, p?.resolution.byOutcome, keys.outcome),
          total('All cases closed', c.resolution.closed, p?.resolution.closed, keys.closed),
          { cells: [word('Resolved'), int(c.resolution.resolved, keys.resolved), maybeInt(p?.resolution.resolved)] },
          { cells: [word('Resolved on time'), int(c.resolution.resolvedOnTime, keys.resolvedOnTime), maybeInt(p?.resolution.resolvedOnTime)] },
        ],
      };
    case 'satisfaction': {
      const s = c.satisfaction;
      const share = (n: number, d: number) => pct(d ? n / d : null);
      return {
        measure,
        title,
        columns: twoCols('Score', 'Responses'),
        rows: [
          ...SATISFACTION_LABELS.map((label, i) => ({ cells: [word(label), int(s.byScore[i]!, keys.score(i + 1)), maybeInt(p?.satisfaction.byScore[i])] })),
          total('Responses with a score', s.scored, p?.satisfaction.scored),
          { cells: [word('Satisfied (4 or 5)'), share(s.satisfied, s.scored), p ? share(p.satisfaction.satisfied, p.satisfaction.scored) : word('–')] },
          { cells: [word('Dissatisfied (1 or 2)'), share(s.dissatisfied, s.scored), p ? share(p.satisfaction.dissatisfied, p.satisfaction.scored) : word('–')] },
          { cells: [word('Average score (1 to 5)'), s.mean === null ? word('n/a') : { text: fmtMean(s.mean), value: Number(s.mean.toFixed(2)) }, p ? word(fmtMean(p.satisfaction.mean)) : word('–')] },
          { cells: [word('Surveys completed'), int(s.completed, keys.surveysCompleted), maybeInt(p?.satisfaction.completed)] },
          { cells: [word('Surveys offered'), int(s.offered, keys.surveysOffered), maybeInt(p?.satisfaction.offered)] },
          // P7.2: "satisfaction with outcome and handling", so the outcome is counted in its own rows.
          ...SATISFACTION_LABELS.map((label, i) => ({ cells: [word(`With the outcome: ${label}`), int(s.outcome.byScore[i]!, keys.outcomeScore(i + 1)), maybeInt(p?.satisfaction.outcome.byScore[i])] })),
          total('Responses scoring the outcome', s.outcome.scored, p?.satisfaction.outcome.scored),
          { cells: [word('Satisfied with the outcome (4 or 5)'), share(s.outcome.satisfied, s.outcome.scored), p ? share(p.satisfaction.outcome.satisfied, p.satisfaction.outcome.scored) : word('–')] },
          { cells: [word('Average outcome score (1 to 5)'), s.outcome.mean === null ? word('n/a') : { text: fmtMean(s.outcome.mean), value: Number(s.outcome.mean.toFixed(2)) }, p ? word(fmtMean(p.satisfaction.outcome.mean)) : word('–')] },
        ],
      };
    }
    case 'actions':
      return {
        measure,
        title,
        columns: cols(['Action', false], ['Times used', true], ['Cases', true], [prevCol(v), true]),
        rows: [
          ...c.actions.byKind
            .filter((x) => x.n > 0 || (p?.actions.byKind.find((y) => y.code === x.code)?.n ?? 0) > 0)
            .map((x) => ({ cells: [word(`${x.label}${x.legal ? ' (legal)' : ''}`), int(x.n, keys.actionKind(x.code)), int(x.cases), maybeInt(p?.actions.byKind.find((y) => y.code === x.code)?.n)] })),
          { strong: true, cells: [word('All actions'), int(c.actions.total, keys.actionsTotal), word(''), maybeInt(p?.actions.total)] },
          { cells: [word('of which legal remedies'), int(c.actions.legal, keys.actionsLegal), word(''), maybeInt(p?.actions.legal)] },
          ...resultRows(c.actions.results, p?.actions.results),
        ],
      };
    case 'costs':
      return {
        measure,
        title,
        columns: cols(['Kind of cost', false], ['Entries', true], ['Cases', true], ['Amount', true], [`${prevCol(v)}: amount`, true]),
        rows: [
          ...c.costs.byKind.map((x) => {
            const before = p?.costs.byKind.find((y) => y.code === x.code)?.pence;
            return { cells: [word(x.label), int(x.entries, keys.costKind(x.code)), int(x.cases), money(x.pence), before === undefined ? word('–') : money(before)] };
          }),
          { strong: true, cells: [word('All costs'), int(c.costs.byKind.reduce((s, x) => s + x.entries, 0), keys.costsTotal), word(''), money(c.costs.totalPence), p ? money(p.costs.totalPence) : word('–')] },
        ],
      };
    case 'hotspots': {
      const h = c.hotspots;
      const prevOf = (list: readonly { code: string; n: number }[] | undefined, code: string) => maybeInt(list?.find((y) => y.code === code)?.n);
      return {
        measure,
        title,
        columns: cols(['Area type', false], ['Area', false], ['Cases', true], [`${prevCol(v)} (if in its top ten)`, true]),
        rows: [
          ...h.estates.map((x) => ({ cells: [word('Estate'), word(x.label), int(x.n, keys.estate(x.code)), prevOf(p?.hotspots.estates, x.code)] })),
          { cells: [word('Estate'), word('All other estates'), int(h.otherEstates), word('')] },
          { cells: [word('Estate'), word('No estate recorded'), int(h.noEstate), word('')] },
          ...h.districts.map((x) => ({ cells: [word('Postcode district'), word(x.label), int(x.n, keys.district(x.code)), prevOf(p?.hotspots.districts, x.code)] })),
          { cells: [word('Postcode district'), word('All other districts'), int(h.otherDistricts), word('')] },
          { cells: [word('Postcode district'), word('No postcode recorded'), int(h.noPostcode), word('')] },
        ],
      };
    }
    case 'methods':
      return { measure, title, columns: twoCols('Method', 'Cases'), rows: [...paired(c.methods, p?.methods, keys.method), total('All cases received', c.cases.total, p?.cases.total, keys.casesTotal)] };
    case 'equality':
      return equality(v);
    case 'caseReviews':
      return caseReviews(v);
  }
}

/** Issue 20: the ASB Case Review returns, the group first, then each partner. */
function caseReviews(v: ReportView): ReportTable {
  const row = (name: string, r: Measures['caseReviews'], strong = false): TableRow => ({
    strong,
    cells: [word(name), int(r.applications), int(r.thresholdNotMet), int(r.reviews), int(r.withRecommendations)],
  });
  const c = v.current.caseReviews;
  return {
    measure: 'caseReviews',
    title: MEASURE_TITLES.caseReviews,
    columns: cols(['Partner', false], ['Applications received', true], ['Threshold not met', true], ['Reviews carried out', true], ['Reviews with recommendations', true]),
    rows: [row(v.partners.length > 1 ? 'The group (all partners in the report)' : 'All', c, true), ...c.byPartner.map((p) => row(p.name, { ...p, byPartner: [] }))],
  };
}

/**
 * A measure as people read it: most are their one table; equality is a small table per question and
 * hotspots one for estates and one for postcode districts, so no column repeats a word down the page.
 * The CSV keeps the single long table, which is what a spreadsheet wants.
 */
export function displayTables(v: ReportView, measure: MeasureId): ReportTable[] {
  const whole = reportTable(v, measure);
  if (measure === 'equality') {
    const people: ReportTable = { ...whole, caption: 'People counted', columns: [{ label: 'Count', numeric: false }, ...whole.columns.slice(2)], rows: [{ cells: [word('People on these cases'), ...whole.rows[0]!.cells.slice(2)] }] };
    const byQuestion = v.equality.fields.map((f) => ({
      ...whole,
      caption: f.label,
      columns: [{ label: 'Answer', numeric: false }, ...whole.columns.slice(2)],
      rows: whole.rows.filter((r) => r.cells[0]!.text === f.label).map((r) => ({ cells: r.cells.slice(1) })),
    }));
    return [people, ...byQuestion];
  }
  if (measure === 'hotspots') {
    const part = (type: string, caption: string, first: string): ReportTable => ({
      ...whole,
      caption,
      columns: [{ label: first, numeric: false }, ...whole.columns.slice(2)],
      rows: whole.rows.filter((r) => r.cells[0]!.text === type).map((r) => ({ cells: r.cells.slice(1) })),
    });
    return [part('Estate', 'Estates', 'Estate'), part('Postcode district', 'Postcode districts', 'District')];
  }
  return [whole];
}

type Results = Measures['actions']['results'];
/** P5.10, P5.17–5.20: what legal and police action came to, in the actions table's four columns. */
function resultRows(r: Results, before: Results | undefined) {
  const amount = (n: number, pence: number) => ({ text: `${n.toLocaleString('en-GB')} (${money(pence).text})`, value: pence / 100 });
  const named = (list: Results['policeOutcomes'], prior: Results['policeOutcomes'] | undefined, key: (code: string) => string, prefix: string) =>
    list.filter((x) => x.n > 0).map((x) => ({ cells: [word(`${prefix}: ${x.label}`), int(x.n, key(x.code)), word(''), maybeInt(prior?.find((y) => y.code === x.code)?.n)] }));
  return [
    { cells: [word('Damages awarded to the victim (P5.10)'), amount(r.damages, r.damagesPence), word(''), before ? word(money(before.damagesPence).text) : word('–')] },
    { cells: [word('Costs orders in our favour'), amount(r.costsRecovered, r.costsRecoveredPence), word(''), before ? word(money(before.costsRecoveredPence).text) : word('–')] },
    { cells: [word('Costs orders against us'), amount(r.costsPaid, r.costsPaidPence), word(''), before ? word(money(before.costsPaidPence).text) : word('–')] },
    ...named(r.policeOutcomes, before?.policeOutcomes, keys.policeOutcome, 'Police outcome'),
    ...named(r.offences, before?.offences, keys.offence, 'Offence (Appendix 1)'),
  ];
}
