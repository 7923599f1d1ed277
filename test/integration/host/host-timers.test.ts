import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertIdempotencyKey, setIdempotencyAnswer } from '../../../main/host/store';
import { OfficeSessions } from '../../../main/host/sessions';
import { type HostDay, hostTick, startHostTimers } from '../../../main/office/timers';
import type { SessionManager } from '../../../main/security/session';
import { raceHateIntake } from '../../helpers/cases';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * Issue 22: an office host is signed in once and runs for weeks, so what the embedded app does at sign-in and
 * on close happens on the host's timer: deadlines brought up to date and lapsed actions swept once a London
 * day, a daily backup, and day-old idempotency answers (which may quote personal data) forgotten. The clock is
 * the test's: the host's day changes when the test moves it.
 */
const temp = useTempDirs();
const HOUR = 3_600_000;
const MONTH = 30 * 24 * HOUR;

const dbOf = (app: TestApp) => app.core.sessions.current()!.ws.db;
const keys = (app: TestApp) => (dbOf(app).prepare('SELECT key FROM host_idempotency ORDER BY key').all() as { key: string }[]).map((r) => r.key);

function keep(app: TestApp, key: string, at: Date): void {
  insertIdempotencyKey(dbOf(app), { device: 'ab12', key, userId: 1, channel: 'note:add', at: at.toISOString() });
  setIdempotencyAnswer(dbOf(app), 'ab12', key, JSON.stringify({ ok: true, value: { text: 'Dee Dunn says her brother saw it' } }));
}

describe('the office host’s timer', () => {
  it('brings deadlines up to date once a day, backs up from the second day, and forgets answers older than a day', async () => {
    const root = temp();
    const app = await makeWorkspace(root);
    const folder = join(root, 'backups');
    await app.must('settings:update', { backupFolder: folder });
    for (let i = 0; i < 2; i += 1) await app.must('case:create', raceHateIntake({ receivedAt: new Date(app.now.value.getTime() - (i + 1) * 60_000).toISOString() }));
    // A first written warning live for a month: it lapses at the end of 21/12/2026.
    const perp = (await app.must('case:get', { id: 1 })).parties.find((p) => p.role === 'alleged-perpetrator')!;
    await app.must('confirmation:add', { caseId: 1, partyId: perp.id, basis: 'independent-witness', detail: 'George Pike saw it', on: '2026-11-20' });
    await app.must('action:create', { caseId: 1, subjectPartyId: perp.id, startedOn: '2026-11-21', details: { kind: 'written-warning-first', behaviour: 'Abuse on the landing', livePeriodMonths: 1 } });
    await app.core.deadlineRefresh();
    const office = new OfficeSessions(app.core.sessions as SessionManager);
    const state: HostDay = { day: null };
    const statuses = async () => (await app.must('action:list', { caseId: 1 })).actions.map((a) => a.status);

    // A month on, the host still signed in: pending items have fallen past due.
    app.now.value = new Date(app.now.value.getTime() + MONTH);
    const nowIso = () => app.now.value.toISOString();
    const pastDue = () => (dbOf(app).prepare("SELECT count(*) AS n FROM due_items WHERE live = 1 AND state = 'pending' AND due_at < ?").get(nowIso()) as { n: number }).n;
    expect(pastDue()).toBeGreaterThan(0);
    keep(app, 'old-answer-0000000001', new Date(app.now.value.getTime() - 25 * HOUR));
    keep(app, 'new-answer-0000000002', new Date(app.now.value.getTime() - HOUR));

    const first = hostTick(app.core, office, state);
    expect(first.forgotten).toBe(1);
    expect(keys(app)).toEqual(['new-answer-0000000002']);
    expect(first.daily).toMatchObject({ cases: 2, backup: null, expired: 0 });
    expect(await statuses()).toEqual(['active']);
    expect(first.daily!.rewritten).toBeGreaterThan(0);
    expect(pastDue()).toBe(0);
    // The same day again: only the answers are looked at.
    expect(hostTick(app.core, office, state)).toEqual({ forgotten: 0, daily: null });

    // The next London day: the daily work runs again, with a backup, and yesterday's answer is forgotten.
    app.now.value = new Date(app.now.value.getTime() + 24 * HOUR);
    const next = hostTick(app.core, office, state);
    expect(next.forgotten).toBe(1);
    expect(next.daily?.expired).toBe(1);
    expect(await statuses()).toEqual(['expired']);
    expect(keys(app)).toEqual([]);
    expect(next.daily?.backup?.startsWith(folder)).toBe(true);
    expect(existsSync(next.daily!.backup!)).toBe(true);
    const event = dbOf(app).prepare("SELECT username, target FROM audit_events WHERE action = 'backup:daily'").all();
    expect(event).toEqual([{ username: 'ada', target: next.daily!.backup }]);
  });

  it('runs on its own interval, and does nothing while the host is locked', async () => {
    const app = await makeWorkspace(temp());
    const office = new OfficeSessions(app.core.sessions as SessionManager);
    keep(app, 'old-answer-0000000003', new Date(app.now.value.getTime() - 2 * 24 * HOUR));
    const stop = startHostTimers(app.core, office, 20);
    // The first tick runs at once.
    expect(keys(app)).toEqual([]);
    keep(app, 'late-answer-000000004', new Date(app.now.value.getTime() - 2 * 24 * HOUR));
    for (let i = 0; i < 100 && keys(app).length > 0; i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(keys(app)).toEqual([]);
    stop();
    await app.must('session:lock', {});
    expect(hostTick(app.core, office, { day: null })).toEqual({ forgotten: 0, daily: null });
  });
});
