import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../main/core';
import { lockFromShell } from '../../../main/app/lock';

function fakeCore(signedIn: boolean) {
  const sessions = {
    current: vi.fn(() => (signedIn ? { user: { id: 7, username: 'amira', role: 'officer' }, ws: {} } : null)),
    status: vi.fn(() => ({ exists: true, workspaceName: 'Office', lockedUser: null, signedIn })),
    touch: vi.fn(),
    lock: vi.fn(),
    audit: vi.fn(),
  };
  return { core: { sessions, now: () => new Date('2026-03-02T09:00:00Z'), log: vi.fn() } as unknown as Core, sessions };
}

describe('lockFromShell (File > Lock, OS screen lock, suspend)', () => {
  it('locks through the audited session:lock request, then reloads the windows', async () => {
    const { core, sessions } = fakeCore(true);
    const reload = vi.fn();
    expect(await lockFromShell(core, reload)).toBe(true);
    expect(sessions.lock).toHaveBeenCalledWith('manual');
    expect(sessions.audit).toHaveBeenCalledWith(expect.objectContaining({ action: 'session:lock', username: 'amira', outcome: 'ok' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing when nobody is signed in', async () => {
    const { core, sessions } = fakeCore(false);
    const reload = vi.fn();
    expect(await lockFromShell(core, reload)).toBe(false);
    expect(sessions.lock).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });
});
