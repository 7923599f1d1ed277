import { describe, expect, it } from 'vitest';
import { checkThreshold, type Complaint } from '../../../shared/case-review/threshold-check';
import { HATE_OR_VULNERABLE_THRESHOLD, STATUTORY_THRESHOLD, Threshold } from '../../../shared/case-review/thresholds';

/**
 * Hand-built histories. Each expected count is worked out in the comments from the rule: a complaint
 * counts when it was reported within one month of the behaviour (to the day before the same date next
 * month) and inside the six months ending with the application's day (from the day after the same date
 * six months before).
 */
let n = 0;
function complaint(occurredAt: string, reportedAt: string | null, extra: Partial<Complaint> = {}): Complaint {
  n += 1;
  return { key: `incident:${n}`, caseId: 1, caseRef: 'C33-2026-0001', occurredAt, reportedAt, recordedAt: reportedAt ?? occurredAt, reporter: 'Amira Haddad', hate: false, description: `Incident ${n}`, ...extra };
}
const check = (complaints: Complaint[], receivedOn = '2026-06-15', more: Partial<Parameters<typeof checkThreshold>[0]> = {}) =>
  checkThreshold({ receivedOn, vulnerable: false, threshold: STATUTORY_THRESHOLD, complaints, corrections: [], ...more });

