import type { DashboardView } from '../../../../shared/schemas/standards';
import type { ReadableDB } from '../../connection';
import { sql, type SqlFragment, sqlFragment, sqlJoin } from '../../sql';
import { type DueScope, scopeWhere } from './due-items';

/**
 * The deadlines dashboard's queries (issue 4 §6, issue 17): each section's lines a page at a time, most
 * urgent first, with the section's true totals under the same filters, the counts per officer and what
 * the filters can offer.
 */

/** A dashboard line as stored: SQLite's 0/1 for urgent and restricted. */
export type DueLineRow = Omit<DashboardView['overdue'][number], 'urgent' | 'restricted'> & { urgent: number; restricted: number };

/** The times a dashboard is cut by: now, the end of today and the end of this week (ISO instants). */
export interface DueTimes {
  now: string;
  endToday: string;
  endWeek: string;
}

export type DueSection = 'overdue' | 'today' | 'week';

/** Which of the live items in scope a dashboard shows. */
export interface DueFilters {
  /** One officer's cases, or the cases with no officer. */
  officer: number | 'unassigned' | null;
  ruleId: string | null;
  urgency: 'all' | 'urgent' | 'not-urgent';
}

export const NO_FILTERS: DueFilters = { officer: null, ruleId: null, urgency: 'all' };

function sectionWhere(section: DueSection, t: DueTimes): SqlFragment {
  if (section === 'overdue') return sqlFragment`d.due_at < ${t.now}`;
  if (section === 'today') return sqlFragment`d.due_at >= ${t.now} AND d.due_at <= ${t.endToday}`;
  return sqlFragment`d.due_at > ${t.endToday}`;
}

function filterWhere(f: DueFilters): SqlFragment {
  const where = [sqlFragment`1`];
  if (f.officer === 'unassigned') where.push(sqlFragment`c.owner_id IS NULL`);
  else if (f.officer !== null) where.push(sqlFragment`c.owner_id = ${f.officer}`);
  if (f.ruleId !== null) where.push(sqlFragment`d.rule_id = ${f.ruleId}`);
  if (f.urgency !== 'all') where.push(sqlFragment`d.urgent = ${f.urgency === 'urgent' ? 1 : 0}`);
  return sqlJoin(where, ' AND ');
}

/**
 * Every dashboard query walks the live items in the index kept in the dashboard's order (migration 17),
 * which holds every column of an item these queries read. The planner would otherwise start from the
 * partner's or the officer's cases and read every one of their items (measured on 50,000 cases: 330 ms
 * for a page, 278 ms for one officer's items, against a few ms).
 */
const WALK = sqlFragment`INDEXED BY due_items_live_order`;

/** The same items in case order, for the counts (migration 29): each case is then looked up once. */
const BY_CASE = sqlFragment`INDEXED BY due_items_live_case`;
const LIVE = sqlFragment`d.live = 1 AND d.state IN ('pending', 'breached')`;

/** The filters that are about an item itself (its rule, its urgency), not its case's officer. */
function itemFilterWhere(f: DueFilters): SqlFragment {
  return filterWhere({ ...f, officer: null });
}

/** Live items (open cases, plus the survey closure starts) pending or breached and due by the end of the week. */
const liveBy = (scope: DueScope, t: DueTimes) =>
  sqlFragment`${LIVE} AND d.due_at <= ${t.endWeek} AND ${scopeWhere(scope)}`;

/**
 * Most urgent first (issue 17): the 24-hour items, then the rest. Overdue items run from the most recently
 * due back, so a long-forgotten survey does not sit above yesterday's graffiti; upcoming ones run from the
 * soonest due. The case and rule break ties, so pages never overlap or skip a line. Overdue ties break
 * downwards so that the whole order is the index's read backwards: the walk stops at the end of the page
 * instead of sorting some 46,000 overdue items first. Today's and the week's items are few and sorted.
 */
function sectionOrder(section: DueSection): SqlFragment {
  return section === 'overdue'
    ? sqlFragment`d.urgent DESC, d.due_at DESC, d.case_id DESC, d.rule_id DESC, d.occurrence DESC`
    : sqlFragment`d.urgent DESC, d.due_at ASC, d.case_id, d.rule_id, d.occurrence`;
}

