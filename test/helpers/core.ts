import { join } from 'node:path';
import { expect } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import { type Core, type CoreOptions, createCore } from '../../main/core';
import { dispatch, type SenderVerdict } from '../../main/ipc/dispatch';
import type { SlotCost } from '../../main/workspace/keyring';
import { setMustChangePassphrase } from '../../main/db/queries/users';

/**
 * Tests use a cheap scrypt cost so the suite stays fast; the real cost (N=2^18) is exercised by the
 * key-derivation tests and measured by `npm run bench`.
 */
export const TEST_COST: SlotCost = { N: 1024, r: 8, p: 1 };
export const CLI: SenderVerdict = { trusted: true, transport: 'cli' };
export const ADMIN = { username: 'ada', displayName: 'Ada Lovelace', passphrase: 'correct horse battery staple' };

export interface TestApp {
  core: Core;
  dir: string;
  now: { value: Date };
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Calls and asserts success, returning the value. */
  must<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function makeApp(root: string, start = new Date('2026-11-21T09:00:00Z'), options: Partial<CoreOptions> = {}): TestApp {
  const dir = join(root, 'workspace');
  const now = { value: start };
  const core = createCore({ dir, slotCost: TEST_COST, now: () => now.value, log: () => undefined, ...options });
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    dispatch(core, channel, input, CLI) as Promise<Result<ChannelOutput<C>>>;
  const must = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const r = await call(channel, input);
    if (!r.ok) expect.fail(`${channel} failed: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  return { core, dir, now, call, must };
}

/** A workspace with the admin signed in, and its recovery key. */
export async function makeWorkspace(root: string): Promise<TestApp & { recoveryKey: string }> {
  const app = makeApp(root);
  const created = await app.must('workspace:create', { workspaceName: 'Test Office', admin: ADMIN });
  return { ...app, recoveryKey: created.recoveryKey };
}

/**
 * Adds a user as an administrator does (users:add), then marks them as having chosen their own passphrase,
 * as the first sign-in screen makes them do: most tests sign in as the new user to act as them, and the
 * forced change has tests of its own (test/integration/security/forced-passphrase-change.test.ts).
 */
export async function addUser(app: TestApp, input: ChannelInput<'users:add'>): Promise<ChannelOutput<'users:add'>> {
  const user = await app.must('users:add', input);
  setMustChangePassphrase(app.core.sessions.current()!.ws.db, user.id, false);
  return { ...user, mustChangePassphrase: false };
}
