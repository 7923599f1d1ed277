import { describe, expect, it } from 'vitest';
import { deemedService } from '../../../shared/standards/deemed-service';

/**
 * CPR 6.26 and 6.14 against the England and Wales calendar of 2026: spring bank holiday Monday 25 May,
 * Good Friday 3 April and Easter Monday 6 April, Christmas Friday 25 December and the substitute Boxing
 * Day Monday 28 December.
 */
const post = (on: string) => deemedService({ method: 'first-class-post', on, at: null, claimForm: false });

describe('deemed service of a document other than a claim form (CPR 6.26)', () => {
  it('first class post on a Monday is served on the Wednesday', () => {
    expect(post('2026-05-18')).toMatchObject({ on: '2026-05-20', rule: 'CPR 6.26' });
  });

  it('posted on the Friday before a bank holiday: the Sunday is not a business day, nor the Monday, so the Tuesday', () => {
    const d = post('2026-05-22');
    expect(d.on).toBe('2026-05-26');
    expect(d.why).toMatch(/not a business day/);
  });

  it('posted on a Thursday before a bank holiday weekend: the Saturday, then the next business day', () => {
    expect(post('2026-05-21').on).toBe('2026-05-26');
    expect(post('2026-04-02').on).toBe('2026-04-07');
  });

  it('posted two days before Christmas Day: the next business day after Christmas and the substitute Boxing Day', () => {
    expect(post('2026-12-23').on).toBe('2026-12-29');
  });

  it('by hand, personally or by e-mail: that day before 4.30pm on a business day, else the next business day', () => {
    expect(deemedService({ method: 'delivered', on: '2026-05-22', at: '16:29', claimForm: false }).on).toBe('2026-05-22');
    expect(deemedService({ method: 'email', on: '2026-05-22', at: '16:30', claimForm: false }).on).toBe('2026-05-26');
    expect(deemedService({ method: 'personal', on: '2026-05-23', at: '10:00', claimForm: false }).on).toBe('2026-05-26');
  });

  it('a timed method without a time is a programming error, not a guessed day', () => {
    expect(() => deemedService({ method: 'delivered', on: '2026-05-22', at: null, claimForm: false })).toThrow(/time/);
  });
});

describe('deemed service of a claim form (CPR 6.14)', () => {
  it('the second business day after the step, whatever the method or time: posted on the Friday before the bank holiday, the Wednesday', () => {
    const d = deemedService({ method: 'first-class-post', on: '2026-05-22', at: null, claimForm: true });
    expect(d).toMatchObject({ on: '2026-05-27', rule: 'CPR 6.14' });
    expect(deemedService({ method: 'personal', on: '2026-05-22', at: '09:00', claimForm: true }).on).toBe('2026-05-27');
  });
});
