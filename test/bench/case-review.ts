import { checkThreshold, type Complaint } from '../../shared/case-review/threshold-check';
import { STATUTORY_THRESHOLD } from '../../shared/case-review/thresholds';
import { caseReviewReturns, type CaseReviewFact } from '../../shared/reports/case-review-returns';
import { median, ms, timeIt } from './stats';

/**
 * Issue 20's speed figures: the threshold check of an application whose linked cases hold 500 incidents
 * (target under 50 ms), and the returns tallied over a year's applications for 50,000 cases (the
 * report's own SQL is timed, with every other measure, by the reports section).
 */
const DAY = 86_400_000;

function history(n: number): Complaint[] {
  const start = Date.parse('2025-06-01T12:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const occurred = start + i * (DAY / 2) + (i % 7) * 3_600_000;
    return {
      key: `incident:${i + 1}`,
      caseId: 1 + (i % 3),
      caseRef: `C33-2026-000${1 + (i % 3)}`,
      occurredAt: new Date(occurred).toISOString(),
      reportedAt: new Date(occurred + (i % 40) * DAY).toISOString(),
      recordedAt: new Date(occurred + (i % 40) * DAY).toISOString(),
      // Every tenth repeats the one before on another linked case (same minute, same person).
      reporter: i % 10 === 9 ? 'Amira Haddad' : i % 2 ? 'Amira Haddad' : 'Ben Jones',
      hate: i % 50 === 0,
      description: `Incident ${i + 1}`,
    };
  });
}

export function runCaseReviewBench(): [string, string, string][] {
  const complaints = history(500);
  const corrections = complaints.slice(0, 20).map((c) => ({ key: c.key, counts: true, reason: 'Reported to the police in time.' }));
  const runs = Array.from({ length: 30 }, () => timeIt(() => checkThreshold({ receivedOn: '2026-06-15', vulnerable: false, threshold: STATUTORY_THRESHOLD, complaints, corrections })));
  const facts: CaseReviewFact[] = Array.from({ length: 50_000 }, (_, i) => ({ caseId: i + 1, partner: ['C33', 'CAL', 'EPIC', 'INV', 'MV'][i % 5]!, received: i % 3 !== 0, notMet: i % 4 === 0, reviewed: i % 5 === 0, recommendations: i % 10 }));
  const partners = ['C33', 'CAL', 'EPIC', 'INV', 'MV'].map((code) => ({ code, name: code }));
  const returns = Array.from({ length: 10 }, () => timeIt(() => caseReviewReturns({ partners, caseReviews: facts })));
  return [
    ['Threshold check, 500 incidents on 3 linked cases (median of 30)', ms(median(runs)), 'target < 50 ms'],
    ['Returns tallied over 50,000 applications (median of 10)', ms(median(returns)), 'inside the report’s budget'],
  ];
}
