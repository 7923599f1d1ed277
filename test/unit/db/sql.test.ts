import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { sql, sqlFragment, sqlId, sqlJoin } from '../../../main/db/sql';

describe('sql`…`', () => {
  it('turns each value into a placeholder and keeps the values apart, in order', () => {
    const id = 7;
    const q = sql`SELECT * FROM cases WHERE id = ${id} AND partner = ${'C33'} AND closed_at IS ${null}`;
    expect(q.text).toBe('SELECT * FROM cases WHERE id = ? AND partner = ? AND closed_at IS ?');
    expect(q.params).toEqual([7, 'C33', null]);
  });

  it('splices fragments in with their own parameters where they stand', () => {
    const mine = sqlFragment`c.owner_id = ${3}`;
    const where = sqlJoin([sqlFragment`c.partner = ${'C33'}`, mine, sqlFragment`c.status != ${'closed'}`], ' AND ');
    const q = sql`SELECT c.id FROM cases c WHERE ${where} LIMIT ${20}`;
    expect(q.text).toBe('SELECT c.id FROM cases c WHERE c.partner = ? AND c.owner_id = ? AND c.status != ? LIMIT ?');
    expect(q.params).toEqual(['C33', 3, 'closed', 20]);
  });

  it('joins plain values as placeholders (an IN list), an empty list as nothing', () => {
    expect(sql`x IN (${sqlJoin(['a', 'b', 'c'])})`).toMatchObject({ text: 'x IN (?, ?, ?)', params: ['a', 'b', 'c'] });
    expect(sql`x IN (${sqlJoin([])})`).toMatchObject({ text: 'x IN ()', params: [] });
  });

  it('keeps a value that looks like SQL as a value: it cannot change the statement', () => {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('a'), ('b')");
    const hostile = "a' OR '1'='1";
    const q = sql`SELECT name FROM t WHERE name = ${hostile}`;
    expect(db.prepare(q.text).all(...q.params)).toEqual([]);
    const ok = sql`SELECT name FROM t WHERE name IN (${sqlJoin(['a', 'b'])}) ORDER BY ${sqlId('name')} DESC`;
    expect(db.prepare(ok.text).all(...ok.params)).toEqual([{ name: 'b' }, { name: 'a' }]);
    db.close();
  });

  it('refuses undefined (SQL NULL is null)', () => {
    expect(() => sql`SELECT ${undefined as unknown as null}`).toThrow(/undefined; pass null/);
  });

  it('gives frozen pieces: a composed query cannot be edited afterwards', () => {
    const q = sql`SELECT ${1}`;
    expect(Object.isFrozen(q)).toBe(true);
    expect(Object.isFrozen(q.params)).toBe(true);
  });
});

describe('sqlId', () => {
  it('quotes a plain identifier', () => {
    expect(sqlId('due_items')).toMatchObject({ text: '"due_items"', params: [] });
    expect(sqlId('_x9')).toMatchObject({ text: '"_x9"' });
  });

  it.each(['', '9lives', 'name; DROP TABLE cases', 'a"b', 'a b', 'a-b', 'é', 'cases.id'])('refuses %j', (name) => {
    expect(() => sqlId(name)).toThrow(/not a plain SQL identifier/);
  });
});
