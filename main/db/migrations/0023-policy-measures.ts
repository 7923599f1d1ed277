import type { WritableDB } from '../connection';

/**
 * Version 17 (issue 18, items 2, 4, 5, 7, 11): the policy's obligations that had nowhere to be recorded.
 *
 * - interview_agreements: P4.9, whether the complainant agreed to others being interviewed, or why the
 *   officer goes ahead without it. The latest row on a case is the one that holds.
 * - surveys.outcome_satisfaction: P7.2 monitors "satisfaction with outcome and handling"; the existing
 *   score is the handling (TP12), this is the outcome, 1–5, kept separate so neither is read as the other.
 * - action_results: P5.10, P5.17–5.20, what a legal or police action came to (damages, a costs order,
 *   the offence from the policy's Appendix 1 and the police outcome). One per action, replaced when changed.
 * - safety_measures: P3.17, target-hardening offered or fitted, with the crime-prevention liaison and cost.
 * - document_formats: P8.3, each other format a letter was actually sent in (Braille, audio, a translation).
 * Counter-allegations (P4.7) are case_links with their own reason, so no table is needed for them.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE interview_agreements (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      basis       TEXT NOT NULL CHECK (basis IN ('agreed', 'declined', 'police-involved', 'safeguarding', 'no-complainant')),
      reason      TEXT NOT NULL DEFAULT '',
      given_on    TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL,
      CHECK (basis IN ('agreed', 'declined') OR length(trim(reason)) > 0)
    ) STRICT;
    CREATE INDEX interview_agreements_case ON interview_agreements (case_id, recorded_at);

    ALTER TABLE surveys ADD COLUMN outcome_satisfaction INTEGER CHECK (outcome_satisfaction IS NULL OR outcome_satisfaction BETWEEN 1 AND 5);

    CREATE TABLE action_results (
      action_id      INTEGER PRIMARY KEY REFERENCES case_actions (id),
      case_id        INTEGER NOT NULL REFERENCES cases (id),
      decided_on     TEXT NOT NULL,
      damages_pence  INTEGER CHECK (damages_pence IS NULL OR damages_pence >= 0),
      costs_pence    INTEGER CHECK (costs_pence IS NULL OR costs_pence >= 0),
      costs_payer    TEXT CHECK (costs_payer IS NULL OR costs_payer IN ('respondent', 'partner')),
      offence        TEXT,
      police_outcome TEXT,
      notes          TEXT NOT NULL DEFAULT '',
      recorded_by    INTEGER NOT NULL REFERENCES users (id),
      recorded_at    TEXT NOT NULL,
      CHECK ((costs_pence IS NULL) = (costs_payer IS NULL))
    ) STRICT;
    CREATE INDEX action_results_decided ON action_results (decided_on);

    CREATE TABLE safety_measures (
      id           INTEGER PRIMARY KEY,
      case_id      INTEGER NOT NULL REFERENCES cases (id),
      party_id     INTEGER REFERENCES parties (id),
      kind         TEXT NOT NULL,
      status       TEXT NOT NULL CHECK (status IN ('offered', 'fitted', 'declined')),
      on_date      TEXT NOT NULL,
      cost_pence   INTEGER NOT NULL DEFAULT 0 CHECK (cost_pence >= 0),
      provider     TEXT NOT NULL DEFAULT '',
      liaison      TEXT NOT NULL DEFAULT '',
      notes        TEXT NOT NULL DEFAULT '',
      recorded_by  INTEGER NOT NULL REFERENCES users (id),
      recorded_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX safety_measures_case ON safety_measures (case_id, on_date);
    CREATE INDEX safety_measures_on ON safety_measures (on_date);

    CREATE TABLE document_formats (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents (id),
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      format      TEXT NOT NULL CHECK (format IN ('braille', 'audio', 'translation', 'plain-text')),
      language    TEXT NOT NULL DEFAULT '',
      produced_by TEXT NOT NULL,
      sent_on     TEXT NOT NULL,
      recorded_by INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL,
      CHECK (format <> 'translation' OR length(trim(language)) > 0)
    ) STRICT;
    CREATE INDEX document_formats_document ON document_formats (document_id);
    CREATE INDEX document_formats_sent ON document_formats (sent_on);
  `);
}
