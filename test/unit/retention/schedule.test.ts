import { describe, expect, it } from 'vitest';
import { type RetentionFacts, retentionDue } from '../../../shared/retention/due';
import { RETENTION_SCHEDULES, type RetentionSchedule, scheduleFor, scheduleWarnings } from '../../../shared/retention/schedule';

const group = RETENTION_SCHEDULES[0]!;
const closed = (o: Partial<RetentionFacts> = {}): RetentionFacts => ({ closedOn: '2026-06-10', screenedOut: false, legalActionLive: false, legalActionEndedOn: null, youngestChildBornOn: null, ...o });

describe('the retention schedule', () => {
  it('keeps a closed case six years after closure', () => {
    expect(retentionDue(group, closed())).toMatchObject({ state: 'dated', dueOn: '2032-06-10', triggerOn: '2026-06-10', rule: { id: 'closed-case' } });
  });

  it('takes the latest of the rules that apply: legal action ended later, a child’s 25th birthday later still', () => {
    expect(retentionDue(group, closed({ legalActionEndedOn: '2028-07-01' }))).toMatchObject({ dueOn: '2034-07-01', rule: { id: 'after-legal-action' } });
    expect(retentionDue(group, closed({ legalActionEndedOn: '2028-07-01', youngestChildBornOn: '2012-02-29' }))).toMatchObject({ dueOn: '2037-02-28', triggerOn: '2037-02-28', rule: { id: 'child-involved' } });
  });

  it('gives no date while an order is live or the case is open', () => {
    expect(retentionDue(group, closed({ legalActionLive: true })).state).toBe('held-by-order');
    expect(retentionDue(group, closed({ closedOn: null })).state).toBe('open');
  });

  it('keeps a screened-out report two years, not six', () => {
    expect(retentionDue(group, closed({ screenedOut: true }))).toMatchObject({ dueOn: '2028-06-10', rule: { id: 'screened-out' } });
  });

  it('uses a partner’s own schedule (its latest version) where it has one, else the group’s', () => {
    const own: RetentionSchedule = { ...group, id: 'c33-retention', version: 2, partner: 'C33', rules: group.rules.map((r) => (r.id === 'closed-case' ? { ...r, keepMonths: 96 } : r)) };
    const older: RetentionSchedule = { ...own, version: 1 };
    expect(scheduleFor('C33', [group, older, own])).toBe(own);
    expect(scheduleFor('EPIC', [group, older, own])).toBe(group);
    expect(retentionDue(own, closed())).toMatchObject({ dueOn: '2034-06-10', why: expect.stringContaining('c33-retention v2') });
  });

  it('warns of a rule that would dispose of a case before the monitoring period ends', () => {
    expect(scheduleWarnings(group)).toEqual([]);
    const short: RetentionSchedule = { ...group, rules: group.rules.map((r) => (r.id === 'screened-out' ? { ...r, keepMonths: 12 } : r)) };
    expect(scheduleWarnings(short)).toEqual([expect.stringMatching(/^Rule “screened-out” keeps reports screened out at intake 1 year after the case closed, which is before the monitoring period \(2 years after closure\) ends/)]);
  });
});
