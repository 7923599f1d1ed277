import { expect, it } from 'vitest';
import { migrate } from '../../../../main/db/migrate';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();
const key = (c: string) => c.repeat(64);

it('0035 keeps every redaction decision as it was, lets a proposed exhibit box be rejected, and adds exhibit_words', () => {
  const db = databaseAt(temp(), 34);
  db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('lena', 'Lena', 'legal', '2026-01-01')").run();
  db.prepare(
    `INSERT INTO cases (ref, partner, category, received_at, method, summary, created_by, created_at, updated_at)
     VALUES ('C33-2026-0001', 'C33', 'asb', '2026-10-26T09:40:00.000Z', 'phone', 'Noise', 1, '2026-10-26T10:00:00.000Z', '2026-10-26T10:00:00.000Z')`,
  ).run();
  const put = db.prepare('INSERT INTO redaction_decisions (case_id, key, kind, text, party_id, decided_by, decided_at, target, place) VALUES (1, ?, ?, ?, NULL, 1, ?, ?, ?)');
  put.run(key('a'), 'accept', null, '2026-11-01T10:00:00Z', 'bundle', 'the chronology');
  put.run(key('b'), 'reword', 'The witness saw it.', '2026-11-02T10:00:00Z', 'letter-x', 'paragraph 2');
  expect(() => put.run(key('c'), 'reject', null, '2026-11-03T10:00:00Z', 'bundle-exhibits', 'LL/1, page 1')).toThrow(/CHECK/);
  const before = db.prepare('SELECT * FROM redaction_decisions ORDER BY key').all();

  migrate(db, 35);
  expect(db.prepare('SELECT * FROM redaction_decisions ORDER BY key').all()).toEqual(before);
  put.run(key('c'), 'reject', null, '2026-11-03T10:00:00Z', 'bundle-exhibits', 'LL/1, page 1');
  // A rejection has no words; an edit still must have some.
  expect(() => put.run(key('d'), 'reject', 'words', '2026-11-03T10:00:00Z', 'bundle-exhibits', null)).toThrow(/CHECK/);
  expect(() => put.run(key('e'), 'edit', null, '2026-11-03T10:00:00Z', 'bundle', null)).toThrow(/CHECK/);
  expect(() => put.run(key('f'), 'maybe', null, '2026-11-03T10:00:00Z', 'bundle', null)).toThrow(/CHECK/);
  db.prepare("INSERT INTO exhibit_words (evidence_id, case_id, sha256, pages, problem, read_at) VALUES (7, 1, 'abc', '[]', NULL, '2026-11-03T10:00:00Z')").run();
  expect(db.prepare('SELECT count(*) AS n FROM exhibit_words').get()).toEqual({ n: 1 });
});
