import type { EqualityData } from '../../../shared/schemas/cases';
import type { ReadableDB, WritableDB } from '../connection';

/**
 * Special-category data (UK GDPR Art 9, DPA 2018 Sch 1 para 8): this module is the only reader and
 * writer of equality_data. Case screens and documents never call it; reports count it in aggregate.
 */
export function writeEquality(db: WritableDB, partyId: number, d: EqualityData, by: number, at: string): void {
  db.prepare(
    `INSERT INTO equality_data (party_id, ethnicity, religion, sex, gender_identity, sexual_orientation, age_band, disability, recorded_by, recorded_at)
     VALUES (@partyId, @ethnicity, @religion, @sex, @genderIdentity, @sexualOrientation, @ageBand, @disability, @by, @at)
     ON CONFLICT (party_id) DO UPDATE SET ethnicity = excluded.ethnicity, religion = excluded.religion, sex = excluded.sex,
       gender_identity = excluded.gender_identity, sexual_orientation = excluded.sexual_orientation, age_band = excluded.age_band,
       disability = excluded.disability, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  ).run({ ...d, partyId, by, at });
}

export function readEquality(db: ReadableDB, partyId: number): EqualityData {
  const r = db.prepare('SELECT * FROM equality_data WHERE party_id = ?').get(partyId) as Record<string, string | null> | undefined;
  return {
    ethnicity: r?.ethnicity ?? null,
    religion: r?.religion ?? null,
    sex: r?.sex ?? null,
    genderIdentity: r?.gender_identity ?? null,
    sexualOrientation: r?.sexual_orientation ?? null,
    ageBand: r?.age_band ?? null,
    disability: r?.disability ?? null,
  };
}
