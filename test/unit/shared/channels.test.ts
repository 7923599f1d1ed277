import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';

/**
 * The preload builds window.hearth from the plain list of channel names (so it need not bundle the
 * contract's schemas and zod); that list must be the contract's channels exactly, in the same order.
 */
describe('the channel names', () => {
  it('are the contract’s channels, in its order', () => {
    expect([...CHANNEL_NAMES]).toEqual(Object.keys(contract));
  });

  it('name each channel once', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  });
});
