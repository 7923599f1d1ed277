import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAGIC } from '../../../main/backup/container';
import { pruneBackups } from '../../../main/backup/create-backup';
import { backupOnClose } from '../../../main/backup/scheduled';
import { workspacePaths } from '../../../main/workspace/paths';
import { ADMIN, makeWorkspace, addUser } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

async function workspaceWithBackup() {
  const app = await makeWorkspace(temp());
  await addUser(app, { username: 'before', displayName: 'Made before the backup', role: 'officer', passphrase: 'river stone lantern' });
  const folder = temp();
  const backup = await app.must('backup:create', { folder });
  return { app, folder, backup };
}

const names = async (app: Awaited<ReturnType<typeof makeWorkspace>>) => (await app.must('users:list', {})).map((u) => u.username).sort();

describe('backup', () => {
  it('writes one verified, encrypted .hbk and leaves no temp files', async () => {
    const { folder, backup } = await workspaceWithBackup();
    expect(readdirSync(folder)).toEqual([backup.path.split(/[\\/]/).at(-1)]);
    const bytes = readFileSync(backup.path);
    expect(bytes.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
    expect(bytes.includes(Buffer.from('Made before the backup'))).toBe(false); // the database inside stays encrypted
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(backup.auditHead.seq).toBeGreaterThan(0);
  });

  it('then restore gives the same data, and keeps the replaced workspace aside', async () => {
    const { app, backup } = await workspaceWithBackup();
    const atBackup = await names(app);
    await addUser(app, { username: 'after', displayName: 'Made after the backup', role: 'officer', passphrase: 'maple cloud harbour' });
    const restored = await app.must('backup:restore', { path: backup.path, passphrase: ADMIN.passphrase });
    expect(existsSync(restored.keptPrevious)).toBe(true);
    expect(app.core.sessions.current()).toBeNull(); // everyone signs in again after a restore
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect(await names(app)).toEqual(atBackup);
    expect((await app.must('audit:verify', {})).ok).toBe(true);
  });

  it('refuses a truncated backup and changes nothing', async () => {
    const { app, backup } = await workspaceWithBackup();
    truncateSync(backup.path, readFileSync(backup.path).length - 1000);
    const r = await app.call('backup:restore', { path: backup.path, passphrase: ADMIN.passphrase });
    expect(r).toMatchObject({ ok: false, error: { code: 'integrity', message: expect.stringMatching(/incomplete/) } });
    expect(app.core.sessions.current()).not.toBeNull(); // still signed in: the live workspace was not touched
    expect(await names(app)).toContain('before');
  });

  it('refuses a backup with one flipped bit', async () => {
    const { app, backup } = await workspaceWithBackup();
    const bytes = readFileSync(backup.path);
    const at = Math.floor(bytes.length * 0.6);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(backup.path, bytes);
    expect(await app.call('backup:restore', { path: backup.path, passphrase: ADMIN.passphrase })).toMatchObject({
      ok: false,
      error: { code: 'integrity', message: expect.stringMatching(/altered or damaged/) },
    });
  });

  it('refuses a file that is not a backup, and a backup of another workspace', async () => {
    const { app } = await workspaceWithBackup();
    const junk = join(temp(), 'holiday.hbk');
    writeFileSync(junk, 'not a backup at all');
    expect(await app.call('backup:restore', { path: junk, passphrase: ADMIN.passphrase })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not a Hearth backup/) },
    });
    const other = await workspaceWithBackup();
    expect(await app.call('backup:restore', { path: other.backup.path, passphrase: ADMIN.passphrase })).toMatchObject({
      ok: false,
      error: { code: 'integrity', message: expect.stringMatching(/another workspace/) },
    });
  });

  it('refuses the wrong passphrase for the backup without touching the workspace', async () => {
    const { app, backup } = await workspaceWithBackup();
    const before = readFileSync(workspacePaths(app.dir).keyring);
    expect(await app.call('backup:restore', { path: backup.path, passphrase: 'not the passphrase' })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(readFileSync(workspacePaths(app.dir).keyring).equals(before)).toBe(true);
  });

  it('backs up on close into the chosen folder and keeps only the newest N', async () => {
    const app = await makeWorkspace(temp());
    const folder = temp();
    await app.must('settings:update', { backupFolder: folder, backupKeep: 2 });
    for (let i = 0; i < 3; i += 1) {
      app.now.value = new Date(Date.UTC(2026, 10, 21, 17, i));
      expect(backupOnClose(app.core)).toMatch(/\.hbk$/);
    }
    expect(readdirSync(folder).filter((f) => f.endsWith('.hbk'))).toHaveLength(2);
    expect(pruneBackups(folder, 'Test Office', 2)).toEqual([]);
  });

  it('needs a full path for the backup folder', async () => {
    const app = await makeWorkspace(temp());
    expect(await app.call('backup:create', { folder: 'relative/folder' })).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/full path/) } });
    expect(await app.call('backup:create', {})).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/Choose a backup folder/) } });
  });
});
