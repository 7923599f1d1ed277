import type { WritableDB } from '../connection';

/**
 * Version 29 (issue 20): which ASB case review threshold a partner's area uses from which day. A new
 * version is added by an administrator or manager (Partners screen, `hearth partner threshold`); an
 * application is judged by the version in force on the day it was received. A partner with no row here
 * uses the latest version of the threshold named on partners.case_review_threshold (as before), so no
 * data moves.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE partner_case_review_thresholds (
      partner           TEXT NOT NULL REFERENCES partners (code),
      in_force_from     TEXT NOT NULL,
      threshold_id      TEXT NOT NULL,
      threshold_version INTEGER NOT NULL,
      set_by            INTEGER NOT NULL REFERENCES users (id),
      set_at            TEXT NOT NULL,
      PRIMARY KEY (partner, in_force_from),
      FOREIGN KEY (threshold_id, threshold_version) REFERENCES case_review_thresholds (id, version)
    ) STRICT;
  `);
}
