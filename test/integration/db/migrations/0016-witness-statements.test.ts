import { expect, it } from 'vitest';
import { migrate } from '../../../../main/db/migrate';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();

it('0016 gives incidents recorded at intake the report’s time as when they were reported, and leaves later ones unknown', () => {
  const db = databaseAt(temp(), 15);
  db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('ada', 'Ada', 'admin', '2026-01-01')").run();
  db.prepare(
    `INSERT INTO cases (ref, partner, category, received_at, method, summary, created_by, created_at, updated_at)
     VALUES ('C33-2026-0001', 'C33', 'asb', '2026-10-26T09:40:00.000Z', 'phone', 'Abuse', 1, '2026-10-26T10:00:00.000Z', '2026-10-26T10:00:00.000Z')`,
  ).run();
  const add = db.prepare("INSERT INTO incidents (case_id, occurred_at, description, recorded_by, recorded_at) VALUES (1, ?, 'Abuse', 1, ?)");
  add.run('2026-10-24T20:30:00.000Z', '2026-10-26T10:00:00.000Z'); // at intake
  add.run('2026-11-01T20:00:00.000Z', '2026-11-03T08:00:00.000Z'); // added later: when it was told is not known
  migrate(db, 16);
  expect(db.prepare('SELECT occurred_at, reported_at FROM incidents ORDER BY id').all()).toEqual([
    { occurred_at: '2026-10-24T20:30:00.000Z', reported_at: '2026-10-26T09:40:00.000Z' },
    { occurred_at: '2026-11-01T20:00:00.000Z', reported_at: null },
  ]);
});
