import { describe, expect, it } from 'vitest';
import type { DB } from '../../../main/db/connection';
import { appendAudit, auditHead, verifyChain } from '../../../main/security/audit';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

async function dbWithEvents(n: number): Promise<DB> {
  const app = await makeWorkspace(temp());
  const { db } = app.core.sessions.current()!.ws;
  for (let i = 0; i < n; i += 1) {
    appendAudit(db, { at: `2026-11-21T10:00:${String(i).padStart(2, '0')}Z`, userId: 1, username: 'ada', action: `test:event${i}`, target: `case:${i}`, outcome: 'ok' });
  }
  // Someone with the key and a SQLite shell: the triggers are the first thing they would drop.
  db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
  return db;
}

describe('the audit chain', () => {
  it('verifies an untouched log', async () => {
    const db = await dbWithEvents(5);
    expect(verifyChain(db)).toMatchObject({ ok: true, problem: null });
  });

  it('refuses edits and deletes while the triggers stand', async () => {
    const app = await makeWorkspace(temp());
    const { db } = app.core.sessions.current()!.ws;
    expect(() => db.prepare("UPDATE audit_events SET action = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 1').run()).toThrow(/append-only/);
  });

  it('detects an edited event', async () => {
    const db = await dbWithEvents(5);
    db.prepare("UPDATE audit_events SET target = 'case:999' WHERE action = 'test:event2'").run();
    const verdict = verifyChain(db);
    expect(verdict.ok).toBe(false);
    expect(verdict.problem).toMatch(/altered/);
  });

  it('detects a deleted event', async () => {
    const db = await dbWithEvents(5);
    db.prepare("DELETE FROM audit_events WHERE action = 'test:event2'").run();
    expect(verifyChain(db)).toMatchObject({ ok: false, problem: expect.stringMatching(/deleted/) });
  });

  it('detects a deleted event even when the later ones are renumbered to close the gap', async () => {
    const db = await dbWithEvents(5);
    const gone = (db.prepare("SELECT seq FROM audit_events WHERE action = 'test:event2'").get() as { seq: number }).seq;
    db.prepare('DELETE FROM audit_events WHERE seq = ?').run(gone);
    db.prepare('UPDATE audit_events SET seq = seq - 1 WHERE seq > ?').run(gone);
    expect(verifyChain(db).ok).toBe(false);
  });

  it('detects reordered events', async () => {
    const db = await dbWithEvents(5);
    const a = db.prepare("SELECT * FROM audit_events WHERE action = 'test:event1'").get() as Record<string, unknown>;
    const b = db.prepare("SELECT * FROM audit_events WHERE action = 'test:event3'").get() as Record<string, unknown>;
    // Swap the two rows' contents, keeping each position's sequence number.
    const swap = db.prepare('UPDATE audit_events SET at=@at, action=@action, target=@target, prev_hash=@prev_hash, hash=@hash WHERE seq=@seq');
    db.transaction(() => {
      swap.run({ ...b, seq: a.seq });
      swap.run({ ...a, seq: b.seq });
    })();
    expect(verifyChain(db)).toMatchObject({ ok: false });
  });

  it('detects events cut off the end, against a head recorded earlier', async () => {
    const db = await dbWithEvents(5);
    const head = auditHead(db);
    db.prepare('DELETE FROM audit_events WHERE seq = ?').run(head.seq);
    expect(verifyChain(db).ok).toBe(true); // the chain alone cannot see a clean truncation...
    expect(verifyChain(db, head)).toMatchObject({ ok: false, problem: expect.stringMatching(/removed from the end/) }); // ...the recorded head can
  });
});
