import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acquireWorkspaceLock } from '../../../main/workspace/lock';
import { workspacePaths } from '../../../main/workspace/paths';
import { unlockWorkspace } from '../../../main/workspace/unlock';
import { makeApp } from '../../helpers/core';
import { addUser, ADMIN, as, BOB, expectOk, expectOneSentence, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();
const DAY = 24 * 60 * 60_000;

interface Report {
  workspace: string;
  ok: boolean;
  checks: { check: string; status: string; message: string }[];
}
const statuses = (r: Report) => Object.fromEntries(r.checks.map((c) => [c.check, c.status]));
const message = (r: Report, check: string) => r.checks.find((c) => c.check === check)?.message ?? '';
const doctor = (dir: string, ...args: string[]) => hearth(['doctor', ...args], { env: as(dir, ADMIN) });

describe('hearth doctor', () => {
  it('checks the lock, the key file, the database, the audit log and the backups, exit 0; warns when no backup was ever made', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = expectOk(await doctor(dir));
    expect(ran.stdout).toMatch(/^Hearth doctor: .*\n/);
    expect(ran.stdout).toMatch(/ok {6}lock {5}No other Hearth has this workspace open/);
    expect(ran.stdout).toMatch(/ok {6}database SQLite's integrity check of the database passed\./);
    expect(ran.stdout).toMatch(/ok {6}audit {4}The audit log is intact: \d+ events checked/);
    expect(ran.stdout).toMatch(/warn {4}backup {3}No backup of this workspace has been made/);
    const report = JSON.parse(expectOk(await doctor(dir, '--json')).stdout) as Report;
    expect(report.ok).toBe(true);
    // The test workspaces use a cheap key derivation: the doctor notices (a warning, not a failure).
    expect(statuses(report)).toEqual({ lock: 'ok', keyring: 'warn', database: 'ok', audit: 'ok', backup: 'warn' });
    expect(message(report, 'keyring')).toMatch(/^1 user key slot, all well-formed, and the recovery slot is present\. 2 slots use a key derivation weaker than today's/);
  });

  it('reports a recent backup as fine, and one more than 7 days old as a warning', async () => {
    const root = temp();
    const { dir } = await initWorkspace(root);
    // A backup made ten days ago, through the same services (the clock is the test's).
    const old = makeApp(root, new Date(Date.now() - 10 * DAY));
    await old.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const made = await old.must('backup:create', { folder: temp() });
    await old.must('session:signOut', {});
    let report = JSON.parse(expectOk(await doctor(dir, '--json')).stdout) as Report;
    expect(statuses(report).backup).toBe('warn');
    expect(message(report, 'backup')).toMatch(new RegExp(`^The last backup was made 10 days ago \\(\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\), ${made.path.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: more than 7 days ago\\. Make one now\\.$`));

    expectOk(await hearth(['backup', '--out', temp()], { env: as(dir, ADMIN) }));
    report = JSON.parse(expectOk(await doctor(dir, '--json')).stdout) as Report;
    expect(statuses(report).backup).toBe('ok');
    expect(message(report, 'backup')).toMatch(/^The last backup was made today/);
  });

  it('exits 4 when the audit log was tampered with, with the report on stdout and one sentence on stderr', async () => {
    const { dir } = await initWorkspace(temp());
    const ws = unlockWorkspace(dir, { username: ADMIN.username, passphrase: ADMIN.passphrase });
    ws.db.exec("DROP TRIGGER audit_events_no_update; UPDATE audit_events SET target = 'someone else' WHERE seq = 1");
    ws.close();
    const ran = await doctor(dir, '--json');
    expect(ran.code).toBe(4);
    const report = JSON.parse(ran.stdout) as Report;
    expect(report.ok).toBe(false);
    expect(statuses(report).audit).toBe('fail');
    expect(ran.stderr).toBe('hearth doctor found a problem: The audit log has been tampered with: Event 1 has been altered since it was written.\n');
  });

  it('exits 4 when the key file has lost its recovery slot, or a slot is damaged, without asking anyone to sign in', async () => {
    const { dir } = await initWorkspace(temp());
    const path = workspacePaths(dir).keyring;
    const keyring = JSON.parse(readFileSync(path, 'utf8')) as { slots: { kind: string; kdf: { salt: string } }[] };
    writeFileSync(path, JSON.stringify({ ...keyring, slots: keyring.slots.filter((s) => s.kind !== 'recovery') }));
    let ran = await hearth(['doctor'], { env: { HEARTH_WORKSPACE: dir, HEARTH_USER: ADMIN.username } }); // no passphrase given: none is needed
    expect(ran.code).toBe(4);
    expect(ran.stdout).toMatch(/fail {4}keyring {2}There is no recovery slot: the recovery key cannot open this workspace\./);
    expect(ran.stdout).toMatch(/skipped database Not checked: nobody can sign in with a damaged key file\./);
    expect(expectOneSentenceOnStderr(ran.stderr)).toMatch(/^hearth doctor found a problem: There is no recovery slot/);

    keyring.slots[0]!.kdf.salt = 'not base64!';
    writeFileSync(path, JSON.stringify(keyring));
    ran = await doctor(dir);
    expect(ran.code).toBe(4);
    expect(ran.stdout).toMatch(/fail {4}keyring {2}The slot for ada has a damaged salt\./);
  });

  it('exits 4 when the database itself is damaged, saying so', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'officer'));
    const db = workspacePaths(dir).db;
    const bytes = readFileSync(db);
    bytes.fill(0, 4096 * 2, 4096 * 3); // one page gone (the cipher authenticates every page)
    writeFileSync(db, bytes);
    const ran = await doctor(dir, '--json');
    expect(ran.code).toBe(4);
    const report = JSON.parse(ran.stdout) as Report;
    expect(statuses(report).database).toBe('fail');
    expect(ran.stderr).toMatch(/^hearth doctor found (a problem|\d problems): .*(integrity check|cannot be read|cannot read)/);
    expect(ran.stderr).not.toMatch(/Something went wrong inside Hearth/);
  });

  it('with Hearth open on the workspace: names the holder, checks only the key file, exits 2', async () => {
    const { dir } = await initWorkspace(temp());
    const app = acquireWorkspaceLock(dir, { kind: 'app', command: 'desktop app' });
    try {
      const ran = await hearth(['doctor', '--json'], { env: { HEARTH_WORKSPACE: dir, HEARTH_USER: ADMIN.username } });
      expect(ran.code).toBe(2);
      const report = JSON.parse(ran.stdout) as Report;
      expect(statuses(report)).toEqual({ lock: 'warn', keyring: 'warn', database: 'skipped', audit: 'skipped', backup: 'skipped' });
      expect(message(report, 'lock')).toMatch(new RegExp(`^Hearth is open on this workspace in the desktop app \\(process ${process.pid} on `));
      expect(ran.stderr).toMatch(/^Hearth is open on this workspace in the desktop app .*so only the key file was checked: close it there and run hearth doctor again\.\n$/);
    } finally {
      app.release();
    }
  });

  it('is refused to an officer (exit 3)', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'officer'));
    const ran = await hearth(['doctor'], { env: as(dir, BOB) });
    expect(ran.code).toBe(3);
    expect(expectOneSentence({ ...ran, stdout: '' })).toMatch(/Your role does not allow this/);
  });
});

function expectOneSentenceOnStderr(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}
