import { describe, expect, it } from 'vitest';
import { PassphraseThrottle } from '../../../main/security/throttle';

describe('PassphraseThrottle', () => {
  it('lets two wrong tries through, then makes each wait longer than the last', () => {
    let now = 0;
    const t = new PassphraseThrottle(() => now);
    t.recordFailure();
    t.recordFailure();
    expect(() => t.assertAllowed()).not.toThrow();
    t.recordFailure();
    expect(() => t.assertAllowed()).toThrow(/Wait 2 seconds/);
    now += 2000;
    expect(() => t.assertAllowed()).not.toThrow();
    t.recordFailure();
    expect(() => t.assertAllowed()).toThrow(/Wait 4 seconds/);
  });

  it('never waits more than the cap, and a success clears it', () => {
    let now = 0;
    const t = new PassphraseThrottle(() => now, 2, 60_000);
    for (let i = 0; i < 30; i += 1) t.recordFailure();
    expect(() => t.assertAllowed()).toThrow(/Wait 60 seconds/);
    t.recordSuccess();
    expect(() => t.assertAllowed()).not.toThrow();
    now += 1;
    expect(t.failures).toBe(0);
  });
});
