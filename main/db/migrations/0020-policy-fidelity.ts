import type { WritableDB } from '../connection';
import { Profile } from '../../../shared/standards/profile';
import { withPolicyFidelity } from '../../../shared/standards/default-profiles';

/**
 * Version 17 (issue 18, policy fidelity).
 * - The two default profiles get a new version with the policy's own timescales (default-profiles.ts says
 *   which and why), made from each one's latest version so an administrator's edits carry over. Cases
 *   keep the version they started under unless a manager moves them; new cases start under the new one.
 * - P3.2: who perceived a report as harassment and how, and the later judgement whether to go on managing
 *   it as harassment (a dated decision).
 * - P1.4–1.6: a report screened out at intake as belonging under another policy, and where it went.
 * - Council page: a victim who is a member of staff or a contractor.
 * - P3.1: the motivation "transgender-identity" is now "gender-reassignment" (the Equality Act's word).
 */
export default function migrate(db: WritableDB): void {
  addProfileVersions(db);
  db.exec(`
    ALTER TABLE cases ADD COLUMN perceived_harassment INTEGER NOT NULL DEFAULT 0 CHECK (perceived_harassment IN (0, 1));
    ALTER TABLE cases ADD COLUMN perceived_by TEXT;
    ALTER TABLE cases ADD COLUMN perceived_how TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN screened_out TEXT;
    ALTER TABLE cases ADD COLUMN screened_to TEXT NOT NULL DEFAULT '';
    ALTER TABLE parties ADD COLUMN staff_role TEXT CHECK (staff_role IS NULL OR staff_role IN ('staff', 'contractor'));

    CREATE TABLE harassment_judgements (
      id          INTEGER PRIMARY KEY,
      case_id     INTEGER NOT NULL REFERENCES cases (id),
      continues   INTEGER NOT NULL CHECK (continues IN (0, 1)),
      reason      TEXT NOT NULL,
      decided_on  TEXT NOT NULL,
      decided_by  INTEGER NOT NULL REFERENCES users (id),
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX harassment_judgements_case ON harassment_judgements (case_id, decided_on);

    -- Before issue 18 the one box meant "perceived as a hate incident": such cases were perceived as harassment.
    UPDATE cases SET perceived_harassment = 1 WHERE hate_incident = 1 AND category != 'hate-incident';
    UPDATE cases SET motivation = replace(motivation, '"transgender-identity"', '"gender-reassignment"') WHERE motivation LIKE '%transgender-identity%';
  `);
}

function addProfileVersions(db: WritableDB): void {
  const latest = db.prepare('SELECT version, definition FROM standard_profiles WHERE id = ? ORDER BY version DESC LIMIT 1');
  const add = db.prepare('INSERT INTO standard_profiles (id, version, name, definition, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const id of ['group-minimum', 'council']) {
    const row = latest.get(id) as { version: number; definition: string } | undefined;
    if (!row) continue;
    const next = Profile.parse(withPolicyFidelity(Profile.parse(JSON.parse(row.definition)), row.version + 1));
    add.run(next.id, next.version, next.name, JSON.stringify(next), '2026-12-05T00:00:00.000Z');
  }
}
