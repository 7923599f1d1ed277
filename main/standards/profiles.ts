import { AppError } from '../../shared/result';
import { Profile } from '../../shared/standards/profile';
import type { DB } from '../db/connection';

/**
 * Versioned service-standard profiles. A saved change is a new version; existing cases keep the version
 * they started under (DESIGN §4, issue 4 §3). Parsed definitions are cached per (id, version): a
 * version never changes once written.
 */
const caches = new WeakMap<DB, Map<string, Profile>>(); // per workspace: two may hold different "custom@1"

export function getProfile(db: DB, id: string, version: number): Profile {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${id}@${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const row = db.prepare('SELECT definition FROM standard_profiles WHERE id = ? AND version = ?').get(id, version) as { definition: string } | undefined;
  if (!row) throw new AppError('not-found', `There is no service-standard profile ${id} version ${version}.`);
  const profile = Profile.parse(JSON.parse(row.definition));
  cache.set(key, profile);
  return profile;
}

export function latestVersion(db: DB, id: string): number | null {
  const row = db.prepare('SELECT max(version) AS v FROM standard_profiles WHERE id = ?').get(id) as { v: number | null };
  return row.v;
}

export function latestProfiles(db: DB): Profile[] {
  const rows = db.prepare('SELECT id, max(version) AS version FROM standard_profiles GROUP BY id ORDER BY id').all() as { id: string; version: number }[];
  return rows.map((r) => getProfile(db, r.id, r.version));
}

export function profileVersions(db: DB, id: string): { version: number; createdAt: string }[] {
  return db.prepare('SELECT version, created_at AS createdAt FROM standard_profiles WHERE id = ? ORDER BY version').all(id) as { version: number; createdAt: string }[];
}

/** Saves an edited profile as the next version of its id (or version 1 of a new id). */
export function saveProfileVersion(db: DB, input: Profile, by: number, at: string): Profile {
  const version = (latestVersion(db, input.id) ?? 0) + 1;
  const profile = Profile.parse({ ...input, version });
  db.prepare('INSERT INTO standard_profiles (id, version, name, definition, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    profile.id,
    version,
    profile.name,
    JSON.stringify(profile),
    by,
    at,
  );
  return profile;
}

/** The profile a new case starts under: its partner's profile, at its latest version. */
export function profileForNewCase(db: DB, partner: string): { id: string; version: number } {
  const row = db.prepare('SELECT profile_id FROM partners WHERE code = ?').get(partner) as { profile_id: string } | undefined;
  const id = row?.profile_id ?? 'group-minimum';
  const version = latestVersion(db, id);
  if (version === null) throw new AppError('bad-input', `Partner ${partner} uses the profile "${id}", which does not exist. An administrator must choose another.`);
  return { id, version };
}
