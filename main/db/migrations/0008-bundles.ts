import type { WritableDB } from '../connection';

/**
 * Version 8: court bundles (issue 7, DESIGN §7). A bundle is kept inside the encrypted database like
 * evidence: its record (the plan it was built from, its manifest of sections, documents and page ranges,
 * its size and SHA-256) and its files (the PDF and the DOCX index) in 1 MiB pieces, written as the build
 * produces them. A bundle with late additions (B14) is a new bundle that names the one it was added to;
 * the earlier one is kept.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE bundles (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      letter      TEXT NOT NULL,
      file_name   TEXT NOT NULL,
      status      TEXT NOT NULL CHECK (status IN ('building', 'ready', 'failed', 'cancelled')),
      based_on    INTEGER REFERENCES bundles (id),
      plan        TEXT NOT NULL,
      manifest    TEXT,
      page_count  INTEGER,
      size        INTEGER,
      sha256      TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
      warnings    TEXT NOT NULL DEFAULT '[]',
      error       TEXT,
      built_by    INTEGER NOT NULL REFERENCES users (id),
      started_at  TEXT NOT NULL,
      finished_at TEXT
    ) STRICT;
    CREATE INDEX bundles_case ON bundles (case_id, started_at);

    CREATE TABLE bundle_files (
      bundle_id INTEGER NOT NULL REFERENCES bundles (id),
      part      TEXT NOT NULL CHECK (part IN ('pdf', 'index-docx')),
      seq       INTEGER NOT NULL,
      data      BLOB NOT NULL,
      PRIMARY KEY (bundle_id, part, seq)
    ) STRICT;
  `);
}
