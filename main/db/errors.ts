import { AppError } from '../../shared/result';

/** The database file is newer than this copy of Hearth understands: never guess, never downgrade. */
export class DatabaseFromFutureError extends AppError {
  constructor(found: number, known: number) {
    super(
      'integrity',
      `This workspace was saved by a newer version of Hearth (data version ${found}; this copy knows up to ${known}). Install the newer version to open it.`,
    );
  }
}

/** SQLite said the file is not a database after a key that unwrapped correctly: wrong file or damage. */
export class DatabaseUnreadableError extends AppError {
  constructor(
    detail: string,
    /** SQLite's own code (SQLITE_NOTADB, SQLITE_CORRUPT…), for callers that word it for their context. */
    readonly sqliteCode = 'unknown',
  ) {
    super('integrity', `The workspace database cannot be read with its key (${detail}). It may be damaged or replaced; restore from a backup.`);
  }
}

export class PragmaMismatchError extends AppError {
  constructor(name: string, expected: string | number, found: unknown) {
    super('integrity', `The database setting ${name} is ${String(found)}, expected ${String(expected)}. Hearth will not write to it.`);
  }
}

/** Another connection keeps the database locked (SQLite's EXCLUSIVE mode, or a long write): never "damaged". */
export class DatabaseInUseError extends AppError {
  constructor() {
    super('conflict', 'Another program has this workspace\'s database open, so Hearth cannot use it now. Close the other Hearth window or command, then try again.');
  }
}
