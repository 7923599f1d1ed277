import { describe, expect, it } from 'vitest';
import { retentionDue } from '../../../shared/retention/due';
import { RETENTION_SCHEDULES } from '../../../shared/retention/schedule';
import { periodWords, ruleWords } from '../../../shared/retention/words';

/** Retention periods as people say them (issue 21): years when whole, months only when not. */
describe('retention periods in words', () => {
  it('says whole years as years and anything else as months', () => {
    expect([12, 24, 72, 120].map(periodWords)).toEqual(['1 year', '2 years', '6 years', '10 years']);
    expect([1, 6, 18, 30].map(periodWords)).toEqual(['1 month', '6 months', '18 months', '30 months']);
  });

  it('says each default rule the way the schedule means it', () => {
    expect(RETENTION_SCHEDULES[0]!.rules.map(ruleWords)).toEqual([
      '6 years after the case closed',
      '2 years after the case closed',
      '6 years after the last legal action ended',
      "until the youngest party's 25th birthday",
    ]);
  });

  it('explains a due date in those words, never in months of years', () => {
    const due = retentionDue(RETENTION_SCHEDULES[0]!, { closedOn: '2026-06-10', screenedOut: false, legalActionLive: false, legalActionEndedOn: null, youngestChildBornOn: null });
    expect(due).toMatchObject({ state: 'dated', dueOn: '2032-06-10', why: '6 years after the case closed (rule “closed-case”, group-retention v1)' });
  });
});

describe('a rule’s trigger, as edited in a schedule version', () => {
  it('dates a rule from its own trigger: closed cases kept until two years after the youngest child’s 25th birthday', () => {
    const group = RETENTION_SCHEDULES[0]!;
    const edited = { ...group, rules: group.rules.map((r) => (r.id === 'child-involved' ? { ...r, keepMonths: 24 } : r)) };
    const facts = { closedOn: '2026-06-10', screenedOut: false, legalActionLive: false, legalActionEndedOn: null, youngestChildBornOn: '2012-01-05' };
    expect(retentionDue(group, facts)).toMatchObject({ dueOn: '2037-01-05', why: expect.stringContaining("until the youngest party's 25th birthday") });
    expect(retentionDue(edited, facts)).toMatchObject({ dueOn: '2039-01-05', why: expect.stringContaining("2 years after the youngest party's 25th birthday") });
    // A closed-case rule moved to run from the last legal action: a case with none falls to the other rules.
    const fromAction = { ...group, rules: group.rules.map((r) => (r.id === 'closed-case' ? { ...r, trigger: 'legal-action-ended' as const } : r)) };
    expect(retentionDue(fromAction, { ...facts, youngestChildBornOn: null, legalActionEndedOn: '2027-01-01' })).toMatchObject({ dueOn: '2033-01-01' });
    expect(retentionDue(fromAction, { ...facts, youngestChildBornOn: null })).toMatchObject({ state: 'open', why: 'No rule of the schedule applies.' });
  });
});
