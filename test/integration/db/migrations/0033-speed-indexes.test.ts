import { expect, it, vi } from 'vitest';
import type { DB } from '../../../../main/db/connection';
import { getCaseHeader } from '../../../../main/db/queries/cases';
import { liveDueCounts } from '../../../../main/db/queries/standards/dashboard';
import { counterAllegations } from '../../../../main/casework/store';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();

/** Each statement a function prepares, with the values it ran with: what EXPLAIN QUERY PLAN is asked about. */
function statementsOf(db: DB, run: () => void): { text: string; args: unknown[] }[] {
  const seen: { text: string; args: unknown[] }[] = [];
  const prepare = db.prepare.bind(db);
  const spy = vi.spyOn(db, 'prepare').mockImplementation(((text: string) => {
    const stmt = prepare(text);
    const record = (method: 'all' | 'get' | 'run') => (...args: unknown[]) => {
      seen.push({ text, args });
      return (stmt[method] as (...a: unknown[]) => unknown)(...args);
    };
    return new Proxy(stmt, { get: (t, k) => (k === 'all' || k === 'get' || k === 'run' ? record(k) : Reflect.get(t, k)) });
  }) as never);
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

function planOf(db: DB, s: { text: string; args: unknown[] }): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${s.text}`).all(...s.args) as { detail: string }[]).map((r) => r.detail).join('\n');
}

it('0033: a case\'s links are found the other way round by index, not by scanning every case', () => {
  const db = databaseAt(temp(), 33);
  const header = statementsOf(db, () => getCaseHeader(db, 1));
  const counter = statementsOf(db, () => counterAllegations(db, 1, 'counter-allegation'));
  for (const s of [...header, ...counter].filter((x) => x.text.includes('case_links'))) {
    const plan = planOf(db, s);
    expect(plan).toMatch(/USING COVERING INDEX case_links_linked \(linked_case_id=\?/);
    expect(plan).not.toMatch(/SCAN c\b/);
  }
});

it('0033: the dashboard\'s counts walk the open items in case order from their own partial index', () => {
  const db = databaseAt(temp(), 33);
  const times = { now: '2026-12-05T08:00:00.000Z', endToday: '2026-12-05T23:59:59.999Z', endWeek: '2026-12-06T23:59:59.999Z' };
  const [counts] = statementsOf(db, () => liveDueCounts(db, { partners: ['WH', 'NV'], ownerId: null, referredOnly: false }, times));
  const plan = planOf(db, counts!);
  expect(plan).toContain('SCAN d USING COVERING INDEX due_items_live_case');
  // The items are added up per case before the case is looked up: no sort of the items by case.
  expect(plan).not.toMatch(/TEMP B-TREE FOR GROUP BY[\s\S]*SCAN d/);
  expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'due_items_live_case'").pluck().get()).toMatch(/WHERE live = 1 AND state IN \('pending', 'breached'\)/);
});
