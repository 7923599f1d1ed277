import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, REQUIRED_PRAGMAS } from '../../../main/db/connection';
import { readKeyring, findUserSlot, unlockSlot } from '../../../main/workspace/keyring';
import { workspacePaths } from '../../../main/workspace/paths';
import { unlockWorkspace } from '../../../main/workspace/unlock';
import { ADMIN, makeApp, makeWorkspace, TEST_COST, addUser } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const MARKER = 'PLAINTEXT-MARKER-7f3a9c';

function filesIn(dir: string): string[] {
  return readdirSync(dir).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}
const digestOf = (dir: string) => filesIn(dir).map((f) => `${f}:${createHash('sha256').update(readFileSync(f)).digest('hex')}`).sort();

describe('the workspace at rest', () => {
  it('holds no plaintext and no SQLite header, and never writes the master key', async () => {
    const app = await makeWorkspace(temp());
    // A marker in a user's display name lands in the users table.
    await addUser(app, { username: 'marker', displayName: MARKER, role: 'officer', passphrase: 'a long enough passphrase' });
    const { ws } = app.core.sessions.current()!;
    const masterKey = Buffer.from(ws.masterKey); // copy: lock() zeroes the original
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of filesIn(app.dir)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(MARKER)), `${file} contains the marker`).toBe(false);
      expect(bytes.includes(masterKey), `${file} contains the master key`).toBe(false);
      expect(bytes.includes(Buffer.from(masterKey.toString('hex'))), `${file} contains the master key in hex`).toBe(false);
    }
    const head = readFileSync(workspacePaths(app.dir).db).subarray(0, 16).toString('latin1');
    expect(head).not.toBe('SQLite format 3\0');
  });

  it('asserts the required pragmas after open', async () => {
    const app = await makeWorkspace(temp());
    const { db } = app.core.sessions.current()!.ws;
    for (const [name, value] of Object.entries(REQUIRED_PRAGMAS)) expect(db.pragma(name, { simple: true })).toBe(value);
  });
});

describe('passphrases and key slots', () => {
  it('a wrong passphrase opens nothing and changes no file but the sign-in attempts counter', async () => {
    const app = await makeWorkspace(temp());
    await app.must('session:signOut', {});
    // The counter (issue 13: the throttle per user name, kept in the workspace) is the one file a failure writes.
    const counter = workspacePaths(app.dir).throttle;
    const others = () => digestOf(app.dir).filter((line) => !line.startsWith(`${counter}:`));
    const before = others();
    const r = await app.call('session:signIn', { username: ADMIN.username, passphrase: 'not the right passphrase' });
    expect(r).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(app.core.sessions.current()).toBeNull();
    expect(others()).toEqual(before);
    expect(app.core.sessions.throttle.failures(ADMIN.username)).toBe(1);
  });

  it('the recovery key opens the workspace and sets a new passphrase', async () => {
    const app = await makeWorkspace(temp());
    await app.must('session:signOut', {});
    const typed = app.recoveryKey.toLowerCase().replace(/-/g, ' ');
    await app.must('session:recover', { recoveryKey: typed, username: ADMIN.username, newPassphrase: 'brand new long passphrase' });
    await app.must('session:signOut', {});
    expect((await app.call('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase })).ok).toBe(false);
    expect((await app.call('session:signIn', { username: ADMIN.username, passphrase: 'brand new long passphrase' })).ok).toBe(true);
  });

  it('a wrong recovery key is refused', async () => {
    const app = await makeWorkspace(temp());
    await app.must('session:signOut', {});
    const wrong = app.recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await app.call('session:recover', { recoveryKey: wrong, username: 'ada', newPassphrase: 'brand new long passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
  });

  it('changing a passphrase re-wraps the slot: the old one stops working, the data stays', async () => {
    const app = await makeWorkspace(temp());
    const before = readKeyring(workspacePaths(app.dir).keyring).keyVersion;
    await app.must('session:changePassphrase', { current: ADMIN.passphrase, next: 'another long passphrase' });
    expect(readKeyring(workspacePaths(app.dir).keyring).keyVersion).toBe(before);
    await app.must('session:signOut', {});
    expect((await app.call('session:signIn', { username: 'ada', passphrase: ADMIN.passphrase })).ok).toBe(false);
    const info = await app.must('session:signIn', { username: 'ada', passphrase: 'another long passphrase' });
    expect(info.user.displayName).toBe(ADMIN.displayName);
  });

  it('after a user is removed, their old slot (kept by them) no longer opens the re-keyed database', async () => {
    const app = await makeWorkspace(temp());
    const bob = await addUser(app, { username: 'bob', displayName: 'Bob', role: 'officer', passphrase: 'river stone lantern' });
    const paths = workspacePaths(app.dir);
    const stolen = join(temp(), 'keyring-copy.json');
    copyFileSync(paths.keyring, stolen); // what Bob could have copied before he left
    await app.must('users:remove', { userId: bob.id });

    // His old slot still unwraps the OLD master key...
    const old = readKeyring(stolen);
    const { masterKey: oldKey } = unlockSlot(old, findUserSlot(old, 'bob')!, 'river stone lantern');
    // ...which no longer opens the database.
    expect(() => openDatabase(paths.db, oldKey)).toThrow(/cannot be read/);
    // And the current key file has no slot for him at all.
    expect(findUserSlot(readKeyring(paths.keyring), 'bob')).toBeUndefined();
    // Everyone else still gets in, recovery key included.
    await app.must('session:signOut', {});
    expect((await app.call('session:signIn', { username: 'bob', passphrase: 'river stone lantern' })).ok).toBe(false);
    expect((await app.call('session:signIn', { username: 'ada', passphrase: ADMIN.passphrase })).ok).toBe(true);
    await app.must('session:signOut', {});
    expect((await app.call('session:recover', { recoveryKey: app.recoveryKey, username: 'ada', newPassphrase: 'recovered long phrase' })).ok).toBe(true);
  });

  it('finishes an interrupted re-key: the pending key file wins when it is the one that opens the database', async () => {
    const app = await makeWorkspace(temp());
    const bob = await addUser(app, { username: 'bob', displayName: 'Bob', role: 'officer', passphrase: 'river stone lantern' });
    const paths = workspacePaths(app.dir);
    const oldKeyring = readFileSync(paths.keyring);
    await app.must('users:remove', { userId: bob.id });
    await app.must('session:signOut', {});
    // Simulate a crash after the database was re-keyed but before the new key file replaced the old one.
    copyFileSync(paths.keyring, paths.pendingKeyring);
    writeFileSync(paths.keyring, oldKeyring);
    const ws = unlockWorkspace(app.dir, { username: 'ada', passphrase: ADMIN.passphrase }, TEST_COST);
    ws.close();
    expect(existsSync(paths.pendingKeyring)).toBe(false);
    expect(findUserSlot(readKeyring(paths.keyring), 'bob')).toBeUndefined();
  });

  it('discards a stale pending key file when the re-key never reached the database', async () => {
    const app = await makeWorkspace(temp());
    await app.must('session:signOut', {});
    const paths = workspacePaths(app.dir);
    writeFileSync(paths.pendingKeyring, readFileSync(paths.keyring));
    const ws = unlockWorkspace(app.dir, { username: 'ada', passphrase: ADMIN.passphrase }, TEST_COST);
    ws.close();
    expect(existsSync(paths.pendingKeyring)).toBe(false);
  });

  it('refuses to create a second workspace over the first', async () => {
    const root = temp();
    await makeWorkspace(root);
    const again = makeApp(root);
    expect(await again.call('workspace:create', { workspaceName: 'Again', admin: ADMIN })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
