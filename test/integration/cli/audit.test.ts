import { describe, expect, it } from 'vitest';
import { unlockWorkspace } from '../../../main/workspace/unlock';
import { addUser, ADMIN, as, BOB, expectOk, expectOneSentence, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();

/**
 * The CLI cannot (and must not) edit the audit log, so the test plays the attacker with the database
 * open under its key: drop the append-only trigger, then rewrite an event.
 */
function tamper(dir: string, sql: string): void {
  const ws = unlockWorkspace(dir, { username: ADMIN.username, passphrase: ADMIN.passphrase });
  try {
    ws.db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
    ws.db.exec(sql);
  } finally {
    ws.close();
  }
}

describe('hearth audit verify', () => {
  it('reports an intact chain with exit 0, as text or JSON', async () => {
    const { dir } = await initWorkspace(temp());
    const text = expectOk(await hearth(['audit', 'verify'], { env: as(dir, ADMIN) }));
    expect(text.stdout).toMatch(/^The audit log is intact: \d+ events checked/);
    const json = JSON.parse(expectOk(await hearth(['audit', 'verify', '--json'], { env: as(dir, ADMIN) })).stdout) as { ok: boolean; checked: number };
    expect(json.ok).toBe(true);
    // Every CLI run is itself audited (sign-in, the verify, sign-out), so the second run checked more events.
    expect(json.checked).toBeGreaterThan(Number(/(\d+) events/.exec(text.stdout)![1]));
  });

  it('exits 4 and names the event when one was edited', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await hearth(['audit', 'verify'], { env: as(dir, ADMIN) }));
    tamper(dir, "UPDATE audit_events SET target = 'someone-else' WHERE seq = 1");
    const ran = await hearth(['audit', 'verify'], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(4);
    expect(expectOneSentence(ran)).toBe('The audit log has been tampered with: Event 1 has been altered since it was written.');
  });

  it('exits 4 when an event was deleted, and still gives the verdict as JSON on stdout', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await hearth(['audit', 'verify'], { env: as(dir, ADMIN) }));
    tamper(dir, 'DELETE FROM audit_events WHERE seq = 2');
    const ran = await hearth(['audit', 'verify', '--json'], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(4);
    expect(JSON.parse(ran.stdout)).toMatchObject({ ok: false, problem: expect.stringMatching(/Event 2 is missing/) });
    expect(ran.stderr).toMatch(/^The audit log has been tampered with: Event 2 is missing/);
  });

  it('is refused to an officer (exit 3)', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'officer'));
    const ran = await hearth(['audit', 'verify'], { env: as(dir, BOB) });
    expect(ran.code).toBe(3);
    expect(expectOneSentence(ran)).toMatch(/role does not allow/);
  });
});
