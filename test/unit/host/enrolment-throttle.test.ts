import { describe, expect, it } from 'vitest';
import { EnrolmentThrottle, OVERALL, PER_ADDRESS, WINDOW_MS } from '../../../main/host/enrolment-throttle';

describe('the enrolment throttle', () => {
  it('closes to one address after its fifth wrong code, for a quarter of an hour from its first', () => {
    let now = 1_000_000;
    const t = new EnrolmentThrottle(() => now);
    for (let i = 1; i < PER_ADDRESS; i += 1) expect(t.recordFailure('10.0.0.5')).toBeNull();
    expect(t.recordFailure('10.0.0.5')).toEqual({ scope: 'address', retryAt: 1_000_000 + WINDOW_MS });
    expect(t.refusal('10.0.0.6')).toBeNull();
    now += WINDOW_MS - 1;
    expect(t.refusal('10.0.0.5')).not.toBeNull();
    now += 1;
    expect(t.refusal('10.0.0.5')).toBeNull();
  });

  it('closes to every address when many addresses send wrong codes', () => {
    const now = 5_000_000;
    const t = new EnrolmentThrottle(() => now);
    for (let i = 0; i < OVERALL - 1; i += 1) expect(t.recordFailure(`10.0.1.${i}`)).toBeNull();
    expect(t.recordFailure('10.0.2.1')).toEqual({ scope: 'overall', retryAt: now + WINDOW_MS });
    expect(t.refusal('192.168.1.40')).toEqual({ scope: 'overall', retryAt: now + WINDOW_MS });
  });
});
