import { describe, expect, it } from 'vitest';
import { buildEquality, buildMeasures, type CaseFact, casesBehind, Counter, type ReportFacts, resolvedOnTime, responseState, tally } from '../../../shared/reports/measures';
import { trendBuckets } from '../../../shared/reports/period';
import { keys } from '../../../shared/reports/keys';

const Q1 = { from: '2026-04-01', to: '2026-06-30' };
const kase = (id: number, o: Partial<CaseFact> = {}): CaseFact => ({ id, partner: 'C33', category: 'asb', hate: false, method: 'phone', estate: '', postcode: '', receivedAt: '2026-04-10T10:00:00.000Z', linkedToOpen: false, ...o });

function facts(o: Partial<ReportFacts> = {}): ReportFacts {
  return {
    now: '2026-07-15T09:00:00.000Z',
    category: 'all',
    partners: [{ code: 'C33', name: 'Circle 33', homes: 1000, homesSource: 'partner record' }],
    buckets: trendBuckets(Q1),
    rules: { acknowledge: { label: 'Acknowledge', source: 'P4.6' }, interview: { label: 'Interview the complainant', source: 'P4.9' } },
    cases: [],
    openAtEnd: [],
    incidents: [],
    due: [],
    referrals: [],
    closed: [],
    surveysOffered: [],
    surveysCompleted: [],
    actions: [],
    costs: [],
    ...o,
  };
}

describe('NM01 on hand-made facts', () => {
  it('counts ASB, harassment and hate cases, not domestic abuse, and not further reports on an open case', () => {
    const f = facts({
      cases: [
        kase(1), // asb: counted
        kase(2, { category: 'harassment' }), // counted: the all-ASB total includes harassment
        kase(3, { category: 'hate-incident', hate: true }), // counted, and a hate case
        kase(4, { category: 'domestic-abuse', hate: true }), // its own policy: not NM01
        kase(5, { linkedToOpen: true }), // a further report on an open case
        kase(6, { category: 'harassment', hate: true, linkedToOpen: true }), // further report: not a new hate case either
      ],
    });
    const m = buildMeasures(f);
    // 3 new cases (1, 2, 3) over 1,000 homes; 1 hate case (3); 2 further reports (5, 6).
    expect(m.nm01.total).toMatchObject({ homes: 1000, asb: 3, hate: 1, linkedNotCounted: 2, asbPer1000: 3, hatePer1000: 1 });
    // Every case record still counts as a case received.
    expect(m.cases.total).toBe(6);
    expect(casesBehind(f, keys.nm01('asb', 'C33'))).toEqual([1, 2, 3]);
    expect(casesBehind(f, keys.nm01('linked', 'all'))).toEqual([5, 6]);
  });

  it('gives no rate without a homes figure, and leaves such partners out of the total rate', () => {
    const f = facts({
      partners: [
        { code: 'C33', name: 'Circle 33', homes: 500, homesSource: 'partner record' },
        { code: 'WH', name: 'Wherry', homes: 0, homesSource: 'partner record' },
      ],
      cases: [kase(1), kase(2, { partner: 'WH' }), kase(3, { partner: 'WH' })],
    });
    const m = buildMeasures(f);
    expect(m.nm01.partners.find((p) => p.code === 'WH')).toMatchObject({ asb: 2, asbPer1000: null });
    // 1 case over 500 homes: WH's 2 are in the count but not in the rate.
    expect(m.nm01.total).toMatchObject({ asb: 3, homes: 500, asbPer1000: 2, partnersWithoutHomes: ['WH'] });
  });

  it('ignores the category filter, which the other measures follow', () => {
    const m = buildMeasures(facts({ category: 'hate-incident', cases: [kase(1), kase(2, { category: 'hate-incident', hate: true })] }));
    expect(m.cases.total).toBe(1);
    expect(m.cases.byCategory.map((c) => c.code)).toEqual(['hate-incident']);
    expect(m.nm01.total.asb).toBe(2);
  });
});

