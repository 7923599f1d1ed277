import { expect, it } from 'vitest';
import { migrate } from '../../../../main/db/migrate';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();

it('0003 pins existing cases to their partner’s profile at version 1 and stores both default profiles', () => {
  const db = databaseAt(temp(), 2);
  db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('ada', 'Ada', 'admin', '2026-01-01')").run();
  db.prepare("UPDATE partners SET profile_id = 'council' WHERE code = 'WH'").run();
  const add = db.prepare(
    `INSERT INTO cases (ref, partner, category, received_at, method, summary, created_by, created_at, updated_at)
     VALUES (?, ?, 'asb', '2026-10-01T10:00:00.000Z', 'phone', 'Noise', 1, '2026-10-01', '2026-10-01')`,
  );
  add.run('C33-2026-0001', 'C33');
  add.run('WH-2026-0001', 'WH');
  migrate(db, 3);
  expect(db.prepare('SELECT ref, profile_id, profile_version FROM cases ORDER BY ref').all()).toEqual([
    { ref: 'C33-2026-0001', profile_id: 'group-minimum', profile_version: 1 },
    { ref: 'WH-2026-0001', profile_id: 'council', profile_version: 1 },
  ]);
  expect((db.prepare('SELECT id FROM standard_profiles ORDER BY id').all() as { id: string }[]).map((r) => r.id)).toEqual(['council', 'group-minimum']);
});
