import { describe, expect, it, vi } from 'vitest';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { raceHateIntake } from '../../helpers/cases';
import { addUser, makeWorkspace, type TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * Issue 17, item 2: the dashboard was capped silently at 200 lines, oldest first. With hundreds of overdue
 * items on generated cases in a real encrypted workspace, it must give every one of them a page at a time,
 * urgent ones first, with true totals that agree with the database and with the counts per officer.
 */
const temp = useTempDirs();
const DAY = 86_400_000;
type View = ChannelOutput<'deadline:dashboard'>;
type Line = View['overdue'][number];
const key = (l: Pick<Line, 'caseId' | 'ruleId' | 'occurrence'>) => `${l.caseId}/${l.ruleId}/${l.occurrence}`;

/** Cases received over two years, at two partners, for two officers, half of them urgent (fear of violence). */
async function officeWithBacklog(cases: number): Promise<{ app: TestApp; officerId: number }> {
  const app = await makeWorkspace(temp());
  const officer = await addUser(app, { username: 'olly', displayName: 'Olly Officer', role: 'officer', passphrase: 'river stone lantern', partners: ['C33', 'WH'] });
  const start = new Date('2024-11-20T10:00:00Z').getTime();
  for (let i = 0; i < cases; i += 1) {
    const receivedAt = new Date(start + Math.floor((i * 730 * DAY) / cases)).toISOString();
    app.now.value = new Date(new Date(receivedAt).getTime() + 3_600_000);
    const urgent = i % 2 === 0;
    await app.must(
      'case:create',
      raceHateIntake({
        partner: i % 3 === 0 ? 'WH' : 'C33',
        ownerId: i % 4 === 0 ? officer.id : null,
        receivedAt,
        incidents: [{ occurredAt: new Date(new Date(receivedAt).getTime() - DAY).toISOString(), description: 'Abuse shouted from the landing.' }],
        ...(urgent ? {} : { flags: [], risk: { level: 'standard' as const, notes: '' }, category: 'harassment' as const, motivation: [], perceivedAsHate: false }),
      }),
    );
  }
  // Today: Monday 23 November 2026; nobody has recorded anything since.
  app.now.value = new Date('2026-11-23T09:00:00Z');
  return { app, officerId: officer.id };
}

/** Every overdue line, page by page, as the screen would walk them. */
async function allOverdue(app: TestApp, filters: Partial<ChannelInput<'deadline:dashboard'>> = {}, pageSize = 200): Promise<{ lines: Line[]; first: View }> {
  const first = await app.must('deadline:dashboard', { scope: 'team', pageSize, ...filters });
  const lines = [...first.overdue];
  for (let offset = pageSize; offset < first.totals.overdue.all; offset += pageSize) {
    const page = await app.must('deadline:dashboard', { scope: 'team', pageSize, ...filters, offsets: { overdue: offset, today: 0, week: 0 } });
    expect(page.totals).toEqual(first.totals);
    lines.push(...page.overdue);
  }
  return { lines, first };
}

describe('the dashboard at scale', () => {
  it('gives every one of 500+ overdue items, a page at a time, urgent first, with totals that agree', async () => {
    const { app } = await officeWithBacklog(120);
    const db = app.core.sessions.current()!.ws.db;
    const inDb = db
      .prepare("SELECT case_id AS caseId, rule_id AS ruleId, occurrence, urgent FROM due_items WHERE live = 1 AND state IN ('pending', 'breached') AND due_at < ?")
      .all(app.now.value.toISOString()) as { caseId: number; ruleId: string; occurrence: number; urgent: number }[];
    expect(inDb.length).toBeGreaterThan(500);

    const { lines, first } = await allOverdue(app);
    expect(first.totals.overdue).toEqual({ all: inDb.length, urgent: inDb.filter((r) => r.urgent === 1).length });
    expect(first.overdue).toHaveLength(200); // a page, not a silent cap: the total says how many more
    expect(lines).toHaveLength(inDb.length);
    expect(new Set(lines.map(key))).toEqual(new Set(inDb.map(key)));

    // Urgent first; within each, the most recently due first, so 2024's leftovers sink to the end.
    const firstCalm = lines.findIndex((l) => !l.urgent);
    expect(firstCalm).toBe(first.totals.overdue.urgent);
    expect(lines.slice(firstCalm).every((l) => !l.urgent)).toBe(true);
    for (const group of [lines.slice(0, firstCalm), lines.slice(firstCalm)]) {
      expect(group.map((l) => l.dueAt)).toEqual([...group.map((l) => l.dueAt)].sort().reverse());
    }
    // The default page is smaller; for a manager, the counts per officer add up to the same true total.
    await addUser(app, { username: 'nia', displayName: 'Nia Manager', role: 'manager', passphrase: 'river stone lantern', partners: ['C33', 'WH'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'nia', passphrase: 'river stone lantern' });
    const dflt = await app.must('deadline:dashboard', { scope: 'team' });
    expect(dflt.overdue).toEqual(lines.slice(0, 50));
    expect(dflt.perOfficer.map((o) => o.ownerName).sort()).toEqual(['Ada Lovelace', 'Olly Officer']);
    expect(dflt.officers.map((o) => o.ownerName).sort()).toEqual(['Ada Lovelace', 'Olly Officer']);
    expect(dflt.perOfficer.reduce((sum, o) => sum + o.overdue, 0)).toBe(inDb.length);
  });

  it('filters by partner, officer, rule, urgency and state, each with its own true total', async () => {
    const { app, officerId } = await officeWithBacklog(36);
    const everything = await allOverdue(app);
    const check = async (filters: Parameters<typeof allOverdue>[1], keep: (l: Line) => boolean) => {
      const { lines, first } = await allOverdue(app, filters, 40);
      const expected = everything.lines.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(lines.map(key)).toEqual(expected.map(key));
      expect(first.totals.overdue.all).toBe(expected.length);
      return first;
    };
    const whRefs = (await app.must('case:list', { partner: 'WH', pageSize: 200 })).rows.map((c) => c.ref);
    await check({ partner: 'WH' }, (l) => whRefs.includes(l.ref));
    await check({ officer: officerId }, (l) => l.ownerId === officerId);
    await check({ ruleId: 'acknowledge' }, (l) => l.ruleId === 'acknowledge');
    expect(everything.first.rules.map((r) => r.ruleId)).toContain('acknowledge');
    await check({ urgency: 'urgent' }, (l) => l.urgent);
    await check({ urgency: 'not-urgent' }, (l) => !l.urgent);
    const overdueOnly = await app.must('deadline:dashboard', { scope: 'team', state: 'overdue' });
    expect(overdueOnly.overdue.length).toBeGreaterThan(0);
    expect([overdueOnly.today, overdueOnly.week]).toEqual([[], []]);
  });

  it('refuses a page size it will not give, saying so', async () => {
    const app = await makeWorkspace(temp());
    const r = await app.call('deadline:dashboard', { scope: 'team', pageSize: 5000 });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/pageSize/) } });
  });

  it('walks the index kept in its order: a page of overdue items is read, not sorted, and the counts read only the open items’ index', async () => {
    const { app } = await officeWithBacklog(12);
    const db = app.core.sessions.current()!.ws.db;
    // Every statement the dashboard runs, with its parameters, to ask SQLite how it would run each.
    const ran: { text: string; params: unknown[] }[] = [];
    const prepare = db.prepare.bind(db);
    const spy = vi.spyOn(db, 'prepare').mockImplementation(((text: string) => {
      const statement = prepare(text);
      const record = (run: (...params: unknown[]) => unknown) => (...params: unknown[]) => (ran.push({ text, params }), run(...params));
      return Object.assign(statement, { all: record(statement.all.bind(statement)), get: record(statement.get.bind(statement)) });
    }) as typeof db.prepare);
    await app.must('deadline:dashboard', { scope: 'team' });
    spy.mockRestore();
    // The counts are kept until the next item falls due (main/cache/figures.ts): that one is looked up in the live index.
    const next = ran.filter((r) => r.text.includes('min(due_at)'));
    expect(next.length).toBe(1);
    expect((db.prepare(`EXPLAIN QUERY PLAN ${next[0]!.text}`).all(...next[0]!.params) as { detail: string }[]).map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX due_items_live \(due_at>\? AND due_at<\?\)/);
    const walks = ran.filter((r) => r.text.includes('FROM due_items') && !r.text.includes('min(due_at)'));
    expect(walks.length).toBe(4); // three sections' pages and one count
    for (const walk of walks) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${walk.text}`).all(...walk.params) as { detail: string }[]).map((p) => p.detail).join('\n');
      // The counts read nothing but the open items' index in case order (migration 29), then each case once;
      // the pages read the index kept in the dashboard's order, and the overdue page reads in that order.
      if (walk.text.includes('GROUP BY')) expect(plan).toContain('USING COVERING INDEX due_items_live_case');
      else expect(plan).toContain('INDEX due_items_live_order');
      if (walk.text.includes('DESC LIMIT')) expect(plan).not.toContain('FOR ORDER BY');
    }
  });
});
