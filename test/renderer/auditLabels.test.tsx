import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { describeAction } from '../../renderer/src/features/audit/actionLabels';

describe('the audit log in words', () => {
  it('says every channel in words, never its code', () => {
    for (const channel of CHANNEL_NAMES) {
      const words = describeAction(channel);
      expect(words, channel).not.toBe(channel);
      expect(words, channel).not.toMatch(/[a-z]+:[a-zA-Z]+/);
      expect(words, channel).toMatch(/^[A-Z]/);
    }
  });

  it('says the events written outside a request in words too, and an unknown code as it is', () => {
    expect(describeAction('session:autoLock')).toBe('Locked after being idle');
    expect(describeAction('bundle:buildEnded')).toBe('A court bundle build ended');
    expect(describeAction('future:thing')).toBe('future:thing');
  });
});
