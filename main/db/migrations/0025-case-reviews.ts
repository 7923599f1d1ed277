import { DEFAULT_THRESHOLD_ID, DEFAULT_THRESHOLDS } from '../../../shared/case-review/thresholds';
import type { WritableDB } from '../connection';

/**
 * Version 24 (issue 20): the ASB Case Review ("community trigger", Anti-social Behaviour, Crime and
 * Policing Act 2014, ss.104–105 and Schedule 4).
 *
 * - case_review_thresholds: the local threshold as versioned data (like standard_profiles); each partner
 *   names the one its area uses (partners.case_review_threshold), and an application keeps the version in
 *   force when it was received.
 * - case_review_applications: who applied, on whose behalf and with what consent, when, through whom
 *   (the partner or the council), the addresses it concerns, the vulnerable-victim flag, the corrections
 *   to the threshold count (JSON: key, counts, reason) and the threshold decision.
 * - case_review_cases: the cases an application concerns (its own case first), so complaints on each
 *   count once.
 * - case_reviews: the review itself (one per application): lead body, meeting, attendees (JSON), what
 *   was decided, when the applicant was told.
 * - case_review_recommendations: owner body, what, due date, status, evidence of completion.
 * - case_review_escalations: the applicant's escalation (appeal) and its outcome.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE case_review_thresholds (
      id         TEXT NOT NULL,
      version    INTEGER NOT NULL,
      name       TEXT NOT NULL,
      definition TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (id, version)
    ) STRICT, WITHOUT ROWID;

    ALTER TABLE partners ADD COLUMN case_review_threshold TEXT NOT NULL DEFAULT '${DEFAULT_THRESHOLD_ID}';

    CREATE TABLE case_review_applications (
      id                  INTEGER PRIMARY KEY,
      case_id             INTEGER NOT NULL REFERENCES cases (id),
      partner             TEXT NOT NULL REFERENCES partners (code),
      applicant_party_id  INTEGER REFERENCES parties (id),
      applicant_name      TEXT NOT NULL,
      on_behalf           INTEGER NOT NULL DEFAULT 0 CHECK (on_behalf IN (0, 1)),
      victim_party_id     INTEGER REFERENCES parties (id),
      consent_on          TEXT,
      consent_notes       TEXT NOT NULL DEFAULT '',
      received_on         TEXT NOT NULL,
      received_via        TEXT NOT NULL CHECK (received_via IN ('partner', 'council', 'police', 'other')),
      via_reference       TEXT NOT NULL DEFAULT '',
      addresses           TEXT NOT NULL DEFAULT '[]',
      vulnerable          INTEGER NOT NULL DEFAULT 0 CHECK (vulnerable IN (0, 1)),
      threshold_id        TEXT NOT NULL,
      threshold_version   INTEGER NOT NULL,
      corrections         TEXT NOT NULL DEFAULT '[]',
      threshold_met       INTEGER CHECK (threshold_met IS NULL OR threshold_met IN (0, 1)),
      threshold_counted   INTEGER,
      threshold_decided_on TEXT,
      threshold_reason    TEXT NOT NULL DEFAULT '',
      recorded_by         INTEGER NOT NULL REFERENCES users (id),
      recorded_at         TEXT NOT NULL,
      -- Someone who is not the victim, or not a party on the case, applies with consent (recorded as given).
      CHECK ((on_behalf = 0 AND applicant_party_id IS NOT NULL) OR consent_on IS NOT NULL),
      FOREIGN KEY (threshold_id, threshold_version) REFERENCES case_review_thresholds (id, version)
    ) STRICT;
    CREATE INDEX case_review_applications_case ON case_review_applications (case_id);
    CREATE INDEX case_review_applications_received ON case_review_applications (received_on);

    CREATE TABLE case_review_cases (
      application_id INTEGER NOT NULL REFERENCES case_review_applications (id),
      case_id        INTEGER NOT NULL REFERENCES cases (id),
      PRIMARY KEY (application_id, case_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX case_review_cases_case ON case_review_cases (case_id);

    CREATE TABLE case_reviews (
      application_id    INTEGER PRIMARY KEY REFERENCES case_review_applications (id),
      lead_body         TEXT NOT NULL,
      meeting_on        TEXT NOT NULL,
      attendees         TEXT NOT NULL DEFAULT '[]',
      held              INTEGER NOT NULL DEFAULT 1 CHECK (held IN (0, 1)),
      decision          TEXT NOT NULL,
      applicant_told_on TEXT,
      recorded_by       INTEGER NOT NULL REFERENCES users (id),
      recorded_at       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX case_reviews_meeting ON case_reviews (meeting_on);

    CREATE TABLE case_review_recommendations (
      id             INTEGER PRIMARY KEY,
      application_id INTEGER NOT NULL REFERENCES case_review_applications (id),
      case_id        INTEGER NOT NULL REFERENCES cases (id),
      owner_body     TEXT NOT NULL,
      partner_owned  INTEGER NOT NULL CHECK (partner_owned IN (0, 1)),
      what           TEXT NOT NULL,
      due_on         TEXT NOT NULL,
      status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not-done')),
      evidence       TEXT NOT NULL DEFAULT '',
      completed_on   TEXT,
      recorded_by    INTEGER NOT NULL REFERENCES users (id),
      recorded_at    TEXT NOT NULL,
      CHECK (status = 'open' OR completed_on IS NOT NULL)
    ) STRICT;
    CREATE INDEX case_review_recommendations_case ON case_review_recommendations (case_id);

    CREATE TABLE case_review_escalations (
      id             INTEGER PRIMARY KEY,
      application_id INTEGER NOT NULL REFERENCES case_review_applications (id),
      made_on        TEXT NOT NULL,
      grounds        TEXT NOT NULL,
      outcome        TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'upheld', 'not-upheld')),
      outcome_on     TEXT,
      outcome_notes  TEXT NOT NULL DEFAULT '',
      recorded_by    INTEGER NOT NULL REFERENCES users (id),
      recorded_at    TEXT NOT NULL,
      CHECK ((outcome = 'pending') = (outcome_on IS NULL))
    ) STRICT;
  `);
  const add = db.prepare('INSERT INTO case_review_thresholds (id, version, name, definition, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const t of DEFAULT_THRESHOLDS) add.run(t.id, t.version, t.name, JSON.stringify(t), '2026-01-01T00:00:00.000Z');
}
