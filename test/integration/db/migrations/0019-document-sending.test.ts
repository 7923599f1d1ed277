import { expect, it } from 'vitest';
import { migrate } from '../../../../main/db/migrate';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();

it('0019 records letters made before it as sent when they were made (history unchanged) and links the facts they recorded', () => {
  const db = databaseAt(temp(), 18);
  db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('ada', 'Ada', 'admin', '2026-01-01')").run();
  db.prepare(
    `INSERT INTO cases (ref, partner, category, received_at, method, summary, created_by, created_at, updated_at)
     VALUES ('C33-2026-0001', 'C33', 'asb', '2026-10-26T09:40:00.000Z', 'phone', 'Abuse', 1, '2026-10-26T10:00:00.000Z', '2026-10-26T10:00:00.000Z')`,
  ).run();
  const doc = db.prepare(
    `INSERT INTO documents (case_id, template_id, template_version, template_source, title, recipient_role, recipient_description, large_print, easy_read, model, content_hash, created_by, created_at, sent_on)
     VALUES (1, 'acknowledgement', 1, 'default', 'Acknowledgement', 'complainant', 'Amira', 0, 0, '{}', ?, 1, ?, ?)`,
  );
  doc.run('a'.repeat(64), '2026-10-26T11:00:00.000Z', '2026-10-26'); // sent the day it was made
  doc.run('b'.repeat(64), '2026-10-28T15:00:00.000Z', '2026-10-27'); // recorded as sent the day before
  db.prepare("INSERT INTO standard_facts (case_id, kind, at, note, recorded_by, recorded_at) VALUES (1, 'acknowledged', '2026-10-26T11:00:00.000Z', 'Acknowledgement letter (document 1), naming Jo and the next contact by 2 November.', 1, '2026-10-26T11:00:00.000Z')").run();
  db.prepare("INSERT INTO standard_facts (case_id, kind, at, note, recorded_by, recorded_at) VALUES (1, 'acknowledged', '2026-10-26T10:00:00.000Z', 'Acknowledged by phone', 1, '2026-10-26T10:00:00.000Z')").run();
  db.prepare("INSERT INTO contacts (case_id, at, kind, direction, summary, officer_id, recorded_at) VALUES (1, '2026-10-28T12:00:00.000Z', 'letter', 'out', 'Letter: Officer contact (document 2).', 1, '2026-10-28T15:00:00.000Z')").run();
  db.prepare("INSERT INTO contacts (case_id, at, kind, direction, summary, officer_id, recorded_at) VALUES (1, '2026-10-28T12:00:00.000Z', 'phone', 'out', 'Called (document 9 mentioned).', 1, '2026-10-28T15:00:00.000Z')").run();
  migrate(db, 19);
  expect(db.prepare('SELECT document_id, how, sent_at, recorded_by, recorded_at FROM document_sendings ORDER BY document_id').all()).toEqual([
    { document_id: 1, how: 'not-recorded', sent_at: '2026-10-26T11:00:00.000Z', recorded_by: 1, recorded_at: '2026-10-26T11:00:00.000Z' },
    { document_id: 2, how: 'not-recorded', sent_at: '2026-10-27T12:00:00.000Z', recorded_by: 1, recorded_at: '2026-10-28T15:00:00.000Z' },
  ]);
  expect(db.prepare('SELECT document_id FROM standard_facts ORDER BY id').all()).toEqual([{ document_id: 1 }, { document_id: null }]);
  expect(db.prepare('SELECT document_id FROM contacts ORDER BY id').all()).toEqual([{ document_id: 2 }, { document_id: null }]);
  expect(() => db.prepare("UPDATE document_sendings SET how = 'hand'").run()).toThrow(/recorded once/);
  expect(() => db.prepare("UPDATE documents SET announcement = '{}'").run()).toThrow(/immutable/);
});
