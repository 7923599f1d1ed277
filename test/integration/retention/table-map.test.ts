import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/db/migrations';
import { TABLE_RULES } from '../../../main/retention/tables';
import { databaseAt } from '../db/migrations/helpers';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

/**
 * The every-table map (main/retention/tables.ts) against the real schema at the latest migration: a table
 * or a text column added later without a disposal rule fails here, so it cannot be forgotten.
 */
describe('the disposal map covers the whole database', () => {
  const db = databaseAt(temp(), MIGRATIONS.length);
  db.exec('ANALYZE'); // makes sqlite_stat1 and sqlite_stat4, which a live workspace has
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

  it('gives every table a rule, and names no table that does not exist', () => {
    expect(tables.filter((t) => !(t in TABLE_RULES))).toEqual([]);
    expect(Object.keys(TABLE_RULES).filter((t) => !tables.includes(t))).toEqual([]);
  });

  it('gives every text column of a case table a blanking rule or a reason to keep it, and every column named exists', () => {
    const problems: string[] = [];
    for (const [table, rule] of Object.entries(TABLE_RULES)) {
      if (rule.kind !== 'case') continue;
      const columns = db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
      const names = columns.map((c) => c.name);
      if ('remove' in rule.anonymise) continue;
      const { blank, keep } = rule.anonymise;
      for (const c of columns) {
        const text = c.type === '' || c.type.toUpperCase() === 'TEXT' || c.type.toUpperCase() === 'BLOB';
        if (text && !(c.name in blank) && !(c.name in keep)) problems.push(`${table}.${c.name} has no rule`);
        if (c.name in blank && c.name in keep) problems.push(`${table}.${c.name} is both blanked and kept`);
      }
      for (const named of [...Object.keys(blank), ...Object.keys(keep)]) if (!names.includes(named)) problems.push(`${table}.${named} does not exist`);
    }
    expect(problems).toEqual([]);
  });

  it('finds each case table’s rows from the case with a statement SQLite accepts', () => {
    for (const [table, rule] of Object.entries(TABLE_RULES)) {
      if (rule.kind !== 'case') continue;
      expect(() => db.prepare(`SELECT count(*) FROM "${table}" WHERE ${rule.rows}`).get({ case: 1 }), table).not.toThrow();
    }
  });
});