describe('response against target', () => {
  it('reads a pending item past its due time as breached, and one due later as not yet due', () => {
    expect(responseState('pending', true)).toBe('breached');
    expect(responseState('pending', false)).toBe('not-yet-due');
    expect(responseState('met-late', true)).toBe('met-late');
    expect(responseState('waived', true)).toBe('waived');
  });

  it('gives the same figures from deadlines counted by kind as from one row per deadline', () => {
    const row = (caseId: number, state: string, past = true) => ({ caseId, ruleId: 'acknowledge', urgent: true, state, past, n: 1 });
    const rows = [row(1, 'met-on-time'), row(2, 'met-on-time'), row(3, 'pending'), row(4, 'pending', false), row(5, 'waived')];
    const counted = [
      { caseId: 0, ruleId: 'acknowledge', urgent: true, state: 'met-on-time', past: true, n: 2 },
      { caseId: 0, ruleId: 'acknowledge', urgent: true, state: 'pending', past: true, n: 1 },
      { caseId: 0, ruleId: 'acknowledge', urgent: true, state: 'pending', past: false, n: 1 },
      { caseId: 0, ruleId: 'acknowledge', urgent: true, state: 'waived', past: true, n: 1 },
    ];
    expect(buildMeasures(facts({ due: counted })).response).toEqual(buildMeasures(facts({ due: rows })).response);
    expect(casesBehind(facts({ due: rows }), keys.response('acknowledge', 'breached'))).toEqual([3]);
  });

  it('works out on time as met on time over met, late and breached; waived and not-yet-due are left out', () => {
    const d = (caseId: number, state: string, urgent = false, ruleId = 'acknowledge') => ({ caseId, ruleId, urgent, state, past: true, n: 1 });
    const m = buildMeasures(facts({ due: [d(1, 'met-on-time', true), d(2, 'met-on-time', true), d(3, 'met-late', true), d(4, 'pending', true), d(5, 'waived', true), d(6, 'met-on-time', false, 'interview')] }));
    expect(m.response.rules[0]).toMatchObject({ ruleId: 'acknowledge', label: 'Acknowledge', source: 'P4.6', due: 5, metOnTime: 2, metLate: 1, breached: 1, waived: 1 });
    expect(m.response.urgentOnTimeRate).toBe(0.5); // 2 / (2 + 1 + 1)
    expect(m.response.onTimeRate).toBe(0.6); // 3 / (3 + 1 + 1)
  });
});

describe('resolution on time', () => {
  it('is within three calendar months of the report, by London date', () => {
    expect(resolvedOnTime('2026-01-31T10:00:00.000Z', '2026-04-30T22:00:00.000Z')).toBe(true); // 30 April, target 30 April
    expect(resolvedOnTime('2026-01-31T10:00:00.000Z', '2026-04-30T23:30:00.000Z')).toBe(false); // 1 May in London (BST)
    expect(resolvedOnTime('2025-11-30T10:00:00.000Z', '2026-02-28T12:00:00.000Z')).toBe(true); // clamped to 28 Feb
  });
});

describe('a figure and its drill-down agree', () => {
  it('lists exactly as many distinct cases as each figure counts', () => {
    const f = facts({
      cases: [kase(1, { estate: 'Elm Estate', postcode: 'N1 1AA' }), kase(2, { category: 'hate-incident', hate: true, method: 'email', postcode: 'IP4 1AB' }), kase(3, { linkedToOpen: true })],
      incidents: [
        { caseId: 1, acts: ['nuisance', 'verbal-abuse'] },
        { caseId: 1, acts: ['nuisance'] },
        { caseId: 2, acts: ['graffiti'] },
      ],
      referrals: [{ caseId: 2, agency: 'police', supportOffered: true, withoutConsent: false }],
      costs: [
        { caseId: 1, kind: 'repair-cleanup', pence: 100 },
        { caseId: 1, kind: 'repair-cleanup', pence: 250 },
      ],
      openAtEnd: [{ caseId: 1 }, { caseId: 2 }],
    });
    const counter = new Counter(true);
    tally(f, counter.visit);
    const seen = new Set<string>();
    tally(f, (k) => seen.add(k));
    for (const key of seen) expect(casesBehind(f, key).length, key).toBe(counter.cases(key));
    expect(counter.n(keys.incidentAct('nuisance'))).toBe(2);
    expect(counter.sum(keys.costKind('repair-cleanup'))).toBe(350);
    expect(casesBehind(f, keys.district('N1'))).toEqual([1]);
  });
});

describe('equality counts', () => {
  it('counts each role’s answers with "Not recorded" for none, in the census order, suppressed by column', () => {
    const person = (role: string, ethnicity: string | null) => ({ role, answers: { ethnicity } });
    const v = buildEquality([...Array.from({ length: 6 }, () => person('complainant', 'White')), person('complainant', 'Asian or Asian British'), person('complainant', null), person('alleged-perpetrator', 'Martian')]);
    const eth = v.fields.find((f) => f.field === 'ethnicity')!;
    // Every answer is listed, given or not; "Martian" is outside the census groups.
    expect(eth.answers.map((a) => a.answer)).toEqual(['Asian or Asian British', 'Black, Black British, Caribbean or African', 'Mixed or multiple ethnic groups', 'White', 'Other ethnic group', 'Another answer', 'Prefer not to say', 'Not recorded']);
    // Complainants: White 6, Asian 1 (hidden), not recorded 1 (hidden): two hidden, so 6 stays.
    const complainants = eth.answers.map((a) => (a.cells[0]!.suppressed ? 'hidden' : a.cells[0]!.count));
    expect(complainants).toEqual(['hidden', 0, 0, 6, 0, 0, 0, 'hidden']);
    // The one alleged perpetrator's answer counts as another answer: hidden, with the first zero listed.
    expect(eth.answers.map((a) => (a.cells[2]!.suppressed ? 'hidden' : a.cells[2]!.count))).toEqual(['hidden', 0, 0, 0, 0, 'hidden', 0, 0]);
    expect(v.roles.map((r) => r.people)).toEqual([8, 0, 1]);
  });
});
