import type { WritableDB } from '../connection';
import { Profile } from '../../../shared/standards/profile';
import { withPolicyFidelity } from '../../../shared/standards/default-profiles';

/**
 * Version 17 (issue 18, policy fidelity).
 * - The two default profiles get a new version with the policy's own timescales (default-profiles.ts says
 *   which and why), made from each one's latest version so an administrator's edits carry over. Cases
 *   keep the version they started under unless a manager moves them; new cases start under the new one.
 */
export default function migrate(db: WritableDB): void {
  addProfileVersions(db);
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
