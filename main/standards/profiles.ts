import { AppError } from '../../shared/result';
import { Profile } from '../../shared/standards/profile';
import type { ReadableDB, WritableDB } from '../db/connection';
import { caseProfileRef } from '../db/queries/cases';
import { partnerProfileId } from '../db/queries/partners';
import { insertProfileVersion, latestProfileRefs, latestProfileVersion, profileDefinition } from './store';

/**
 * Versioned service-standard profiles. A saved change is a new version; existing cases keep the version
 * they started under (DESIGN §4, issue 4 §3). Parsed definitions are cached per (id, version): a
 * version never changes once written.
 */
const caches = new WeakMap<ReadableDB, Map<string, Profile>>(); // per workspace: two may hold different "custom@1"

export function getProfile(db: ReadableDB, id: string, version: number): Profile {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${id}@${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const definition = profileDefinition(db, id, version);
  if (definition === null) throw new AppError('not-found', `There is no service-standard profile ${id} version ${version}.`);
  const profile = Profile.parse(JSON.parse(definition));
  cache.set(key, profile);
  return profile;
}

/** The profile (at its version) a case runs under. */
export function profileOfCase(db: ReadableDB, caseId: number): Profile {
  const ref = caseProfileRef(db, caseId);
  return getProfile(db, ref.profileId, ref.profileVersion);
}

export function latestProfiles(db: ReadableDB): Profile[] {
  return latestProfileRefs(db).map((r) => getProfile(db, r.id, r.version));
}

/** Saves an edited profile as the next version of its id (or version 1 of a new id). */
export function saveProfileVersion(db: WritableDB, input: Profile, by: number, at: string): Profile {
  const version = (latestProfileVersion(db, input.id) ?? 0) + 1;
  const profile = Profile.parse({ ...input, version });
  insertProfileVersion(db, { id: profile.id, version, name: profile.name, definition: JSON.stringify(profile), by, at });
  return profile;
}

/** The profile a new case starts under: its partner's profile, at its latest version. */
export function profileForNewCase(db: ReadableDB, partner: string): { id: string; version: number } {
  const id = partnerProfileId(db, partner) ?? 'group-minimum';
  const version = latestProfileVersion(db, id);
  if (version === null) throw new AppError('bad-input', `Partner ${partner} uses the profile "${id}", which does not exist. An administrator must choose another.`);
  return { id, version };
}
