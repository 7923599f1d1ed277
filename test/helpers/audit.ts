import type { TestApp } from './core';

/** The audit details of a channel's events, newest first (the list shows the action; the detail is read from the log). */
export async function auditDetails(app: TestApp, action: string): Promise<string[]> {
  const events = (await app.must('audit:list', { limit: 500 })).filter((e) => e.action === action);
  const db = app.core.sessions.current()!.ws.db;
  return events.map((e) => (db.prepare('SELECT detail FROM audit_events WHERE seq = ?').get(e.seq) as { detail: string }).detail);
}
