import { expect, it } from 'vitest';
import { migrate } from '../../../../main/db/migrate';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();

it('0032 keeps each earlier police request as shared, asked for the day it was made, and lets a refusal be recorded without a pack', () => {
  const db = databaseAt(temp(), 31);
  db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('ada', 'Ada', 'admin', '2026-01-01')").run();
  db.prepare(
    `INSERT INTO cases (ref, partner, category, received_at, method, summary, created_by, created_at, updated_at)
     VALUES ('C33-2026-0001', 'C33', 'asb', '2026-10-26T09:40:00.000Z', 'phone', 'Abuse', 1, '2026-10-26T10:00:00.000Z', '2026-10-26T10:00:00.000Z')`,
  ).run();
  db.prepare(
    `INSERT INTO police_requests (case_id, force, officer, reference, lawful_basis, purpose, evidence_ids, sha256, approved_by, made_at)
     VALUES (1, 'Metropolitan Police Service', 'PC 1 Jones', 'CAD 1', 'cda-1998-s115', 'Threats', '[3]', ?, 1, '2026-11-21T09:00:00.000Z')`,
  ).run('a'.repeat(64));
  migrate(db, 32);
  expect(db.prepare('SELECT id, reference, received_on, decision, decision_reason, evidence_ids, sha256 FROM police_requests').all()).toEqual([
    { id: 1, reference: 'CAD 1', received_on: '2026-11-21', decision: 'shared', decision_reason: '', evidence_ids: '[3]', sha256: 'a'.repeat(64) },
  ]);
  const insert = db.prepare(
    `INSERT INTO police_requests (case_id, force, officer, reference, lawful_basis, purpose, received_on, decision, decision_reason, evidence_ids, sha256, approved_by, made_at)
     VALUES (1, 'Metropolitan Police Service', 'PC 2 Khan', 'CAD 2', 'dpa-2018-sch2-para2', 'Fishing', '2026-11-22', ?, ?, '[]', ?, 1, '2026-11-22T09:00:00.000Z')`,
  );
  insert.run('refused', 'Not necessary for the purpose given', null);
  // A refusal needs its reason and has no pack; a pack made is never a refusal.
  expect(() => insert.run('refused', ' ', null)).toThrow(/CHECK/);
  expect(() => insert.run('refused', 'No', 'b'.repeat(64))).toThrow(/CHECK/);
  expect(() => insert.run('shared', '', null)).toThrow(/CHECK/);
  expect(() => insert.run('partly', '', 'b'.repeat(64))).toThrow(/CHECK/);
});
