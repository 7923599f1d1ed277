import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../main/security/audit';
import { raceHateIntake } from '../../helpers/cases';
import { ADMIN, addUser, makeApp, makeWorkspace, type TestApp } from '../../helpers/core';
import * as files from '../../helpers/evidence-files';
import { useTempDirs } from '../../helpers/temp';

/**
 * Issue 13, finding 2: a change and its audit event commit together or not at all, a read whose event
 * cannot be written is refused, and two processes writing to one workspace at once lose no event.
 */
const temp = useTempDirs();
const PASS = 'river stone lantern';
const NOTES_EACH = Number(process.env.HEARTH_AUDIT_WRITES ?? 150);

function writer(dir: string, username: string, caseId: number): Promise<{ acknowledged: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'audit-writer.ts'), dir, username, PASS, String(caseId), String(NOTES_EACH)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: join(__dirname, '../../..'),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve({ acknowledged: Number(stdout.trim()), stderr }) : reject(new Error(`writer ${username} exited ${code}: ${stderr}`))));
  });
}

const count = (app: TestApp, sql: string, ...args: unknown[]) => (app.core.sessions.current()!.ws.db.prepare(sql).get(...args) as { n: number }).n;

/** Makes every audit insert fail, as a full disk or a damaged log would. */
function breakTheLog(app: TestApp): () => void {
  const db = app.core.sessions.current()!.ws.db;
  db.exec("CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
  return () => db.exec('DROP TRIGGER temp.audit_fails');
}

describe('the audit event and the change it records', () => {
  it('two processes adding notes at once: one event per note, a chain that verifies, nothing lost', async () => {
    const app = await makeWorkspace(temp());
    await addUser(app, { username: 'olly', displayName: 'Olly', role: 'officer', passphrase: PASS });
    await addUser(app, { username: 'otto', displayName: 'Otto', role: 'officer', passphrase: PASS });
    const c = await app.must('case:create', raceHateIntake());
    await app.must('session:signOut', {});

    const [a, b] = await Promise.all([writer(app.dir, 'olly', c.id), writer(app.dir, 'otto', c.id)]);
    expect(a.stderr + b.stderr).toBe('');
    expect(a.acknowledged + b.acknowledged).toBe(2 * NOTES_EACH);

    const check = makeApp(join(app.dir, '..'));
    await check.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    expect(count(check, 'SELECT count(*) AS n FROM notes WHERE case_id = ?', c.id)).toBe(2 * NOTES_EACH);
    expect(count(check, "SELECT count(*) AS n FROM audit_events WHERE action = 'note:add' AND outcome = 'ok'")).toBe(2 * NOTES_EACH);
    for (const who of ['olly', 'otto']) expect(count(check, "SELECT count(*) AS n FROM audit_events WHERE action = 'note:add' AND username = ?", who)).toBe(NOTES_EACH);
    const verified = verifyChain(check.core.sessions.current()!.ws.db);
    expect(verified).toMatchObject({ ok: true, problem: null });
    expect(verified.checked).toBe(count(check, 'SELECT max(seq) AS n FROM audit_events'));
  }, 180_000);

  it('a write whose event cannot be written is rolled back, and says so', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const repair = breakTheLog(app);
    const before = count(app, 'SELECT count(*) AS n FROM notes');
    const r = await app.call('note:add', { caseId: c.id, text: 'Not to be kept without its record' });
    expect(r).toMatchObject({ ok: false, error: { code: 'audit-failed', message: expect.stringMatching(/could not write this to the audit log, so nothing was changed or shown/) } });
    expect(count(app, 'SELECT count(*) AS n FROM notes')).toBe(before);
    // A staged write (the file is checked off the main thread first) is rolled back the same way.
    const added = await app.call('evidence:add', { caseId: c.id, fileName: 'door.png', source: 'Complainant', obtainedOn: '2026-11-20', bytes: files.png(4, 4) });
    expect(added).toMatchObject({ ok: false, error: { code: 'audit-failed' } });
    expect(count(app, 'SELECT count(*) AS n FROM evidence')).toBe(0);
    repair();
    await app.must('note:add', { caseId: c.id, text: 'Kept, with its record' });
    expect(count(app, 'SELECT count(*) AS n FROM notes')).toBe(before + 1);
    expect(verifyChain(app.core.sessions.current()!.ws.db)).toMatchObject({ ok: true });
  });

  it('a read whose event cannot be written is refused, whether answered at once or after a wait', async () => {
    const app = await makeWorkspace(temp());
    const c = await app.must('case:create', raceHateIntake());
    const evidence = await app.must('evidence:add', { caseId: c.id, fileName: 'door.png', source: 'Complainant', obtainedOn: '2026-11-20', bytes: files.png(4, 4) });
    const repair = breakTheLog(app);
    expect(await app.call('case:get', { id: c.id })).toMatchObject({ ok: false, error: { code: 'audit-failed' } });
    expect(await app.call('case:list', {})).toMatchObject({ ok: false, error: { code: 'audit-failed' } });
    expect(await app.call('evidence:content', { id: evidence.id })).toMatchObject({ ok: false, error: { code: 'audit-failed' } });
    // Status pings that are never audited still answer.
    expect(await app.call('session:whoami', {})).toMatchObject({ ok: true });
    repair();
    expect(await app.call('case:get', { id: c.id })).toMatchObject({ ok: true });
  });
});
