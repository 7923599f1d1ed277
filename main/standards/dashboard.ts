import type { DashboardView } from '../../shared/schemas/standards';
import { addDays } from '../../shared/time/days';
import { endOfDay, localDateOf } from '../../shared/time/london';
import type { ReadableDB } from '../db/connection';
import type { SessionUser } from '../security/session';
import { type DueScope, type DueSection, type DueTimes, liveDueCountsPerOwner, liveDueLines } from './store';

export type DashboardScope = 'mine' | 'team' | 'partner';

/**
 * The first screen after sign-in (issue 4 §6): what is overdue, due today and due this week, for me, my
 * team (everyone in my partners) or one partner. Reads the stored due items through their partial index.
 * "This week" runs to the end of Sunday, London time.
 */
export function loadDashboard(db: ReadableDB, user: SessionUser, scope: DashboardScope, partner: string | null, now: Date, withCounts: boolean, limit = 200): DashboardView {
  const today = localDateOf(now);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  // "This week" is the calendar week: it ends on Sunday night. Monday's items appear on Monday as due today.
  const times: DueTimes = { now: now.toISOString(), endToday: endOfDay(today).toISOString(), endWeek: endOfDay(addDays(today, weekday === 0 ? 0 : 7 - weekday)).toISOString() };
  const cases: DueScope = {
    partners: scope === 'partner' && partner ? user.partners.filter((p) => p === partner) : user.partners,
    ownerId: scope === 'mine' ? user.id : null,
    referredOnly: user.role === 'legal',
  };
  const section = (s: DueSection) => liveDueLines(db, cases, times, s, limit).map((r) => ({ ...r, urgent: r.urgent === 1, restricted: r.restricted === 1 }));
  return {
    overdue: section('overdue'),
    today: section('today'),
    week: section('week'),
    // Counts per officer are for managers looking at a team.
    perOfficer: withCounts ? liveDueCountsPerOwner(db, cases, times) : [],
  };
}
