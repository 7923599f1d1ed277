import { expect, it } from 'vitest';
import { migrate } from '../../../../main/db/migrate';
import { Profile } from '../../../../shared/standards/profile';
import { useTempDirs } from '../../../helpers/temp';
import { databaseAt } from './helpers';

const temp = useTempDirs();

it('0020 adds the policy versions of the default profiles on top of an admin’s edits, and moves old motivations and perceptions', () => {
  const db = databaseAt(temp(), 19);
  db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('ada', 'Ada', 'admin', '2026-01-01')").run();
  // An administrator's own version 2 of group-minimum: officer contact within 2 working days.
  const v1 = Profile.parse(JSON.parse((db.prepare("SELECT definition FROM standard_profiles WHERE id = 'group-minimum' AND version = 1").get() as { definition: string }).definition));
  const edited = { ...v1, version: 2, rules: v1.rules.map((r) => (r.id === 'officer-contact' ? { ...r, due: { amount: 2, unit: 'working-days' as const } } : r)) };
  db.prepare("INSERT INTO standard_profiles (id, version, name, definition, created_at) VALUES ('group-minimum', 2, ?, ?, '2026-06-01')").run(edited.name, JSON.stringify(edited));
  const addCase = db.prepare(
    `INSERT INTO cases (ref, partner, category, received_at, method, summary, motivation, hate_incident, created_by, created_at, updated_at)
     VALUES (?, 'C33', ?, '2026-10-26T09:40:00.000Z', 'phone', 'Abuse', ?, ?, 1, '2026-10-26T10:00:00.000Z', '2026-10-26T10:00:00.000Z')`,
  );
  addCase.run('C33-2026-0001', 'harassment', '["transgender-identity"]', 1); // perceived as hate, before issue 18
  addCase.run('C33-2026-0002', 'hate-incident', '["race"]', 1);
  addCase.run('C33-2026-0003', 'asb', '[]', 0);
  migrate(db, 20);

  const latest = (id: string) => db.prepare('SELECT version, definition FROM standard_profiles WHERE id = ? ORDER BY version DESC LIMIT 1').get(id) as { version: number; definition: string };
  const group = latest('group-minimum');
  expect(group.version).toBe(3);
  const rules = Profile.parse(JSON.parse(group.definition)).rules;
  expect(rules.find((r) => r.id === 'officer-contact')!.due).toEqual({ amount: 2, unit: 'working-days' }); // the admin's edit carries over
  expect(rules.find((r) => r.id === 'action-plan')!.due).toEqual({ amount: 14, unit: 'calendar-days' });
  expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['abc-review', 'emergency-steps']));
  expect(latest('council').version).toBe(2);
  // Cases keep the version they started under.
  expect(db.prepare('SELECT DISTINCT profile_version AS v FROM cases').all()).toEqual([{ v: 1 }]);
  expect(db.prepare('SELECT ref, motivation, perceived_harassment AS p FROM cases ORDER BY ref').all()).toEqual([
    { ref: 'C33-2026-0001', motivation: '["gender-reassignment"]', p: 1 },
    { ref: 'C33-2026-0002', motivation: '["race"]', p: 0 },
    { ref: 'C33-2026-0003', motivation: '[]', p: 0 },
  ]);
});