describe('the ASB case review threshold counter', () => {
  it('counts complaints inside the six months ending with the application, and not those on either side of its edges', () => {
    // Application 15/06/2026: the window runs 16/12/2025 to 15/06/2026.
    const r = check([
      complaint('2025-12-15T10:00:00Z', '2025-12-15T11:00:00Z'), // reported 15/12/2025: the day before the window. No.
      complaint('2025-12-16T10:00:00Z', '2025-12-16T11:00:00Z'), // 16/12/2025: the first day. Yes.
      complaint('2026-03-01T10:00:00Z', '2026-03-02T09:00:00Z'), // inside. Yes.
      complaint('2026-06-15T08:00:00Z', '2026-06-15T09:00:00Z'), // the application's own day (BST 10:00). Yes.
      complaint('2026-06-16T08:00:00Z', '2026-06-16T09:00:00Z'), // after the application. No.
    ]);
    expect(r.windowFrom).toBe('2025-12-16');
    expect(r.windowTo).toBe('2026-06-15');
    expect(r.complaints.map((c) => c.counts)).toEqual([false, true, true, true, false]);
    expect(r.counted).toBe(3);
    expect(r.met).toBe(true);
    expect(r.basis).toContain('Met: 3 qualifying complaints between 16/12/2025 and 15/06/2026');
    expect(r.complaints[0]!.why).toContain('before the window began on 16/12/2025');
    expect(r.complaints[4]!.why).toContain('after the application');
  });

  it('counts a complaint made up to the day before the same date a month later, not on that date', () => {
    // Behaviour on 10/03/2026: the month runs to 09/04/2026.
    const r = check([
      complaint('2026-03-10T12:00:00Z', '2026-04-09T12:00:00Z'), // 09/04: yes.
      complaint('2026-03-11T12:00:00Z', '2026-04-11T12:00:00Z'), // 11/04, month ended 10/04: no.
      complaint('2026-01-31T12:00:00Z', '2026-02-27T12:00:00Z'), // 31/01 + 1 month = 28/02, so up to 27/02: yes.
      complaint('2026-01-31T13:00:00Z', '2026-02-28T12:00:00Z'), // 28/02: no.
    ]);
    expect(r.complaints.map((c) => [c.occurredOn, c.counts])).toEqual([
      ['2026-01-31', true],
      ['2026-01-31', false],
      ['2026-03-10', true],
      ['2026-03-11', false],
    ]);
    expect(r.counted).toBe(2);
    expect(r.met).toBe(false);
    expect(r.basis).toBe('Not met: 2 qualifying complaints between 16/12/2025 and 15/06/2026; 3 are needed.');
    expect(r.complaints[3]!.why).toContain('more than one month after the behaviour (11/03/2026)');
  });

  it('counts the same complaint recorded on two linked cases once, and two people’s complaints twice', () => {
    const onFirst = complaint('2026-05-01T19:30:00Z', '2026-05-02T09:00:00Z', { caseId: 1 });
    const again = complaint('2026-05-01T19:30:00Z', '2026-05-03T09:00:00Z', { caseId: 2, caseRef: 'C33-2026-0002', reporter: '  amira  HADDAD ' });
    const neighbour = complaint('2026-05-01T19:30:00Z', '2026-05-02T10:00:00Z', { caseId: 2, caseRef: 'C33-2026-0002', reporter: 'Ben Jones' });
    // Three records, two complaints: Amira's (once, though on both cases) and Ben's.
    const r = check([again, neighbour, onFirst]);
    expect(r.counted).toBe(2);
    const dup = r.complaints.find((c) => c.duplicateOf !== null)!;
    expect(dup.counts).toBe(false);
    expect(dup.why).toContain('counted once');
  });

  it('reads days in London time across the spring clock change', () => {
    // Clocks go forward at 01:00 UTC on 29/03/2026. Behaviour 28/02/2026 22:00 GMT; its month runs to 27/03.
    // Reported 27/03/2026 at 23:30 UTC = 23:30 GMT, still 27/03 in London: counts.
    // Another behaviour 29/02 does not exist; use 01/03/2026 23:30 UTC (GMT, 01/03): month to 31/03.
    // Reported 31/03/2026 at 23:30 UTC = 01/04 00:30 BST in London: too late, though UTC says 31/03.
    const r = check(
      [
        complaint('2026-02-28T22:00:00Z', '2026-03-27T23:30:00Z'),
        complaint('2026-03-01T23:30:00Z', '2026-03-31T23:30:00Z'),
        // Behaviour at 23:30 UTC on 14/06 is 00:30 BST on 15/06 in London: inside; reported the same minute.
        complaint('2026-06-14T23:30:00Z', '2026-06-14T23:30:00Z'),
      ],
      '2026-06-15',
    );
    expect(r.complaints.map((c) => [c.reportedOn, c.counts])).toEqual([
      ['2026-03-27', true],
      ['2026-04-01', false],
      ['2026-06-15', true],
    ]);
    expect(r.counted).toBe(2);
  });

  it('takes the day an incident was recorded when the report time is not known, and says so', () => {
    const r = check([complaint('2026-05-01T10:00:00Z', null, { recordedAt: '2026-05-20T10:00:00Z' })]);
    expect(r.complaints[0]!.counts).toBe(true);
    expect(r.complaints[0]!.why).toContain('the day it was recorded is used');
  });

  it('applies the user’s corrections, with their reasons, either way', () => {
    const a = complaint('2026-05-01T10:00:00Z', '2026-05-02T10:00:00Z');
    const b = complaint('2026-05-03T10:00:00Z', '2026-05-04T10:00:00Z');
    const late = complaint('2026-01-01T10:00:00Z', '2026-03-01T10:00:00Z'); // two months late: not counted
    const r = check([a, b, late], '2026-06-15', {
      corrections: [
        { key: late.key, counts: true, reason: 'Reported to the police on 02/01/2026; the police log shows it.' },
        { key: a.key, counts: true, reason: 'Agrees with the count.' },
      ],
    });
    // a and b count; late counts by correction: 3.
    expect(r.counted).toBe(3);
    expect(r.met).toBe(true);
    const corrected = r.complaints.find((c) => c.key === late.key)!;
    expect(corrected.why).toBe('Counted by correction: Reported to the police on 02/01/2026; the police log shows it.');
    // A correction that agrees with the count leaves its reason aside.
    expect(r.complaints.find((c) => c.key === a.key)!.why).toContain('within one month');
  });

  it('meets a local threshold with one hate incident, or two complaints for a vulnerable victim', () => {
    const hate = complaint('2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z', { hate: true });
    expect(check([hate]).met).toBe(false);
    const byHate = check([hate], '2026-06-15', { threshold: HATE_OR_VULNERABLE_THRESHOLD });
    expect(byHate.met).toBe(true);
    expect(byHate.basis).toContain('1 hate incident');
    const two = [complaint('2026-05-01T10:00:00Z', '2026-05-01T11:00:00Z'), complaint('2026-05-08T10:00:00Z', '2026-05-08T11:00:00Z')];
    expect(check(two, '2026-06-15', { threshold: HATE_OR_VULNERABLE_THRESHOLD }).met).toBe(false);
    const vulnerable = check(two, '2026-06-15', { threshold: HATE_OR_VULNERABLE_THRESHOLD, vulnerable: true });
    expect(vulnerable.needed).toBe(2);
    expect(vulnerable.met).toBe(true);
  });

  it('refuses a local threshold above the Act’s three complaints', () => {
    const r = Threshold.safeParse({ ...STATUTORY_THRESHOLD, count: 4 });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('no more than three');
  });
});
