import type { WritableDB } from '../connection';

/**
 * Indexes for reading a period across all cases, by the date that puts a row in it (incident date, due
 * time, referral time, cost date, action start, survey dates, closure time); the per-case indexes cannot
 * serve that. Two are covering: a year holds some 200,000 deadlines and 35,000 incidents, read without
 * touching the tables (npm run bench: a year's report on 50,000 cases). The names are listed so the bench
 * can rebuild them on a dataset cached before they changed.
 */
export const REPORT_INDEXES: Readonly<Record<string, string>> = {
  incidents_occurred: 'incidents (occurred_at, case_id, acts)',
  due_items_due: 'due_items (due_at, rule_id, state, urgent)',
  referrals_at: 'referrals (at)',
  costs_incurred: 'costs (incurred_on)',
  case_actions_started: 'case_actions (started_on)',
  surveys_completed: 'surveys (completed_on) WHERE completed_on IS NOT NULL',
  surveys_offered: 'surveys (offered_on)',
  cases_closed: 'cases (closed_at) WHERE closed_at IS NOT NULL',
  // Open at the period's end, and the cases in scope, without reading the case rows.
  cases_period: 'cases (received_at, partner, category, closed_at)',
  // The complainants, victims and alleged perpetrators of a period's cases, for the equality counts.
  parties_case_role: 'parties (case_id, role)',
};
export const reportIndexSql = () =>
  Object.entries(REPORT_INDEXES)
    .map(([name, on]) => `CREATE INDEX ${name} ON ${on};`)
    .join('\n');

/**
 * Version 5: monitoring reports (issue 8, DESIGN §8, P7).
 *
 * partner_homes: the homes count NM01 divides by, as dated figures. partners.homes holds one number (the
 * current count); a report needs the count in force for its period, which changes as homes are built,
 * sold or transferred. A period uses the latest figure dated on or before its last day, and falls back to
 * partners.homes when none is recorded (main/reports/homes.ts).
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE partner_homes (
      partner     TEXT NOT NULL REFERENCES partners (code),
      from_date   TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      homes       INTEGER NOT NULL CHECK (homes >= 0),
      recorded_by INTEGER REFERENCES users (id),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (partner, from_date)
    ) STRICT, WITHOUT ROWID;
    ${reportIndexSql()}
  `);
}
