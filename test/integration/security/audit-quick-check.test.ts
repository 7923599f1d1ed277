import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../main/security/audit';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * Issue 17: Home checks the audit log each time it is shown. It now checks the events since the last check
 * that found the chain whole (remembered with that event's hash), not the whole chain; the audit page's
 * check and the CLI still walk it all. Tampering after the remembered point must still be caught.
 */
const temp = useTempDirs();

async function workspaceWithEvents(n: number) {
  const app = await makeWorkspace(temp());
  const { db } = app.core.sessions.current()!.ws;
  const add = (count: number, tag: string) => {
    for (let i = 0; i < count; i += 1) {
      appendAudit(db, { at: `2026-11-21T10:00:${String(i).padStart(2, '0')}Z`, userId: 1, username: 'ada', action: `test:${tag}${i}`, target: `case:${i}`, outcome: 'ok' });
    }
  };
  add(n, 'before');
  // Someone with the key and a SQLite shell: the triggers are the first thing they would drop.
  db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
  return { app, db, add };
}

const quick = (app: TestApp) => app.must('audit:verify', { sinceLastCheck: true });
const whole = (app: TestApp) => app.must('audit:verify', {});

describe('the quick audit check on Home', () => {
  it('checks the whole chain the first time, then only the events since the last check', async () => {
    const { app, add } = await workspaceWithEvents(20);
    const first = await quick(app);
    expect(first).toMatchObject({ ok: true, from: 0 });
    expect(first.checked).toBeGreaterThanOrEqual(20);
    add(3, 'after');
    const second = await quick(app);
    // The three new events and the first check's own audit event; it starts where the first one ended.
    expect(second).toMatchObject({ ok: true, from: first.head.seq, checked: 4 });
  });

  it('catches an event edited after the remembered point', async () => {
    const { app, db, add } = await workspaceWithEvents(5);
    await quick(app);
    add(3, 'after');
    db.prepare("UPDATE audit_events SET target = 'case:999' WHERE action = 'test:after1'").run();
    const verdict = await app.call('audit:verify', { sinceLastCheck: true });
    expect(verdict.ok && verdict.value).toMatchObject({ ok: false, problem: expect.stringMatching(/altered/) });
  });

  it('catches an event deleted after the remembered point', async () => {
    const { app, db, add } = await workspaceWithEvents(5);
    await quick(app);
    add(3, 'after');
    db.prepare("DELETE FROM audit_events WHERE action = 'test:after1'").run();
    expect(await quick(app)).toMatchObject({ ok: false, problem: expect.stringMatching(/deleted/) });
  });

  it('catches the remembered event itself rewritten, or the log cut short before it', async () => {
    const { app, db } = await workspaceWithEvents(5);
    const first = await quick(app);
    db.prepare("UPDATE audit_events SET hash = ? WHERE seq = ?").run('f'.repeat(64), first.head.seq);
    expect(await quick(app)).toMatchObject({ ok: false, problem: expect.stringMatching(/rewritten/) });

    const other = await workspaceWithEvents(5);
    const checked = await quick(other.app);
    other.db.prepare('DELETE FROM audit_events WHERE seq >= ?').run(checked.head.seq);
    expect(await quick(other.app)).toMatchObject({ ok: false, problem: expect.stringMatching(/removed from the end/) });
  });

  it('leaves an edit before the remembered point to the whole check, which still finds it', async () => {
    const { app, db } = await workspaceWithEvents(5);
    await quick(app);
    db.prepare("UPDATE audit_events SET target = 'case:999' WHERE action = 'test:before2'").run();
    expect((await quick(app)).ok).toBe(true);
    expect(await whole(app)).toMatchObject({ ok: false, from: 0, problem: expect.stringMatching(/altered/) });
  });

  it('starts from where the whole check on the audit page found the chain whole', async () => {
    const { app } = await workspaceWithEvents(5);
    const all = await whole(app);
    expect(all).toMatchObject({ ok: true, from: 0 });
    const next = await quick(app);
    expect(next).toMatchObject({ ok: true, from: all.head.seq, checked: 1 });
  });
});
