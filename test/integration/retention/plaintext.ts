import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CIPHER, nativeBindingOption } from '../../../main/db/connection';

/**
 * A decrypted copy of a workspace database, page for page: the encrypted file is copied (after the caller
 * has checkpointed its WAL) and SQLite3MC's `rekey` to an empty key rewrites every page of the copy —
 * free pages included — in plain text. The bytes returned are what an attacker with the key would read.
 */
export function decryptedCopy(file: string, masterKey: Buffer, dir: string): { bytes: Buffer; db: Database.Database } {
  const copy = join(dir, 'plain.db');
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  const db = new Database(copy, nativeBindingOption());
  db.pragma(`cipher='${CIPHER}'`);
  db.pragma(`key="x'${masterKey.toString('hex')}'"`);
  db.pragma('journal_mode = DELETE');
  db.pragma("rekey=''");
  db.close();
  const bytes = readFileSync(copy);
  return { bytes, db: new Database(copy, { readonly: true, ...nativeBindingOption() }) };
}

/** Every value of every column of every table (FTS shadow tables included), as text, with where it was found. */
export function everyValue(db: Database.Database): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  for (const { name } of tables) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().iterate() as Iterable<unknown[]>) {
      row.forEach((v, i) => {
        if (v === null || v === undefined) return;
        const text = Buffer.isBuffer(v) ? v.toString('latin1') : String(v);
        out.push({ where: `${name}[${i}]`, text });
      });
    }
  }
  return out;
}
