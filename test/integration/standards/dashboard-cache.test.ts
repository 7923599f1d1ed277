import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../shared/time/london';
import { loadDashboard, type DashboardRequest } from '../../../main/standards/dashboard';
import { nextLiveDue } from '../../../main/standards/store';
import { raceHateIntake } from '../../helpers/cases';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

/**
 * The dashboard's counts are kept while they hold (main/cache/figures.ts, issue 17: the walk over every
 * live item took half a second on 50,000 cases): the same answer again while nothing changes, and a fresh
 * count once an item falls due or anything is written.
 */
const temp = useTempDirs();
const TEAM: DashboardRequest = { scope: 'team', partner: null, filters: { officer: null, ruleId: null, urgency: 'all' }, state: 'all', pageSize: 50, offsets: { overdue: 0, today: 0, week: 0 } };

describe('the dashboard’s kept counts', () => {
  it('are the fresh counts after an item falls due and after a write, and are kept while neither happens', async () => {
    const app = await makeWorkspace(temp());
    app.now.value = new Date('2026-11-23T09:00:00Z'); // a Monday
    await app.must('case:create', raceHateIntake({ partner: 'C33', receivedAt: '2026-11-23T08:30:00Z', incidents: [{ occurredAt: '2026-11-22T21:00:00Z', description: 'Abuse shouted from the landing.' }] }));
    const { ws, user } = app.core.sessions.current()!;
    const at = (iso: string) => loadDashboard(ws.db, user, TEAM, new Date(iso), true);

    // The first item to fall due, and half an hour before it on the same day: nothing is overdue yet.
    const next = nextLiveDue(ws.db, { now: '2026-11-23T09:00:00.000Z', endWeek: '2026-11-29T23:59:00.000Z' });
    expect(next).not.toBeNull();
    const t1 = new Date(new Date(next!).getTime() - 30 * 60_000).toISOString();
    const after = new Date(new Date(next!).getTime() + 60_000).toISOString();
    expect(localDateOf(new Date(after))).toBe(localDateOf(new Date(t1))); // the same day: only the item falling due changes the counts
    const first = at(t1);
    expect(first.totals.overdue.all).toBe(0);
    // Before it falls due: the same counts, not counted again.
    const before = new Date(new Date(next!).getTime() - 60_000).toISOString();
    expect(at(before).totals).toBe(first.totals);
    // Once it has: one more overdue, as a fresh count says.
    const later = at(after);
    expect(later.totals.overdue.all).toBeGreaterThan(0);
    expect(later.totals).not.toBe(first.totals);

    // A write (another case) is counted at once, though nothing has fallen due since.
    await app.must('case:create', raceHateIntake({ partner: 'C33', receivedAt: '2026-11-23T08:45:00Z', incidents: [{ occurredAt: '2026-11-22T21:00:00Z', description: 'Stones thrown at the window.' }] }));
    const written = at(after);
    expect(written.totals.week.all + written.totals.today.all + written.totals.overdue.all).toBeGreaterThan(later.totals.week.all + later.totals.today.all + later.totals.overdue.all);
  });
});
