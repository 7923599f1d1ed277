import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceExists } from '../../../main/workspace/paths';
import { addUser, ADMIN, as, BOB, CAROL, expectOk, expectOneSentence, hearth, initWorkspace, userNames, useTempDirs } from './harness';

const temp = useTempDirs();

interface BackupJson {
  path: string;
  bytes: number;
  auditHead: { seq: number; hash: string };
}

async function backup(dir: string, out: string): Promise<BackupJson> {
  return JSON.parse(expectOk(await hearth(['backup', '--out', out, '--json'], { env: as(dir, ADMIN) })).stdout) as BackupJson;
}

describe('hearth backup', () => {
  it('--out NAME.hbk writes exactly that file, and nothing else in the folder', async () => {
    const { dir } = await initWorkspace(temp());
    const folder = temp();
    const target = join(folder, 'monday.hbk');
    const made = await backup(dir, target);
    expect(made.path).toBe(target);
    expect(readdirSync(folder)).toEqual(['monday.hbk']);
    expect(readFileSync(target).subarray(0, 14).toString('latin1')).toBe('HEARTH-BACKUP\n');
    expect(made.bytes).toBe(readFileSync(target).length);
  });

  it('--out FOLDER writes the usual hearth-<workspace>-<time>.hbk into it, creating the folder', async () => {
    const { dir } = await initWorkspace(temp());
    const folder = join(temp(), 'usb', 'backups');
    const ran = expectOk(await hearth(['backup', '--out', folder], { env: as(dir, ADMIN) }));
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^hearth-test-office-\d{8}-\d{6}\.hbk$/);
    expect(ran.stdout).toContain(join(folder, files[0]!));
  });

  it('never overwrites an existing file given to --out (exit 2)', async () => {
    const { dir } = await initWorkspace(temp());
    const target = join(temp(), 'taken.hbk');
    writeFileSync(target, 'precious');
    const ran = await hearth(['backup', '--out', target], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/already exists/);
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });

  it('is refused to an officer (exit 3)', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'officer'));
    const folder = temp();
    const ran = await hearth(['backup', '--out', folder], { env: as(dir, BOB) });
    expect(ran.code).toBe(3);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports a failure inside Hearth with exit 1 and a sentence, not a stack trace', async () => {
    const { dir } = await initWorkspace(temp());
    const blocker = join(temp(), 'a-file');
    writeFileSync(blocker, '');
    const ran = await hearth(['backup', '--out', join(blocker, 'sub')], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(1);
    expect(expectOneSentence(ran)).toMatch(/Something went wrong inside Hearth/);
  });
});

describe('hearth restore', () => {
  it('round trip: a user added after the backup is gone after restore, and the replaced workspace is kept', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'officer'));
    const made = await backup(dir, join(temp(), 'before-carol.hbk'));
    expectOk(await addUser(dir, CAROL, 'manager'));
    expect(await userNames(dir)).toEqual(['ada', 'bob', 'carol']);

    const ran = expectOk(await hearth(['restore', made.path, '--json'], { env: as(dir, ADMIN) }));
    const restored = JSON.parse(ran.stdout) as { restoredFrom: string; auditHead: { seq: number }; keptPrevious: string };
    expect(restored.restoredFrom).toBe(made.path);
    expect(restored.auditHead).toEqual(made.auditHead);
    expect(existsSync(restored.keptPrevious)).toBe(true);
    expect(ran.stderr).toMatch(/Everyone signs in again/);

    expect(await userNames(dir)).toEqual(['ada', 'bob']);
    const asCarol = await hearth(['audit', 'verify'], { env: as(dir, CAROL) });
    expect(asCarol.code).toBe(3);
    expectOk(await hearth(['audit', 'verify'], { env: as(dir, ADMIN) }));
  });

  it('takes the backup-time passphrase from HEARTH_BACKUP_PASSPHRASE when it differs from today’s', async () => {
    const { dir } = await initWorkspace(temp());
    const made = await backup(dir, join(temp(), 'b.hbk'));
    const wrongForBackup = await hearth(['restore', made.path], { env: { ...as(dir, ADMIN), HEARTH_BACKUP_PASSPHRASE: 'not the one at all' } });
    expect(wrongForBackup.code).toBe(3);
    expectOk(await hearth(['restore', made.path], { env: { ...as(dir, ADMIN), HEARTH_BACKUP_PASSPHRASE: ADMIN.passphrase } }));
  });

  it('refuses a truncated backup with exit 4 and a sentence, leaving the live workspace as it was', async () => {
    const { dir } = await initWorkspace(temp());
    const made = await backup(dir, join(temp(), 'cut.hbk'));
    expectOk(await addUser(dir, CAROL, 'manager'));
    truncateSync(made.path, Math.floor(made.bytes / 2));

    const ran = await hearth(['restore', made.path], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(4);
    expect(expectOneSentence(ran)).toMatch(/incomplete/);
    expect(await userNames(dir)).toEqual(['ada', 'carol']);
  });

  it('refuses a file that is not a backup with exit 4', async () => {
    const { dir } = await initWorkspace(temp());
    const fake = join(temp(), 'holiday.hbk');
    writeFileSync(fake, 'not a backup at all, just some text');
    const ran = await hearth(['restore', fake], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(4);
    expect(expectOneSentence(ran)).toMatch(/not a Hearth backup file/);
  });

  it('refuses a manager (exit 3): only an administrator restores', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'manager'));
    const made = await backup(dir, join(temp(), 'b.hbk'));
    expectOk(await addUser(dir, CAROL, 'officer'));
    const ran = await hearth(['restore', made.path], { env: as(dir, BOB) });
    expect(ran.code).toBe(3);
    expect(await userNames(dir)).toEqual(['ada', 'bob', 'carol']);
  });

  it('restores into a folder with no workspace yet (a new computer), with the backup-time admin', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'officer'));
    const made = await backup(dir, join(temp(), 'b.hbk'));
    const fresh = join(temp(), 'new-pc', 'workspace');

    const ran = expectOk(await hearth(['restore', made.path, '--workspace', fresh, '--user', 'ada', '--json'], { env: { HEARTH_PASSPHRASE: ADMIN.passphrase } }));
    expect(JSON.parse(ran.stdout)).toMatchObject({ restoredFrom: made.path, auditHead: made.auditHead, keptPrevious: null });
    expect(workspaceExists(fresh)).toBe(true);
    expect(await userNames(fresh)).toEqual(['ada', 'bob']);
    expectOk(await hearth(['audit', 'verify'], { env: as(fresh, ADMIN) }));
  });

  it('into an empty folder, refuses someone who was not an administrator in the backup (exit 3), creating nothing', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'officer'));
    const made = await backup(dir, join(temp(), 'b.hbk'));
    const fresh = join(temp(), 'new-pc');

    const officer = await hearth(['restore', made.path, '--workspace', fresh, '--user', 'bob'], { env: { HEARTH_PASSPHRASE: BOB.passphrase } });
    expect(officer.code).toBe(3);
    expect(expectOneSentence(officer)).toMatch(/Only an administrator can restore/);
    const stranger = await hearth(['restore', made.path, '--workspace', fresh, '--user', 'zed'], { env: { HEARTH_PASSPHRASE: BOB.passphrase } });
    expect(stranger.code).toBe(3);
    expect(workspaceExists(fresh)).toBe(false);
  });
});
