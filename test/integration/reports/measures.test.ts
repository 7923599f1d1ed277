import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportView } from '../../../shared/schemas/reports';
import { buildFixture, C33_MANAGER, type Fixture, OFFICER, Q1, signInAs } from './fixture';

/**
 * Every measure of issue 8 on the hand-built fixture (fixture.ts, which lists the cases). Each expected
 * figure is worked out by hand in the comment beside it, from that list, not by the report code.
 */
let root: string;
let fx: Fixture;
let report: ReportView;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hearth-reports-'));
  fx = await buildFixture(root);
  report = await fx.app.must('report:get', { filters: { ...Q1 } });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const n = (list: readonly { code: string; n: number }[], code: string) => list.find((x) => x.code === code)?.n;

describe('the report for Q1 2026/27, all partners', () => {
  it('names its period and the one it is compared with', () => {
    expect(report.period).toEqual({ from: '2026-04-01', to: '2026-06-30', label: 'Q1 2026/27 (1 April 2026 to 30 June 2026)' });
    // A quarter is compared with the quarter before it.
    expect(report.previous).toEqual({ from: '2026-01-01', to: '2026-03-31', label: 'Q4 2025/26 (1 January 2026 to 31 March 2026)' });
    expect(report.partners).toHaveLength(10); // the admin works for all ten default partners
    expect(report.canDrill).toBe(true);
  });

  it('counts cases by type, hate incidents and open cases', () => {
    const c = report.current.cases;
    // Received in Q1: A, H, D (asb); B (harassment); C (hate incident); E (domestic abuse).
    expect(c.total).toBe(6);
    expect(n(c.byCategory, 'asb')).toBe(3);
    expect(n(c.byCategory, 'harassment')).toBe(1);
    expect(n(c.byCategory, 'hate-incident')).toBe(1);
    expect(n(c.byCategory, 'domestic-abuse')).toBe(1);
    expect(c.hate).toBe(1); // C
    // Open on 30 June: A, B, C, E, H (D closed 10 Jun, F 20 Jun, G 20 Mar).
    expect(c.openAtEnd).toBe(5);
    expect(c.trend.reduce((s, b) => s + b.n, 0)).toBe(6);
    // Q4: F and G received; at 31 March only F was still open.
    expect(report.prior!.cases.total).toBe(2);
    expect(report.prior!.cases.openAtEnd).toBe(1);
  });

  it('counts incidents by the acts recorded, by when they happened', () => {
    const i = report.current.incidents;
    // A (9 Apr nuisance; 2 May verbal abuse + threat), H vandalism, D nuisance, E assault, B verbal abuse, C graffiti.
    expect(i.total).toBe(7);
    expect(n(i.byAct, 'nuisance')).toBe(2);
    expect(n(i.byAct, 'verbal-abuse')).toBe(2);
    expect(n(i.byAct, 'threat-of-violence')).toBe(1);
    expect(n(i.byAct, 'vandalism')).toBe(1);
    expect(n(i.byAct, 'assault')).toBe(1);
    expect(n(i.byAct, 'graffiti')).toBe(1);
    expect(report.prior!.incidents.total).toBe(2); // F and G, both nuisance
  });

  it('NM01: counts new ASB cases (with harassment and hate) per 1,000 homes, not further reports on an open case', () => {
    const nm = report.current.nm01;
    const c33 = nm.partners.find((p) => p.code === 'C33')!;
    // C33: A (asb), H (asb; its link is to G, closed on 20 Mar, so H is a new case), C (hate incident) = 3.
    // B is harassment linked at intake to A, open on 5 May: a further report, not counted.
    expect(c33).toMatchObject({ homes: 2000, homesSource: 'partner record', asb: 3, hate: 1, linkedNotCounted: 1 });
    expect(c33.asbPer1000).toBeCloseTo(1.5, 10); // 3 / 2000 × 1000
    expect(c33.hatePer1000).toBeCloseTo(0.5, 10); // 1 / 2000 × 1000
    // EPIC: D (asb) = 1; E is domestic abuse, excluded. Homes in force on 30 June: 400 (the 500 starts 1 July).
    const epic = nm.partners.find((p) => p.code === 'EPIC')!;
    expect(epic).toMatchObject({ homes: 400, homesSource: 'from 1 January 2026', asb: 1, hate: 0, linkedNotCounted: 0 });
    expect(epic.asbPer1000).toBeCloseTo(2.5, 10); // 1 / 400 × 1000
    // All partners: 4 cases over 2,400 homes; the eight partners without a homes figure are left out of the rate.
    expect(nm.total).toMatchObject({ homes: 2400, asb: 4, hate: 1, linkedNotCounted: 1 });
    expect(nm.total.asbPer1000).toBeCloseTo(4 / 2.4, 10); // 1.6667
    expect(nm.total.hatePer1000).toBeCloseTo(1 / 2.4, 10); // 0.4167
    expect(nm.total.partnersWithoutHomes).toEqual(['CAL', 'INV', 'MV', 'OF', 'ROD', 'RUS', 'SAH', 'WH']);
    // Q4: F and G, 2 over 2,400 (EPIC's 400 from 1 January).
    expect(report.prior!.nm01.total.asbPer1000).toBeCloseTo(2 / 2.4, 10);
  });

  it('NM01 ignores the category filter', async () => {
    const hateOnly = await fx.app.must('report:get', { filters: { ...Q1, category: 'hate-incident' } });
    expect(hateOnly.current.cases.total).toBe(1); // C
    expect(hateOnly.current.nm01.total.asb).toBe(4);
  });

  it('response against target: the 24-hour acknowledgement, met, late, breached and waived', () => {
    const ack = report.current.response.rules.find((r) => r.ruleId === 'acknowledge')!;
    // Due 24 hours after each Q1 report: A and E acknowledged within it, B two days later, C and H never
    // (still pending on 15 July, so breached), D waived by a manager.
    expect(ack).toMatchObject({ due: 6, metOnTime: 2, metLate: 1, breached: 2, waived: 1, notYetDue: 0, urgent: true });
    // The urgent response applies to the hate incident C and the domestic abuse case E; neither was recorded.
    expect(report.current.response.rules.find((r) => r.ruleId === 'urgent-response')).toMatchObject({ due: 2, metOnTime: 0, breached: 2 });
  });

  it('response against target: an item due after now is not yet due, not breached', async () => {
    // Q2: the three-monthly reviews of the open Q1 cases fall due 10 July (A), 15 July (H), 25 July (E),
    // 5 August (B) and 1 September (C). On 15 July at 09:00 only A's has passed: breached; the rest are not yet due.
    const q2 = await fx.app.must('report:get', { filters: { from: '2026-07-01', to: '2026-09-30' }, compare: false });
    expect(q2.prior).toBeNull();
    expect(q2.current.response.rules.find((r) => r.ruleId === 'case-review')).toMatchObject({ due: 5, breached: 1, notYetDue: 4, metOnTime: 0 });
  });

  it('support offered and referrals', () => {
    const s = report.current.support;
    // A police (support offered, nobody named), C police (complainant named, no consent, justified),
    // D victim support (support offered).
    expect(s).toMatchObject({ referrals: 3, cases: 3, supportOffered: 2, withoutConsent: 1 });
    expect(n(s.byAgency, 'police')).toBe(2);
    expect(n(s.byAgency, 'victim-support')).toBe(1);
    expect(report.prior!.support.referrals).toBe(1); // F
  });

  it('cases resolved, on time and at all', () => {
    const r = report.current.resolution;
    // Closed in Q1: D (resolved 10 Jun, received 20 Apr: within 3 months) and F (resolved 20 Jun, received 10 Feb: late).
    expect(r).toMatchObject({ closed: 2, resolved: 2, resolvedOnTime: 1 });
    expect(n(r.byOutcome, 'resolved')).toBe(2);
    // Q4: G closed with no further action.
    expect(report.prior!.resolution).toMatchObject({ closed: 1, resolved: 0 });
    expect(n(report.prior!.resolution.byOutcome, 'no-further-action')).toBe(1);
  });

  it('satisfaction from closure surveys', () => {
    const s = report.current.satisfaction;
    // Completed in Q1: G (2 Apr) 4, D (15 Jun) 5, F (25 Jun) 2. Offered in Q1: D and F (G's was offered in March).
    expect(s).toMatchObject({ offered: 2, completed: 3, scored: 3, byScore: [0, 1, 0, 1, 1], satisfied: 2, dissatisfied: 1 });
    expect(s.mean).toBeCloseTo(11 / 3, 10);
    expect(report.prior!.satisfaction).toMatchObject({ offered: 1, completed: 0 });
  });

  it('actions and remedies used', () => {
    const a = report.current.actions;
    // A: verbal warning (20 Apr), demotion (5 Jun, legal); C: letter to the area (3 Jun).
    expect(a).toMatchObject({ total: 3, legal: 1 });
    expect(a.byKind.find((k) => k.code === 'verbal-warning')).toMatchObject({ n: 1, cases: 1, legal: false });
    expect(a.byKind.find((k) => k.code === 'demotion')).toMatchObject({ n: 1, cases: 1, legal: true });
    expect(a.byKind.find((k) => k.code === 'area-letter')).toMatchObject({ n: 1, cases: 1 });
    expect(report.prior!.actions.total).toBe(1); // F's verbal warning
  });

  it('external legal and non-legal costs, repair and clean-up costs', () => {
    const c = report.current.costs;
    const kind = (code: string) => c.byKind.find((k) => k.code === code);
    expect(kind('external-legal')).toMatchObject({ entries: 1, cases: 1, pence: 150_000 }); // A's counsel
    expect(kind('external-non-legal')).toMatchObject({ entries: 1, cases: 1, pence: 30_000 }); // D's mediation service
    expect(kind('repair-cleanup')).toMatchObject({ entries: 2, cases: 1, pence: 17_000 }); // C: 12,050 + 4,950
    expect(c.totalPence).toBe(197_000);
    expect(report.prior!.costs.totalPence).toBe(20_000); // F's solicitor
  });

  it('hotspots by estate and postcode district', () => {
    const h = report.current.hotspots;
    // Elm Estate: A, H, B; Oak Estate: C; Harbour Estate: E; D has no estate.
    expect(h.estates).toEqual([
      { code: 'Elm Estate', label: 'Elm Estate', n: 3 },
      { code: 'Harbour Estate', label: 'Harbour Estate', n: 1 },
      { code: 'Oak Estate', label: 'Oak Estate', n: 1 },
    ]);
    expect(h.noEstate).toBe(1);
    // N1: A (N1 1AA), H (n1 9zz), B (N1 2BB); IP4: D, E; N7: C.
    expect(h.districts.map((d) => [d.code, d.n])).toEqual([
      ['N1', 3],
      ['IP4', 2],
      ['N7', 1],
    ]);
  });

  it('method of reporting', () => {
    const m = report.current.methods;
    // Phone: A, D; e-mail: B; website: C; in person: E; letter: H.
    expect([n(m, 'phone'), n(m, 'email'), n(m, 'website'), n(m, 'in-person'), n(m, 'letter'), n(m, 'hotline')]).toEqual([2, 1, 1, 1, 1, 0]);
  });

  it('equality data: aggregate only, counts under 5 shown as fewer than 5, with secondary suppression', () => {
    const e = report.equality;
    // Q1 cases' complainants: A 2, B 1, C 1, D 2, E 1, H 1 = 8; victims: A's 1; alleged perpetrators: A, B, C = 3.
    expect(e.roles.map((r) => [r.code, r.people])).toEqual([
      ['complainant', 8],
      ['victim', 1],
      ['alleged-perpetrator', 3],
    ]);
    const cell = (field: string, answer: string, col: number) => e.fields.find((f) => f.field === field)!.answers.find((a) => a.answer === answer)!.cells[col];
    const hidden = { count: null, suppressed: true };
    // Complainants' ethnicity: White 5 (Ann, Alf, Bea, Dee, Pat of H), Asian 2 (Cal, Dan), Black 1 (Pat of E).
    // Two counts are hidden already, so nothing more needs hiding; F's Mixed answer is from Q4: 0 here.
    // Every answer is listed, given or not (a row that appeared only when given would disclose it).
    expect(e.fields.find((f) => f.field === 'ethnicity')!.answers.map((a) => a.answer)).toEqual([
      'Asian or Asian British',
      'Black, Black British, Caribbean or African',
      'Mixed or multiple ethnic groups',
      'White',
      'Other ethnic group',
      'Another answer',
      'Prefer not to say',
      'Not recorded',
    ]);
    expect(cell('ethnicity', 'Mixed or multiple ethnic groups', 0)).toEqual({ count: 0, suppressed: false });
    expect(cell('ethnicity', 'White', 0)).toEqual({ count: 5, suppressed: false });
    expect(cell('ethnicity', 'Asian or Asian British', 0)).toEqual(hidden);
    expect(cell('ethnicity', 'Black, Black British, Caribbean or African', 0)).toEqual(hidden);
    expect(cell('ethnicity', 'Not recorded', 0)).toEqual({ count: 0, suppressed: false });
    // Complainants' sex: Female 7, Male 1. Male is hidden; alone it could be worked out from the 8, so Female is hidden too.
    expect(cell('sex', 'Male', 0)).toEqual(hidden);
    expect(cell('sex', 'Female', 0)).toEqual(hidden);
    // The one victim is White: hidden, and with no other non-zero count a zero is hidden with it (the first listed).
    expect(cell('ethnicity', 'White', 1)).toEqual(hidden);
    expect(cell('ethnicity', 'Asian or Asian British', 1)).toEqual(hidden);
    expect(cell('ethnicity', 'Black, Black British, Caribbean or African', 1)).toEqual({ count: 0, suppressed: false });
    // Perpetrators: nothing recorded for the 3.
    expect(cell('ethnicity', 'Not recorded', 2)).toEqual(hidden);
    // "Prefer not to say" is an answer of its own (E's complainant).
    expect(cell('sexualOrientation', 'Prefer not to say', 0)).toEqual(hidden);
    // No number under 5 leaves main for these rows: every shown count is 0 or 5 and over.
    for (const f of e.fields) for (const a of f.answers) for (const c of a.cells) if (!c.suppressed) expect(c.count === 0 || c.count! >= 5).toBe(true);
  });
});

