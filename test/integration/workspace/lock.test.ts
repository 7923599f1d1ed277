import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection';
import { acquireWorkspaceLock, workspaceLockStatus } from '../../../main/workspace/lock';
import { workspacePaths } from '../../../main/workspace/paths';
import { createCore } from '../../../main/core';
import { dispatch } from '../../../main/ipc/dispatch';
import { ADMIN, CLI, TEST_COST } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { as, expectOk, expectOneSentence, hearth, initWorkspace } from '../cli/harness';
import { browserModeRefusal, bundleLockHolder, killHard, startBrowserMode, startLockHolder } from './processes';

/**
 * One process per workspace (issue 13, finding 3): the app, browser mode and every `hearth` command take
 * the workspace lock for their whole life. These tests put two real processes on one workspace.
 */
const temp = useTempDirs();
let holderScript = '';
const children: ChildProcess[] = [];

let scriptDir = '';
beforeAll(async () => {
  scriptDir = mkdtempSync(join(tmpdir(), 'hearth-lock-holder-'));
  holderScript = await bundleLockHolder(scriptDir);
});
afterAll(() => rmSync(scriptDir, { recursive: true, force: true }));
afterEach(async () => {
  for (const child of children.splice(0)) await killHard(child);
});

const track = (child: ChildProcess) => {
  children.push(child);
  return child;
};

describe('the workspace lock', () => {
  it('refuses a second holder in the same process, naming the first: kind, command, process, host and since when', () => {
    const dir = join(temp(), 'ws');
    const first = acquireWorkspaceLock(dir, { kind: 'cli', command: 'hearth backup' }, new Date('2026-12-04T09:15:00Z'));
    try {
      expect(() => acquireWorkspaceLock(dir, { kind: 'app', command: 'desktop app' })).toThrow(
        `Hearth is open on this workspace in the command "hearth backup" (process ${process.pid} on ${hostname()}, since 04/12/2026 09:15). Close it there first, then try again.`,
      );
      expect(workspaceLockStatus(dir)).toEqual({ held: true, holder: { kind: 'cli', command: 'hearth backup', pid: process.pid, host: hostname(), since: '2026-12-04T09:15:00.000Z' } });
    } finally {
      first.release();
    }
    expect(workspaceLockStatus(dir)).toEqual({ held: false, holder: null });
    acquireWorkspaceLock(dir, { kind: 'app', command: 'desktop app' }).release();
  });

  it('is a 0600 file in a 0700 folder, and a refused first command leaves no folder behind', () => {
    const dir = join(temp(), 'new', 'ws');
    const lock = acquireWorkspaceLock(dir, { kind: 'cli', command: 'hearth init' });
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(workspacePaths(dir).lock).mode & 0o777).toBe(0o600);
    }
    lock.release();
    expect(existsSync(dir)).toBe(false); // nothing but the lock was put there
  });

  it('cannot be taken from a live holder, even one whose event loop is stuck for as long as it likes', async () => {
    const dir = join(temp(), 'ws');
    const child = track(await startLockHolder(holderScript, dir, 'cli', 'hearth import', 'spin'));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // long past any "no heartbeat" judgement a timer-based lock would make
    expect(() => acquireWorkspaceLock(dir, { kind: 'cli', command: 'hearth backup' })).toThrow(new RegExp(`in the command "hearth import" \\(process ${child.pid} on `));
  });

  it('is recovered at once after its holder is killed (SIGKILL): the next process takes it and learns who left it', async () => {
    const dir = join(temp(), 'ws');
    const child = track(await startLockHolder(holderScript, dir, 'app', 'desktop app', 'idle'));
    expect(() => acquireWorkspaceLock(dir, { kind: 'cli', command: 'hearth backup' })).toThrow(/in the desktop app/);
    const pid = child.pid;
    await killHard(child);
    const lock = acquireWorkspaceLock(dir, { kind: 'cli', command: 'hearth backup' });
    try {
      expect(lock.previous).toMatchObject({ kind: 'app', pid });
      expect(workspaceLockStatus(dir).holder).toMatchObject({ kind: 'cli', pid: process.pid });
    } finally {
      lock.release();
    }
  });
});

describe('the app and the CLI on one workspace', () => {
  it('hearth backup is refused while browser mode has the workspace, and works once it has crashed', async () => {
    const { dir } = await initWorkspace(temp());
    const server = track(await startBrowserMode(dir));
    const folder = temp();

    const refused = await hearth(['backup', '--out', folder], { env: as(dir, ADMIN) });
    expect(refused.code).toBe(2);
    expect(expectOneSentence(refused)).toMatch(new RegExp(`^Hearth is open on this workspace: use Settings → Back up now\\. \\(It is open in Hearth in browser mode \\(process ${server.pid} on .+, since \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\)\\.\\)$`));

    // Every other command is refused the same way, before anyone is asked for a passphrase.
    const listed = await hearth(['user', 'list'], { env: as(dir, ADMIN), answers: [] });
    expect(listed.code).toBe(2);
    expect(expectOneSentence(listed)).toMatch(/^Hearth is open on this workspace in Hearth in browser mode .*Close it there first, then try again\.$/);

    // A second browser mode on the same workspace does not start.
    const second = await browserModeRefusal(dir);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/Hearth is open on this workspace in Hearth in browser mode/);

    await killHard(server);
    const made = JSON.parse(expectOk(await hearth(['backup', '--out', folder, '--json'], { env: as(dir, ADMIN) })).stdout) as { path: string };
    expect(existsSync(made.path)).toBe(true);
  });

  it("SQLite's own lock is the second line: a holder's database cannot be opened beside it, and the refusal says so", async () => {
    const root = temp();
    const dir = join(root, 'workspace');
    const core = createCore({ dir, slotCost: TEST_COST, log: () => undefined, exclusive: true });
    const created = await dispatch(core, 'workspace:create', { workspaceName: 'Test Office', admin: ADMIN }, CLI);
    expect(created.ok).toBe(true);
    const { ws } = core.sessions.current()!;
    try {
      // Something that skipped the workspace lock (an old copy of Hearth, a script) still cannot get in.
      expect(() => openDatabase(workspacePaths(dir).db, ws.masterKey)).toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/Another program has this workspace's database open/) }));
    } finally {
      core.sessions.signOut();
    }
  });

  it('with the database held exclusively, signing in over a signed-in session closes that one first', async () => {
    const dir = join(temp(), 'workspace');
    const core = createCore({ dir, slotCost: TEST_COST, log: () => undefined, exclusive: true });
    const call = (channel: string, input: unknown) => dispatch(core, channel, input, CLI);
    expect((await call('workspace:create', { workspaceName: 'Test Office', admin: ADMIN })).ok).toBe(true);
    expect((await call('users:add', { username: 'bob', displayName: 'Bob', role: 'officer', passphrase: 'river stone lantern' })).ok).toBe(true);
    const first = core.sessions.current()!.ws;
    // A wrong attempt over Ada's session: her database is closed (it could not be opened twice), she is locked.
    expect(await call('session:signIn', { username: 'bob', passphrase: 'not bob at all' })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(first.closed).toBe(true);
    expect(core.sessions.status().lockedUser).toMatchObject({ username: ADMIN.username });
    // The right one signs Bob in on a fresh exclusive connection.
    expect(await call('session:signIn', { username: 'bob', passphrase: 'river stone lantern' })).toMatchObject({ ok: true });
    expect(core.sessions.current()?.user.username).toBe('bob');
    core.sessions.signOut();
  });
});
