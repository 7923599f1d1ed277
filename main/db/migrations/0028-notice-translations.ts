import type { WritableDB } from '../connection';

/**
 * Version 24 (issue 19): an administrator's corrections to the interpreter notice's translations
 * (shared/languages/interpreter-notices.json). Versioned like partners' templates: each save is a new row,
 * never changed; going back to the file's words is a row too ("reverted"), so what a letter said on any
 * day can be told from the history. The language is the file's English name ("Arabic").
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE TABLE notice_translations (
      id          INTEGER PRIMARY KEY,
      language    TEXT NOT NULL,
      version     INTEGER NOT NULL CHECK (version >= 1),
      text        TEXT NOT NULL,
      source      TEXT NOT NULL,
      checked     INTEGER NOT NULL CHECK (checked IN (0, 1)),
      reverted    INTEGER NOT NULL DEFAULT 0 CHECK (reverted IN (0, 1)),
      created_by  INTEGER NOT NULL REFERENCES users (id),
      created_at  TEXT NOT NULL,
      UNIQUE (language, version),
      CHECK (reverted = 1 OR length(text) > 0)
    ) STRICT;
  `);
}
