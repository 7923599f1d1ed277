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
