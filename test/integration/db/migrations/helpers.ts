import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../../../main/db/connection';
import { migrate } from '../../../../main/db/migrate';

/** A fresh encrypted database brought to `version` (Signal's updateToVersion pattern, conventions §6.10). */
export function databaseAt(dir: string, version: number): DB {
  const db = openDatabase(join(dir, 'm.db'), randomBytes(32), { create: true });
  migrate(db, version);
  return db;
}