/** One page of a dashboard section's live items. */
export function liveDueLines(db: ReadableDB, scope: DueScope, t: DueTimes, f: DueFilters, section: DueSection, page: { offset: number; limit: number }): DueLineRow[] {
  const q = sql`SELECT d.case_id AS caseId, c.ref, d.rule_id AS ruleId, d.occurrence, d.label, d.due_at AS dueAt, d.urgent, c.owner_id AS ownerId,
                  u.display_name AS ownerName, c.restricted
           FROM due_items d ${WALK} JOIN cases c ON c.id = d.case_id LEFT JOIN users u ON u.id = c.owner_id
           WHERE ${liveBy(scope, t)} AND ${filterWhere(f)} AND ${sectionWhere(section, t)}
           ORDER BY ${sectionOrder(section)} LIMIT ${page.limit} OFFSET ${page.offset}`;
  return db.prepare(q.text).all(...q.params) as DueLineRow[];
}

export type SectionTotals = DashboardView['totals'];
export type OfficerCounts = DashboardView['perOfficer'][number];

interface OwnerRow extends OfficerCounts {
  overdueUrgent: number;
  todayUrgent: number;
  weekUrgent: number;
}

/**
 * Every section's true size under the filters (and how many are urgent), and the live items counted per
 * case owner under every filter but the officer's (so officers can be compared), from one walk: the
 * counts per owner, summed over the owners the officer filter keeps, are the totals. The walk adds up each
 * case's items in case order (migration 29's due_items_live_case) and then looks each case up once for its
 * partner and officer, rather than once per item.
 */
export function liveDueCounts(db: ReadableDB, scope: DueScope, t: DueTimes, f: DueFilters = NO_FILTERS): { totals: SectionTotals; perOwner: OfficerCounts[] } {
  // The owner's name is joined after grouping.
  const q = sql`SELECT t.*, u.display_name AS ownerName FROM (
             SELECT c.owner_id AS ownerId, total(k.overdue) AS overdue, total(k.overdueUrgent) AS overdueUrgent, total(k.today) AS today,
                    total(k.todayUrgent) AS todayUrgent, total(k.week) AS week, total(k.weekUrgent) AS weekUrgent
             FROM (SELECT d.case_id, total(d.due_at < ${t.now}) AS overdue, total(d.due_at < ${t.now} AND d.urgent = 1) AS overdueUrgent,
                          total(d.due_at >= ${t.now} AND d.due_at <= ${t.endToday}) AS today, total(d.due_at >= ${t.now} AND d.due_at <= ${t.endToday} AND d.urgent = 1) AS todayUrgent,
                          total(d.due_at > ${t.endToday}) AS week, total(d.due_at > ${t.endToday} AND d.urgent = 1) AS weekUrgent
                   FROM due_items d ${BY_CASE} WHERE ${LIVE} AND d.due_at <= ${t.endWeek} AND ${itemFilterWhere(f)} GROUP BY d.case_id) k
             JOIN cases c ON c.id = k.case_id
             WHERE ${scopeWhere(scope)} GROUP BY c.owner_id) t
           LEFT JOIN users u ON u.id = t.ownerId ORDER BY t.overdue DESC, t.today DESC`;
  const rows = db.prepare(q.text).all(...q.params) as OwnerRow[];
  const kept = rows.filter((r) => f.officer === null || (f.officer === 'unassigned' ? r.ownerId === null : r.ownerId === f.officer));
  const sum = (key: keyof Omit<OwnerRow, 'ownerId' | 'ownerName'>) => kept.reduce((n, r) => n + r[key], 0);
  return {
    totals: {
      overdue: { all: sum('overdue'), urgent: sum('overdueUrgent') },
      today: { all: sum('today'), urgent: sum('todayUrgent') },
      week: { all: sum('week'), urgent: sum('weekUrgent') },
    },
    perOwner: rows.map(({ ownerId, ownerName, overdue, today, week }) => ({ ownerId, ownerName, overdue, today, week })),
  };
}

/**
 * The first live item due at or after `now` and by the end of the week, or null: until it falls due, every
 * dashboard count (overdue, today, this week) stays as it is (from the partial index due_items_live).
 */
export function nextLiveDue(db: ReadableDB, t: Pick<DueTimes, 'now' | 'endWeek'>): string | null {
  return (
    db
      .prepare(`SELECT min(due_at) AS at FROM due_items INDEXED BY due_items_live WHERE live = 1 AND state IN ('pending', 'breached') AND due_at >= ? AND due_at <= ?`)
      .get(t.now, t.endWeek) as { at: string | null }
  ).at;
}
