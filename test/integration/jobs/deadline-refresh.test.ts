import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection';
import { seedCases } from '../../../main/seed/seed';
import { recomputeCase } from '../../../main/standards/recompute';
import { raceHateIntake } from '../../helpers/cases';
import { ADMIN, makeApp, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * Issue 14: the sign-in refresh of every open case's deadlines runs in a worker with its own connection to
 * the encrypted database (main/standards/refresh.ts), as a job of the registry. These force the worker
 * (it normally starts from 1,000 open cases) and give it small batches, so a lock can land in the middle.
 */
const temp = useTempDirs();
const MONTH = 30 * 86_400_000;

/** A workspace with `cases` open cases whose items are pending now (or, `seeded`, that many generated cases of every age). */
async function workspaceWithCases(root: string, cases: number, options: Parameters<typeof makeApp>[2], seeded = false): Promise<TestApp> {
  const app = makeApp(root, undefined, options);
  await app.must('workspace:create', { workspaceName: 'Test Office', admin: ADMIN });
  if (seeded) await seedCases(app.core, { cases, seed: 14, now: app.now.value, staffPassphrase: 'steady orchard kettle', batchSize: cases });
  else for (let i = 0; i < cases; i += 1) await app.must('case:create', raceHateIntake({ receivedAt: new Date(app.now.value.getTime() - (i + 1) * 60_000).toISOString() }));
  await app.core.deadlineRefresh();
  await app.must('session:signOut', {});
  // A month with the office closed: pending items fall overdue.
  app.now.value = new Date(app.now.value.getTime() + MONTH);
  return app;
}

const signIn = (app: TestApp) => app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
const dbOf = (app: TestApp) => app.core.sessions.current()!.ws.db;
const snapshot = (app: TestApp) => dbOf(app).prepare("SELECT d.case_id, d.rule_id, d.occurrence, d.label, d.profile_version, d.starts_at, d.due_at, d.state, d.met_at, d.urgent, d.live FROM due_items d JOIN cases c ON c.id = d.case_id WHERE c.status != 'closed' ORDER BY 1, 2, 3").all();
const running = (app: TestApp) => app.core.jobs.running('deadline-refresh');

describe('the sign-in refresh of deadlines, in a worker', () => {
  it('does not hold up sign-in, leaves what recomputing each case on the main thread would, and the dashboard is right meanwhile', async () => {
    const app = await workspaceWithCases(temp(), 8, { deadlineWorkerFrom: 0, deadlineBatchSize: 3 });
    await signIn(app);
    // Sign-in has answered; the refresh is still a job of the registry, in its worker.
    expect(running(app)).toEqual([expect.objectContaining({ kind: 'deadline-refresh', caseId: null, state: 'running', total: 8 })]);
    // Meanwhile the stored items are a month old: still "pending", but past due, and the dashboard says overdue.
    const nowIso = app.now.value.toISOString();
    const stale = dbOf(app).prepare("SELECT case_id AS caseId, rule_id AS ruleId, occurrence FROM due_items WHERE live = 1 AND state = 'pending' AND due_at < ?").all(nowIso);
    expect(stale.length).toBeGreaterThan(8);
    const during = await app.must('deadline:dashboard', { scope: 'team' });
    for (const item of stale) expect(during.overdue).toContainEqual(expect.objectContaining(item));

    expect(await app.core.deadlineRefresh()).toMatchObject({ state: 'done', where: 'worker', cases: 8, rewritten: 8 });
    expect(running(app)).toEqual([]);
    const fromWorker = snapshot(app);
    expect(dbOf(app).prepare("SELECT count(*) AS n FROM due_items WHERE live = 1 AND state = 'pending' AND due_at < ?").get(nowIso)).toEqual({ n: 0 });
    for (const id of [1, 2, 3, 4, 5, 6, 7, 8]) recomputeCase(dbOf(app), id, app.now.value);
    expect(snapshot(app)).toEqual(fromWorker);
    const after = await app.must('deadline:dashboard', { scope: 'team' });
    for (const item of stale) expect(after.overdue).toContainEqual(expect.objectContaining(item));
    await app.must('session:signOut', {});
  });

  it.each(['lock', 'sign-out'] as const)('stops at a %s in the middle, leaving the database whole and free at once; the next sign-in finishes it', async (how) => {
    // Enough cases, a case a batch, that the lock lands while batches are still being written.
    const app = await workspaceWithCases(temp(), 400, { deadlineWorkerFrom: 0, deadlineBatchSize: 1 }, true);
    await signIn(app);
    const ids = (dbOf(app).prepare("SELECT id FROM cases WHERE status != 'closed' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    const { ws } = app.core.sessions.current()!;
    const key = Buffer.from(ws.masterKey);
    const refresh = app.core.deadlineRefresh()!;
    // Wait until some batches are written, but not all.
    for (let i = 0; i < 2000 && (running(app)[0]?.done ?? 0) < 2; i += 1) await new Promise((r) => setTimeout(r, 2));
    const midway = running(app)[0];
    expect(midway).toMatchObject({ state: 'running' });
    expect(midway!.done).toBeLessThan(ids.length);

    if (how === 'lock') await app.must('session:lock', {});
    else await app.must('session:signOut', {});
    // The worker has let go before the lock returned: the file can be held exclusively straight away.
    const db = openDatabase(ws.paths.db, key, { exclusive: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(await refresh).toMatchObject({ state: 'stopped', where: 'worker' });

    await signIn(app);
    expect(await app.core.deadlineRefresh()).toMatchObject({ state: 'done', cases: ids.length });
    const finished = snapshot(app);
    for (const id of ids) recomputeCase(dbOf(app), id, app.now.value);
    expect(snapshot(app)).toEqual(finished);
    await app.must('session:signOut', {});
  });

  it('is stopped, and lets go of the database, before a re-key (removing a user) that needs the file alone', async () => {
    const app = await workspaceWithCases(temp(), 400, { deadlineWorkerFrom: 0, deadlineBatchSize: 1 }, true);
    await signIn(app);
    const refresh = app.core.deadlineRefresh()!;
    for (let i = 0; i < 2000 && (running(app)[0]?.done ?? 0) < 2; i += 1) await new Promise((r) => setTimeout(r, 2));
    expect(running(app)).toHaveLength(1);
    const tom = (await app.must('users:list', {})).find((u) => u.username === 'tom.okafor')!;
    await app.must('users:remove', { userId: tom.id });
    expect(await refresh).toMatchObject({ state: 'stopped' });
    // The workspace opens with the new key, and the next sign-in brings every open case up to date.
    await app.must('session:signOut', {});
    await signIn(app);
    expect(await app.core.deadlineRefresh()).toMatchObject({ state: 'done' });
    await app.must('session:signOut', {});
  });

  it('lets the window write while it runs, and never writes over those changes with items worked out from older facts', async () => {
    const app = await workspaceWithCases(temp(), 400, { deadlineWorkerFrom: 0, deadlineBatchSize: 5 }, true);
    await signIn(app);
    const ids = (dbOf(app).prepare("SELECT id FROM cases WHERE status != 'closed' ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    // Facts recorded on cases all through the list while the worker goes through it.
    const written: number[] = [];
    for (let k = ids.length - 1; k >= 0 && running(app).length > 0; k -= 7) {
      await app.must('deadline:recordFact', { caseId: ids[k]!, kind: 'case-review' });
      written.push(ids[k]!);
    }
    expect(written.length).toBeGreaterThan(2);
    expect(await app.core.deadlineRefresh()).toMatchObject({ state: 'done', cases: ids.length });
    const finished = snapshot(app);
    for (const id of ids) recomputeCase(dbOf(app), id, app.now.value);
    expect(snapshot(app)).toEqual(finished);
    await app.must('session:signOut', {});
  });

  it('with the database held exclusively: the worker opens beside it, and the hold is taken once the worker has closed', async () => {
    const app = await workspaceWithCases(temp(), 4, { deadlineWorkerFrom: 0, exclusive: true });
    await signIn(app);
    const { ws } = app.core.sessions.current()!;
    const key = Buffer.from(ws.masterKey);
    expect(await app.core.deadlineRefresh()).toMatchObject({ state: 'done', cases: 4, rewritten: 4 });
    await new Promise((r) => setImmediate(r));
    // Something that skipped the workspace lock still cannot get in.
    expect(() => openDatabase(ws.paths.db, key)).toThrow(expect.objectContaining({ code: 'conflict' }));
    await app.must('session:signOut', {});
  });

  it('below the threshold it runs at sign-in on the main thread, with no worker', async () => {
    const app = await workspaceWithCases(temp(), 3, {});
    await signIn(app);
    expect(running(app)).toEqual([]);
    expect(await app.core.deadlineRefresh()).toMatchObject({ state: 'done', where: 'main', cases: 3, rewritten: 3 });
    await app.must('session:signOut', {});
  });
});
