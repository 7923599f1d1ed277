import { expect, it } from 'vitest';
import { migrate } from '../../../../main/db/migrate';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();

it('0002 gives every existing user all ten partners, and seeds the partners on group-minimum', () => {
  const db = databaseAt(temp(), 1);
  db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('ada', 'Ada', 'admin', '2026-01-01'), ('bo', 'Bo', 'officer', '2026-01-01')").run();
  migrate(db, 2);
  const partners = db.prepare('SELECT code, profile_id FROM partners ORDER BY code').all() as { code: string; profile_id: string }[];
  expect(partners.map((p) => p.code)).toEqual(['C33', 'CAL', 'EPIC', 'INV', 'MV', 'OF', 'ROD', 'RUS', 'SAH', 'WH']);
  expect(new Set(partners.map((p) => p.profile_id))).toEqual(new Set(['group-minimum']));
  const perUser = db.prepare('SELECT user_id, count(*) AS n FROM user_partners GROUP BY user_id ORDER BY user_id').all();
  expect(perUser).toEqual([
    { user_id: 1, n: 10 },
    { user_id: 2, n: 10 },
  ]);
});