describe('who sees which figures', () => {
  it('a manager of one partner gets that partner’s figures only, and is refused another’s', async () => {
    await signInAs(fx.app, C33_MANAGER);
    try {
      const mine = await fx.app.must('report:get', { filters: { ...Q1 } });
      expect(mine.partners).toEqual([{ code: 'C33', name: 'Circle 33 Housing Trust' }]);
      expect(mine.current.cases.total).toBe(4); // A, B, C, H
      expect(mine.current.nm01.total).toMatchObject({ homes: 2000, asb: 3 });
      expect(await fx.app.call('report:get', { filters: { ...Q1, partners: ['EPIC'] } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const drill = await fx.app.must('report:drilldown', { filters: { ...Q1 }, key: 'cases:total' });
      expect(drill.cases.map((c) => c.ref).sort()).toEqual([fx.refs.A, fx.refs.B, fx.refs.C, fx.refs.H].sort());
    } finally {
      await signInAs(fx.app, { username: 'ada', passphrase: 'correct horse battery staple' });
    }
  });

  it('an officer cannot read reports or drill down', async () => {
    await signInAs(fx.app, OFFICER);
    try {
      expect(await fx.app.call('report:get', { filters: { ...Q1 } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await fx.app.call('report:drilldown', { filters: { ...Q1 }, key: 'cases:total' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await fx.app.call('report:pdf', { filters: { ...Q1 } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      await signInAs(fx.app, { username: 'ada', passphrase: 'correct horse battery staple' });
    }
  });
});

describe('drilling into a figure', () => {
  const drill = async (key: string) => (await fx.app.must('report:drilldown', { filters: { ...Q1 }, key })).cases.map((c) => c.ref).sort();

  it('lists the cases behind a figure, the same ones the figure counted', async () => {
    expect(await drill('response:acknowledge:breached')).toEqual([fx.refs.C, fx.refs.H].sort());
    expect(await drill('nm01:linked:C33')).toEqual([fx.refs.B]);
    expect(await drill('nm01:asb:all')).toEqual([fx.refs.A, fx.refs.C, fx.refs.D, fx.refs.H].sort());
    expect(await drill('resolution:on-time')).toEqual([fx.refs.D]);
    expect(await drill('cases:open-at-end')).toEqual([fx.refs.A, fx.refs.B, fx.refs.C, fx.refs.E, fx.refs.H].sort());
    expect(await drill('costs:kind:repair-cleanup')).toEqual([fx.refs.C]);
  });

  it('refuses equality figures: there are no cases behind them to list', async () => {
    expect(await fx.app.call('report:drilldown', { filters: { ...Q1 }, key: 'equality:ethnicity:White' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
