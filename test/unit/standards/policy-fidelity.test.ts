import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILES, SECOND_PROFILES } from '../../../shared/standards/default-profiles';
import { computeDueItems, type CaseFacts } from '../../../shared/standards/engine';
import { byRule, caseReceivedAt } from './case-facts';

/** Issue 18 items 3, 12 and 13: the second version of the default profiles follows the policy's own words. */
const [GROUP_V1] = DEFAULT_PROFILES as [(typeof DEFAULT_PROFILES)[number]];
const [GROUP, COUNCIL] = SECOND_PROFILES as [(typeof SECOND_PROFILES)[number], (typeof SECOND_PROFILES)[number]];

/** Received 2026-11-18T10:00:00Z (a Wednesday) unless a test says otherwise. */
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => caseReceivedAt('2026-11-18T10:00:00Z', over);
const NOW = new Date('2027-06-01T09:00:00Z');

describe('P4.10 / P6.2: the action plan within 14 calendar days (item 12)', () => {
  it('is due at 23:59 London time on the 14th calendar day, in a new version', () => {
    expect(GROUP.version).toBe(2);
    const [plan] = byRule(computeDueItems(facts(), GROUP, NOW), 'action-plan');
    expect(plan!.dueAt).toBe('2026-12-02T23:59:00.000Z'); // Wednesday 18/11 + 14 days
    expect(plan!.profileVersion).toBe(2);
    // In summer, 23:59 London time is 22:59 UTC.
    expect(byRule(computeDueItems(facts({ receivedAt: '2027-06-03T08:00:00Z' }), GROUP, NOW), 'action-plan')[0]!.dueAt).toBe('2027-06-17T22:59:00.000Z');
  });

  it('keeps the violence variant faster, and version 1 as it was (cases keep theirs)', () => {
    expect(byRule(computeDueItems(facts({ flags: ['violence-or-threat'] }), GROUP, NOW), 'action-plan')[0]!.dueAt).toBe('2026-11-25T23:59:00.000Z'); // 5 working days
    expect(byRule(computeDueItems(facts(), GROUP_V1, NOW), 'action-plan')[0]!.dueAt).toBe('2026-12-08T23:59:00.000Z'); // 14 working days
  });

  it('says why in the profile’s words; the council keeps its three working days', () => {
    expect(GROUP.rules.find((r) => r.id === 'action-plan')!.why).toMatch(/14 calendar days/);
    expect(COUNCIL.rules.find((r) => r.id === 'action-plan')!.due).toEqual({ amount: 3, unit: 'working-days' });
  });
});

describe('P4.5: the weekend referral at the edges (item 13)', () => {
  const referral = (receivedAt: string, profile = GROUP) => byRule(computeDueItems(facts({ receivedAt, flags: ['fear-of-violence'] }), profile, NOW), 'weekend-referral');

  it.each([
    ['Good Friday 2027, 10:00', '2027-03-26T10:00:00Z', '2027-03-26T23:59:00.000Z'],
    ['Saturday, 11:00', '2026-11-21T11:00:00Z', '2026-11-21T23:59:00.000Z'],
    ['Saturday, 22:00: four hours later, past midnight', '2026-11-21T22:00:00Z', '2026-11-22T02:00:00.000Z'],
    ['Easter Monday 2027 (a bank holiday)', '2027-03-29T09:00:00Z', '2027-03-29T22:59:00.000Z'],
    ['Friday 15:00: the end of the day', '2026-11-20T15:00:00Z', '2026-11-20T23:59:00.000Z'],
    ['Friday 23:30: four hours after, not 29 minutes', '2026-11-20T23:30:00Z', '2026-11-21T03:30:00.000Z'],
    ['Friday 23:59: four hours after, not the same minute', '2026-11-20T23:59:00Z', '2026-11-21T03:59:00.000Z'],
  ])('a report on %s is referred by the later of the day’s end and 4 hours', (_, at, due) => {
    const items = referral(at);
    expect(items).toHaveLength(1);
    expect(items[0]!.dueAt).toBe(due);
    expect(items[0]!.urgent).toBe(true);
  });

  it('still needs fear of violence, and a midweek report is not referred', () => {
    expect(byRule(computeDueItems(facts({ receivedAt: '2026-11-21T11:00:00Z' }), GROUP, NOW), 'weekend-referral')).toHaveLength(0);
    expect(referral('2026-11-18T10:00:00Z')).toHaveLength(0);
  });

  it('the council profile refers the same way; version 1 keeps its old reading', () => {
    expect(referral('2027-03-26T10:00:00Z', COUNCIL)).toHaveLength(1);
    expect(referral('2027-03-26T10:00:00Z', GROUP_V1)).toHaveLength(0);
  });
});

describe('P5.6: ABC reviews as due items (item 3)', () => {
  const abc = (extra: CaseFacts['facts']) => facts({ facts: [{ kind: 'abc-started', at: '2026-12-01T12:00:00.000Z' }, ...extra] });

  it('falls due 4 weeks after the ABC starts, then 4 weeks after each review', () => {
    const items = byRule(computeDueItems(abc([{ kind: 'abc-review', at: '2026-12-20T10:00:00.000Z' }]), GROUP, new Date('2027-01-10T09:00:00Z')), 'abc-review');
    expect(items.map((i) => [i.dueAt, i.state])).toEqual([
      ['2026-12-29T23:59:00.000Z', 'met-on-time'],
      ['2027-01-17T23:59:00.000Z', 'pending'],
    ]);
  });

  it('an overdue review is breached, so it reaches the dashboard and the reports', () => {
    const items = byRule(computeDueItems(abc([]), GROUP, new Date('2027-01-05T09:00:00Z')), 'abc-review');
    expect(items).toHaveLength(1);
    expect(items[0]!.state).toBe('breached');
  });

  it('stops when the ABC ends: no review falls due after it', () => {
    const ended = abc([
      { kind: 'abc-review', at: '2026-12-28T10:00:00.000Z' },
      { kind: 'abc-ended', at: '2027-01-10T12:00:00.000Z' },
    ]);
    const items = byRule(computeDueItems(ended, GROUP, new Date('2027-05-01T09:00:00Z')), 'abc-review');
    expect(items.map((i) => i.state)).toEqual(['met-on-time']);
  });

  it('nothing is due on a case without an ABC, nor under version 1', () => {
    expect(byRule(computeDueItems(facts(), GROUP, NOW), 'abc-review')).toHaveLength(0);
    expect(byRule(computeDueItems(abc([]), GROUP_V1, NOW), 'abc-review')).toHaveLength(0);
  });
});

describe('P3.1–3.2: the urgent response names perceived harassment (item 1)', () => {
  it('is labelled for perceived harassment in version 2, and version 1 keeps its words', () => {
    expect(GROUP.rules.find((r) => r.id === 'urgent-response')!.label).toBe('Respond to a hate incident, racial harassment or domestic violence, or harassment someone perceives as such');
    expect(GROUP_V1.rules.find((r) => r.id === 'urgent-response')!.label).toBe('Respond to a hate incident, racial harassment or domestic violence');
  });
});
