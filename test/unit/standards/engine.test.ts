import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILES } from '../../../shared/standards/default-profiles';
import { computeDueItems, nextDue, type CaseFacts, type DueItem } from '../../../shared/standards/engine';
import { byRule, caseReceivedAt } from './case-facts';

const [GROUP, COUNCIL] = DEFAULT_PROFILES as [(typeof DEFAULT_PROFILES)[number], (typeof DEFAULT_PROFILES)[number]];

/** Received 2026-11-20T16:30:00Z (a Friday) unless a test says otherwise. */
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => caseReceivedAt('2026-11-20T16:30:00Z', over);
const NOW = new Date('2026-11-21T09:00:00Z');
const one = (items: DueItem[], id: string) => {
  const found = byRule(items, id);
  expect(found, id).toHaveLength(1);
  return found[0]!;
};

describe('group-minimum profile: when each rule falls due', () => {
  it.each([
    // [rule, case facts, expected due (UTC)]
    ['acknowledge', {}, '2026-11-21T16:30:00.000Z'], // 24 hours, exact
    ['officer-contact', {}, '2026-11-27T23:59:00.000Z'], // 5 working days
    ['interview', {}, '2026-12-04T23:59:00.000Z'], // 10 working days
    ['action-plan', {}, '2026-12-10T23:59:00.000Z'], // 14 working days
    ['officer-contact', { flags: ['violence-or-threat'] }, '2026-11-23T23:59:00.000Z'], // violence: 1 working day
    ['interview', { flags: ['violence-or-threat'] }, '2026-11-25T23:59:00.000Z'], // violence: 3
    ['action-plan', { flags: ['violence-or-threat'] }, '2026-11-27T23:59:00.000Z'], // violence: 5
    ['officer-contact', { riskLevel: 'high' }, '2026-11-23T23:59:00.000Z'], // high risk: same as violence
    ['case-review', {}, '2027-02-20T23:59:00.000Z'], // 3 calendar months
    ['officer-contact', { receivedAt: '2026-12-23T10:00:00Z' }, '2027-01-04T23:59:00.000Z'], // Christmas and New Year
    ['interview', { receivedAt: '2026-12-23T10:00:00Z' }, '2027-01-11T23:59:00.000Z'],
    ['officer-contact', { receivedAt: '2026-03-27T10:00:00Z' }, '2026-04-07T22:59:00.000Z'], // clock change + Easter 2026, BST
    ['officer-contact', { receivedAt: '2027-03-25T10:00:00Z', flags: ['violence-or-threat'] }, '2027-03-30T22:59:00.000Z'], // Easter 2027
    ['case-review', { receivedAt: '2027-11-30T10:00:00Z' }, '2028-02-29T23:59:00.000Z'], // to 29 February 2028
    ['acknowledge', { receivedAt: '2026-03-28T12:00:00Z' }, '2026-03-29T12:00:00.000Z'], // 24 real hours over the clock change
    ['acknowledge', { receivedAt: '2026-10-24T12:00:00Z' }, '2026-10-25T12:00:00.000Z'],
  ] as const)('%s with %j is due %s', (rule, over, due) => {
    expect(one(computeDueItems(facts(over as Partial<CaseFacts>), GROUP, NOW), rule).dueAt).toBe(due);
  });

  it('applies the 24-hour rules only where they belong', () => {
    const plain = computeDueItems(facts(), GROUP, NOW).map((i) => i.ruleId);
    expect(plain).not.toContain('urgent-response');
    expect(plain).not.toContain('graffiti-removal');
    expect(plain).not.toContain('emergency-repair');
    const hate = computeDueItems(facts({ category: 'hate-incident', flags: ['discriminatory-graffiti', 'emergency-repair'] }), GROUP, NOW);
    for (const id of ['urgent-response', 'graffiti-removal', 'emergency-repair']) {
      expect(one(hate, id)).toMatchObject({ dueAt: '2026-11-21T16:30:00.000Z', urgent: true });
    }
    expect(byRule(computeDueItems(facts({ motivation: ['race'] }), GROUP, NOW), 'urgent-response')).toHaveLength(1); // racial harassment
    expect(byRule(computeDueItems(facts({ category: 'domestic-abuse' }), GROUP, NOW), 'urgent-response')).toHaveLength(1);
  });

  it('the Friday rule: fear of violence on the last working day before a closure is due the same day (P4.5)', () => {
    const friday = computeDueItems(facts({ flags: ['fear-of-violence'] }), GROUP, NOW);
    expect(one(friday, 'weekend-referral').dueAt).toBe('2026-11-20T23:59:00.000Z');
    const thursdayBeforeGoodFriday = computeDueItems(facts({ receivedAt: '2027-03-25T11:00:00Z', flags: ['fear-of-violence'] }), GROUP, new Date('2027-03-25T12:00:00Z'));
    expect(one(thursdayBeforeGoodFriday, 'weekend-referral').dueAt).toBe('2027-03-25T23:59:00.000Z');
    expect(byRule(computeDueItems(facts({ receivedAt: '2026-11-18T10:00:00Z', flags: ['fear-of-violence'] }), GROUP, NOW), 'weekend-referral')).toHaveLength(0); // a Wednesday
    expect(byRule(computeDueItems(facts(), GROUP, NOW), 'weekend-referral')).toHaveLength(0); // no fear of violence
  });

  it('a fact meets its rule on time, late, or the rule is breached', () => {
    const on = computeDueItems(facts({ facts: [{ kind: 'acknowledged', at: '2026-11-21T10:00:00Z' }] }), GROUP, NOW);
    expect(one(on, 'acknowledge')).toMatchObject({ state: 'met-on-time', metAt: '2026-11-21T10:00:00.000Z' });
    const later = new Date('2026-11-23T09:00:00Z');
    expect(one(computeDueItems(facts(), GROUP, later), 'acknowledge').state).toBe('breached');
    const late = computeDueItems(facts({ facts: [{ kind: 'acknowledged', at: '2026-11-22T10:00:00Z' }] }), GROUP, later);
    expect(one(late, 'acknowledge').state).toBe('met-late');
    expect(one(computeDueItems(facts(), GROUP, NOW), 'officer-contact').state).toBe('pending');
  });

  it('counts 23:59 itself as on time for a working-day rule', () => {
    const items = computeDueItems(facts({ facts: [{ kind: 'complainant-contact', at: '2026-11-27T23:59:30Z' }] }), GROUP, new Date('2026-12-01T00:00:00Z'));
    expect(one(items, 'officer-contact').state).toBe('met-on-time');
  });

  it('repeats contact every 15 calendar days from the last contact, or the plan’s own interval', () => {
    const contacts = [
      { kind: 'complainant-contact' as const, at: '2026-10-01T10:00:00Z' },
      { kind: 'complainant-contact' as const, at: '2026-10-14T10:00:00Z' }, // 13 days: on time
      { kind: 'complainant-contact' as const, at: '2026-11-05T10:00:00Z' }, // 22 days: late
    ];
    const items = byRule(computeDueItems(facts({ receivedAt: '2026-09-30T10:00:00Z', facts: contacts }), GROUP, NOW), 'regular-contact');
    expect(items.map((i) => [i.occurrence, i.dueAt, i.state])).toEqual([
      [1, '2026-10-16T22:59:00.000Z', 'met-on-time'],
      [2, '2026-10-29T23:59:00.000Z', 'met-late'], // 29 October is after the clocks went back: 23:59 GMT
      [3, '2026-11-20T23:59:00.000Z', 'breached'],
    ]);
    const weekly = byRule(computeDueItems(facts({ receivedAt: '2026-09-30T10:00:00Z', facts: contacts.slice(0, 1), planContactIntervalDays: 7 }), GROUP, new Date('2026-10-02T00:00:00Z')), 'regular-contact');
    expect(weekly[0]!.dueAt).toBe('2026-10-08T22:59:00.000Z');
  });

  it('starts the initial plan review from the plan, monthly reviews from the last review, and the updated plan from a review that changed it', () => {
    const f = [
      { kind: 'plan-agreed' as const, at: '2026-10-01T10:00:00Z' },
      { kind: 'plan-review' as const, at: '2026-10-15T10:00:00Z', changedPlan: true },
      { kind: 'plan-issued' as const, at: '2026-10-16T10:00:00Z' },
    ];
    const items = computeDueItems(facts({ receivedAt: '2026-09-28T10:00:00Z', facts: f }), GROUP, NOW);
    expect(one(items, 'plan-initial-review')).toMatchObject({ dueAt: '2026-10-22T22:59:00.000Z', state: 'met-on-time' });
    expect(one(items, 'issue-updated-plan')).toMatchObject({ dueAt: '2026-10-20T22:59:00.000Z', state: 'met-on-time' });
    expect(byRule(items, 'plan-review')[0]).toMatchObject({ dueAt: '2026-11-14T23:59:00.000Z', state: 'breached' });
  });

  it('a manager’s waiver shows as waived, with the reason', () => {
    const items = computeDueItems(facts({ waivers: [{ ruleId: 'interview', occurrence: 1, reason: 'Complainant in hospital', by: 'nia', at: '2026-11-21T08:00:00Z' }] }), GROUP, new Date('2027-01-01T00:00:00Z'));
    expect(one(items, 'interview')).toMatchObject({ state: 'waived', waiver: { reason: 'Complainant in hospital' } });
  });

  it('recomputes when facts change: a backdated report and a new violence flag move the dates', () => {
    const before = one(computeDueItems(facts(), GROUP, NOW), 'officer-contact').dueAt;
    const violent = one(computeDueItems(facts({ flags: ['violence-or-threat'] }), GROUP, NOW), 'officer-contact').dueAt;
    const backdated = one(computeDueItems(facts({ receivedAt: '2026-11-16T09:00:00Z' }), GROUP, NOW), 'officer-contact').dueAt;
    expect([before, violent, backdated]).toEqual(['2026-11-27T23:59:00.000Z', '2026-11-23T23:59:00.000Z', '2026-11-23T23:59:00.000Z']);
  });

  it('after closure: the survey falls due, nothing new opens, and what was breached stays breached', () => {
    const items = computeDueItems(facts({ receivedAt: '2026-10-01T10:00:00Z', closedAt: '2026-11-10T10:00:00Z' }), GROUP, NOW);
    expect(one(items, 'feedback-survey').dueAt).toBe('2026-11-24T23:59:00.000Z');
    expect(one(items, 'officer-contact').state).toBe('breached');
    expect(byRule(items, 'case-review')).toHaveLength(0); // due 1 January 2027, after closure
  });

  it('every item names its rule, profile and version', () => {
    for (const i of computeDueItems(facts(), GROUP, NOW)) expect(i).toMatchObject({ profileId: 'group-minimum', profileVersion: 1, source: expect.any(String) });
  });

  it('nextDue prefers a breach, then the earliest pending item', () => {
    const items = computeDueItems(facts(), GROUP, new Date('2026-11-22T00:00:00Z'));
    expect(nextDue(items)?.ruleId).toBe('acknowledge');
  });
});

describe('council profile', () => {
  it('acknowledges within one working day and agrees the plan within three', () => {
    const items = computeDueItems(facts({ receivedAt: '2026-12-24T10:00:00Z' }), COUNCIL, NOW);
    expect(one(items, 'acknowledge').dueAt).toBe('2026-12-29T23:59:00.000Z');
    expect(one(items, 'action-plan').dueAt).toBe('2026-12-31T23:59:00.000Z'); // 29, 30, 31 December
    expect(one(items, 'officer-contact').dueAt).toBe(one(computeDueItems(facts({ receivedAt: '2026-12-24T10:00:00Z' }), GROUP, NOW), 'officer-contact').dueAt);
  });
});
