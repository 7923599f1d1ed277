import type { DASHBOARD_SECTIONS, DashboardView } from '../../shared/schemas/standards';
import { addDays, type LocalDate } from '../../shared/time/days';
import { endOfDay, localDateOf } from '../../shared/time/london';
import type { ReadableDB } from '../db/connection';
import type { SessionUser } from '../security/session';
import { latestProfiles } from './profiles';
import { remembered } from '../cache/figures';
import { can } from '../security/can';
import { dueRequests } from '../db/queries/standards/due-requests';
import { type DueFilters, type DueScope, type DueTimes, liveDueCounts, liveDueLines, nextLiveDue } from './store';

export type DashboardScope = 'mine' | 'team' | 'partner';
type Section = (typeof DASHBOARD_SECTIONS)[number];

export interface DashboardRequest {
  scope: DashboardScope;
  partner: string | null;
  filters: DueFilters;
  /** 'all', or the one section (overdue, today, week) to list. */
  state: 'all' | Section;
  pageSize: number;
  offsets: Record<Section, number>;
}

/**
 * The first screen after sign-in (issue 4 §6; issue 17): what is overdue, due today and due this week, for
 * me, my team (everyone in my partners) or one partner, under the filters, a page of each section at a
 * time with each section's true total. "This week" runs to the end of Sunday, London time; on a Sunday it
 * is the week ahead.
 */
export function loadDashboard(db: ReadableDB, user: SessionUser, request: DashboardRequest, now: Date, withCounts: boolean): DashboardView {
  const today = localDateOf(now);
  const times: DueTimes = { now: now.toISOString(), endToday: endOfDay(today).toISOString(), endWeek: endOfDay(lastDayOfWeek(today)).toISOString() };
  const { scope, partner, filters } = request;
  // A partner narrows any scope ("my items at WH"); 'partner' without one is the whole team.
  const cases: DueScope = {
    partners: partner ? user.partners.filter((p) => p === partner) : user.partners,
    ownerId: scope === 'mine' ? user.id : null,
    referredOnly: user.role === 'legal',
  };
  const section = (s: Section) =>
    request.state === 'all' || request.state === s
      ? liveDueLines(db, cases, times, filters, s, { offset: request.offsets[s], limit: request.pageSize }).map((r) => ({ ...r, urgent: r.urgent === 1, restricted: r.restricted === 1 }))
      : [];
  // One walk counts the sections and the officers (migration 17); the rules offered come from the profiles.
  // The walk reads every live item in scope (92,000 on 50,000 cases): kept while it holds (cache/figures.ts),
  // that is while nothing is written and until the next item falls due.
  const counts = remembered(db, JSON.stringify(['dashboard-counts', cases, times.endToday, times.endWeek, filters]), times.now, () => ({
    value: liveDueCounts(db, cases, times, filters),
    holdsUntil: nextLiveDue(db, times),
  }));
  const owners = withCounts ? counts.perOwner : [];
  return {
    overdue: section('overdue'),
    today: section('today'),
    week: section('week'),
    totals: counts.totals,
    offsets: request.offsets,
    pageSize: request.pageSize,
    // Counts per officer are for managers looking at a team, who may also filter by officer.
    perOfficer: owners,
    officers: owners.map((o) => ({ ownerId: o.ownerId, ownerName: o.ownerName })),
    rules: ruleChoices(db),
    // Requests are about people, not cases or officers: shown to those who answer them, in the partner chosen.
    requests: can(user, 'disclosures.manage') ? dueRequests(db, cases.partners, today, localDateOf(new Date(times.endWeek))) : [],
  };
}

/**
 * The last day "this week" covers, from a London date: the coming Sunday. Sunday's own week would end
 * tonight, leaving an urgent item reported on a Sunday (due within 24 hours, on the Monday) in no section
 * until it was overdue, so on a Sunday the week is the week ahead.
 */
function lastDayOfWeek(today: LocalDate): LocalDate {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(today, 7 - weekday);
}

/** Every rule of the current profiles, once, by its label: what the rule filter offers. */
function ruleChoices(db: ReadableDB): DashboardView['rules'] {
  const rules = new Map<string, string>();
  for (const profile of latestProfiles(db)) for (const rule of profile.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule.label);
  return [...rules].map(([ruleId, label]) => ({ ruleId, label })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
