import type { ReadableDB, WritableDB } from '../../connection';

/** Service-standard profiles (migration 0003): each saved change is a new version; a version never changes. */
export function profileDefinition(db: ReadableDB, id: string, version: number): string | null {
  const row = db.prepare('SELECT definition FROM standard_profiles WHERE id = ? AND version = ?').get(id, version) as { definition: string } | undefined;
  return row?.definition ?? null;
}

export function latestProfileVersion(db: ReadableDB, id: string): number | null {
  return (db.prepare('SELECT max(version) AS v FROM standard_profiles WHERE id = ?').get(id) as { v: number | null }).v;
}

/** Every profile id with its latest version, by id. */
export function latestProfileRefs(db: ReadableDB): { id: string; version: number }[] {
  return db.prepare('SELECT id, max(version) AS version FROM standard_profiles GROUP BY id ORDER BY id').all() as { id: string; version: number }[];
}

export function listProfileVersions(db: ReadableDB, id: string): { version: number; createdAt: string }[] {
  return db.prepare('SELECT version, created_at AS createdAt FROM standard_profiles WHERE id = ? ORDER BY version').all(id) as { version: number; createdAt: string }[];
}

export function insertProfileVersion(db: WritableDB, p: { id: string; version: number; name: string; definition: string; by: number; at: string }): void {
  db.prepare('INSERT INTO standard_profiles (id, version, name, definition, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(p.id, p.version, p.name, p.definition, p.by, p.at);
}

/** Moves a case to another profile version (existing cases otherwise keep the one they started under). */
export function setCaseProfile(db: WritableDB, caseId: number, profileId: string, version: number, at: string): void {
  db.prepare('UPDATE cases SET profile_id = ?, profile_version = ?, updated_at = ? WHERE id = ?').run(profileId, version, at, caseId);
}
