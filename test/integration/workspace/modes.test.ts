import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspacePaths } from '../../../main/workspace/paths';
import { unlockWorkspace } from '../../../main/workspace/unlock';
import { ADMIN, makeWorkspace, TEST_COST } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { as, expectOk, hearth, initWorkspace } from '../cli/harness';

/**
 * Issue 13: workspace files were 0644 (readable by every account on the PC). They are created 0600 and
 * the folder 0700. Modes are POSIX: on Windows the folder's ACLs decide, so these tests say so and stop.
 */
const temp = useTempDirs();
const modeOf = (path: string) => statSync(path).mode & 0o777;
const posix = process.platform !== 'win32';

describe('workspace file modes', () => {
  it('a new workspace: the folder 0700; the database, its WAL and shared-memory files, the key file and the sign-in counter 0600', async () => {
    if (!posix) return expect(process.platform).toBe('win32'); // Windows: ACLs, not modes
    const app = await makeWorkspace(temp());
    await app.must('users:add', { username: 'bob', displayName: 'Bob', role: 'officer', passphrase: 'river stone lantern' }); // something in the WAL
    const p = workspacePaths(app.dir);
    expect(modeOf(app.dir)).toBe(0o700);
    expect(existsSync(`${p.db}-wal`)).toBe(true);
    for (const file of [p.db, `${p.db}-wal`, `${p.db}-shm`, p.keyring].filter(existsSync)) expect([file, modeOf(file)]).toEqual([file, 0o600]);
    await app.must('session:signOut', {});
    await app.call('session:signIn', { username: 'bob', passphrase: 'not bob at all' });
    expect(modeOf(p.throttle)).toBe(0o600);
    // Nothing in the folder is readable by anyone else.
    for (const f of readdirSync(app.dir)) expect([f, modeOf(join(app.dir, f)) & 0o077]).toEqual([f, 0]);
  });

  it('a workspace made with the command line: the lock file too, and after a backup and a restore', async () => {
    if (!posix) return expect(process.platform).toBe('win32');
    const { dir } = await initWorkspace(temp());
    const made = JSON.parse(expectOk(await hearth(['backup', '--out', temp(), '--json'], { env: as(dir, ADMIN) })).stdout) as { path: string };
    expectOk(await hearth(['restore', made.path], { env: as(dir, ADMIN) }));
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(workspacePaths(dir).lock)).toBe(0o600);
    for (const f of readdirSync(dir)) expect([f, modeOf(join(dir, f)) & 0o077]).toEqual([f, 0]);
  });

  it('an older workspace with open modes is tightened when it is next opened', async () => {
    if (!posix) return expect(process.platform).toBe('win32');
    const app = await makeWorkspace(temp());
    await app.must('session:signOut', {});
    const p = workspacePaths(app.dir);
    chmodSync(app.dir, 0o755);
    for (const file of [p.db, p.keyring]) chmodSync(file, 0o644);
    unlockWorkspace(app.dir, { username: ADMIN.username, passphrase: ADMIN.passphrase }, TEST_COST).close();
    expect(modeOf(app.dir)).toBe(0o700);
    expect(modeOf(p.db)).toBe(0o600);
    expect(modeOf(p.keyring)).toBe(0o600);
  });
});
