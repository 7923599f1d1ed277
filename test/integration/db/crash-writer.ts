/**
 * Child process for the crash-safety test: opens the encrypted database through the real openDatabase()
 * and commits rows in a loop, printing each id only after its commit returned ("acknowledged").
 * The parent kills it with SIGKILL at a random moment.
 */
import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../main/db/connection';

const [path, keyHex] = process.argv.slice(2) as [string, string];
const db = openDatabase(path, Buffer.from(keyHex, 'hex'), { create: true });
db.exec('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, payload BLOB NOT NULL) STRICT');
const insert = db.prepare('INSERT INTO t (payload) VALUES (?)');
const commit = db.transaction(() => {
  let id = 0;
  for (let i = 0; i < 1 + Math.floor(Math.random() * 4); i += 1) id = Number(insert.run(randomBytes(512 + Math.floor(Math.random() * 8192))).lastInsertRowid);
  return id;
});
for (;;) {
  const id = commit();
  writeSync(1, `${id}\n`);
}
