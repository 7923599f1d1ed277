import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/connection';
import { DatabaseFromFutureError } from '../../../main/db/errors';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../main/db/migrate';
import { MIGRATIONS, type Migration } from '../../../main/db/migrations';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const freshDb = () => openDatabase(join(temp(), 'm.db'), randomBytes(32), { create: true });

describe('migrations', () => {
  it('bring a new database to the latest version', () => {
    const db = freshDb();
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_events'").get()).toBeTruthy();
  });

  it('are numbered 1, 2, 3… with no gaps', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('refuse a database from a newer version of Hearth and leave it untouched', () => {
    const db = freshDb();
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    expect(() => migrate(db)).toThrow(DatabaseFromFutureError);
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 5);
  });

  it('run in one transaction: a failing step leaves no half-made schema and the old version', () => {
    const db = freshDb();
    migrate(db);
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'adds a table', up: (d) => d.exec('CREATE TABLE half_made (x INTEGER) STRICT') },
      { version: LATEST_VERSION + 2, name: 'fails', up: (d) => d.exec('THIS IS NOT SQL') },
    ];
    expect(() => migrate(db, LATEST_VERSION + 2, broken)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_made'").get()).toBeUndefined();
  });

  it('refuse a registry whose versions are out of order', () => {
    const db = freshDb();
    const bad: Migration[] = [{ version: 2, name: 'skips one', up: () => undefined }];
    expect(() => migrate(db, 2, bad)).toThrow(/expected 1/);
  });
});
