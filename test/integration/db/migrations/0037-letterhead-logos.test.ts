import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { migrate } from '../../../../main/db/migrate';
import { getDocument } from '../../../../main/documents/store';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();
const LOGO = readFileSync(join(__dirname, '..', '..', '..', '..', 'templates', 'pictures', 'agree.png'));

const model = (logo: boolean) => ({
  title: 'First written warning',
  lang: 'en-GB',
  author: 'Circle 33',
  subject: 'Warning',
  layout: 'letter',
  variant: { largePrint: false, easyRead: false },
  fontSize: 11,
  lineSpacing: 1.2,
  marginsCm: { top: 2, right: 2, bottom: 2, left: 2 },
  letterhead: { name: 'Circle 33', lines: ['1 Reading Road'], ...(logo ? { logo: { alt: 'Circle 33 logo', data: LOGO.toString('base64'), format: 'png', widthCm: 1.8, heightCm: 1.8 } } : {}) },
  addressee: ['Mr D Whitcombe', '2 Elm Road'],
  meta: [],
  corner: [],
  footer: 'C33-2026-0001',
  blocks: [{ kind: 'paragraph', runs: [{ text: 'Dear Mr Whitcombe' }] }],
});

it('0037 moves the logos out of letters made before it into one stored copy, and the letters read back as they were', () => {
  const db = databaseAt(temp(), 36);
  db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('jo', 'Jo', 'officer', '2026-01-01')").run();
  db.prepare(
    `INSERT INTO cases (ref, partner, category, received_at, method, summary, created_by, created_at, updated_at)
     VALUES ('C33-2026-0001', 'C33', 'asb', '2026-10-26T09:40:00.000Z', 'phone', 'Noise', 1, '2026-10-26T10:00:00.000Z', '2026-10-26T10:00:00.000Z')`,
  ).run();
  const put = db.prepare(
    `INSERT INTO documents (case_id, template_id, template_version, template_source, title, recipient_role, recipient_description, large_print, easy_read, model, content_hash, created_by, created_at)
     VALUES (1, 'first-warning', 1, 'default', 'First written warning', 'alleged-perpetrator', 'Mr D Whitcombe', 0, 0, ?, ?, 1, ?)`,
  );
  put.run(JSON.stringify(model(true)), 'a'.repeat(64), '2026-11-01T10:00:00Z');
  put.run(JSON.stringify(model(true)), 'b'.repeat(64), '2026-11-02T10:00:00Z');
  put.run(JSON.stringify(model(false)), 'c'.repeat(64), '2026-11-03T10:00:00Z');

  migrate(db, 37);
  const sha256 = createHash('sha256').update(LOGO).digest('hex');
  expect(db.prepare('SELECT sha256, format, bytes, stored_at FROM letterhead_logos').all()).toEqual([{ sha256, format: 'png', bytes: LOGO, stored_at: '2026-11-01T10:00:00Z' }]);
  const stored = db.prepare('SELECT model FROM documents ORDER BY id').all() as { model: string }[];
  expect(stored.map((r) => JSON.parse(r.model).letterhead.logo)).toEqual([
    { alt: 'Circle 33 logo', format: 'png', widthCm: 1.8, heightCm: 1.8, sha256 },
    { alt: 'Circle 33 logo', format: 'png', widthCm: 1.8, heightCm: 1.8, sha256 },
    undefined,
  ]);
  // Read back as the app reads a letter: the same model as before the move, picture and all.
  expect(getDocument(db, 1)!.model).toEqual(model(true));
  expect(getDocument(db, 3)!.model).toEqual(model(false));
  // The letters are immutable again once the logos have moved.
  expect(() => db.prepare("UPDATE documents SET model = '{}' WHERE id = 1").run()).toThrow(/documents are immutable/);
});
