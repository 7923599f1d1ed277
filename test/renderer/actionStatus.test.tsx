import { describe, expect, it } from 'vitest';
import { statusWords } from '../../renderer/src/features/actions/labels';

describe('an action’s status in words', () => {
  it('says a court action that is under way has been applied for, not that it is in force', () => {
    expect(statusWords('civil-injunction', 'active')).toBe('Applied for (waiting for the court)');
    expect(statusWords('civil-injunction', 'granted')).toBe('Granted by the court');
    expect(statusWords('civil-injunction', 'expired')).toBe('Expired');
  });

  it('keeps "Active" for what the landlord does itself', () => {
    expect(statusWords('abc', 'active')).toBe('Active');
  });
});
