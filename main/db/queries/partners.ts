import type { PartnerSaveInput, PartnerView } from '../../../shared/schemas/partners';
import type { ReadableDB, WritableDB } from '../connection';

interface Row {
  code: string;
  name: string;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  website: string;
  signed_for: string;
  homes: number;
  homes_from: string | null;
  profile_id: string;
  active: number;
  logo_format: 'png' | 'jpeg' | null;
  logo_width: number | null;
  logo_height: number | null;
  logo_size: number | null;
}
const toView = (r: Row): PartnerView => ({
  code: r.code,
  name: r.name,
  address: r.address,
  postcode: r.postcode,
  phone: r.phone,
  email: r.email,
  website: r.website,
  signedFor: r.signed_for,
  homes: r.homes,
  homesFrom: r.homes_from,
  profileId: r.profile_id,
  active: r.active === 1,
  logo: r.logo_format ? { format: r.logo_format, width: r.logo_width ?? 0, height: r.logo_height ?? 0, size: r.logo_size ?? 0 } : null,
});

// The newest dated homes figure's first day (migration 0005), so the screen shows what the reports use.
// The logo's bytes are read only by a letter (partnerLogo), never with the list.
const SELECT = `SELECT p.code, p.name, p.address, p.postcode, p.phone, p.email, p.website, p.signed_for, p.homes, p.profile_id, p.active,
  p.logo_format, p.logo_width, p.logo_height, length(p.logo) AS logo_size,
  (SELECT max(h.from_date) FROM partner_homes h WHERE h.partner = p.code) AS homes_from FROM partners p`;

export function listPartners(db: ReadableDB): PartnerView[] {
  return (db.prepare(`${SELECT} ORDER BY p.code`).all() as Row[]).map(toView);
}

export function findPartner(db: ReadableDB, code: string): PartnerView | null {
  const row = db.prepare(`${SELECT} WHERE p.code = ?`).get(code) as Row | undefined;
  return row ? toView(row) : null;
}

export function savePartner(db: WritableDB, input: Omit<PartnerSaveInput, 'homesFrom' | 'logo'>): PartnerView {
  const p = { code: input.code, name: input.name, address: input.address, postcode: input.postcode, phone: input.phone, email: input.email, website: input.website, signedFor: input.signedFor, homes: input.homes, profileId: input.profileId, active: input.active };
  db.prepare(
    `INSERT INTO partners (code, name, address, postcode, phone, email, website, signed_for, homes, profile_id, active)
     VALUES (@code, @name, @address, @postcode, @phone, @email, @website, @signedFor, @homes, @profileId, @active)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, address = excluded.address, postcode = excluded.postcode,
       phone = excluded.phone, email = excluded.email, website = excluded.website, signed_for = excluded.signed_for,
       homes = excluded.homes, profile_id = excluded.profile_id, active = excluded.active`,
  ).run({ ...p, active: p.active ? 1 : 0 });
  return findPartner(db, p.code)!;
}

/** Puts a checked logo on a partner's letterhead, or takes it off (null). */
export function setPartnerLogo(db: WritableDB, code: string, logo: { bytes: Uint8Array; format: 'png' | 'jpeg'; width: number; height: number } | null): void {
  db.prepare('UPDATE partners SET logo = ?, logo_format = ?, logo_width = ?, logo_height = ? WHERE code = ?').run(
    logo ? Buffer.from(logo.bytes) : null,
    logo?.format ?? null,
    logo?.width ?? null,
    logo?.height ?? null,
    code,
  );
}

/** A partner's logo for a letterhead: its bytes and what its check found, or null for none. */
export function partnerLogo(db: ReadableDB, code: string): { bytes: Buffer; format: 'png' | 'jpeg'; width: number; height: number } | null {
  const r = db.prepare('SELECT logo, logo_format, logo_width, logo_height FROM partners WHERE code = ? AND logo IS NOT NULL').get(code) as
    | { logo: Buffer; logo_format: 'png' | 'jpeg'; logo_width: number; logo_height: number }
    | undefined;
  return r ? { bytes: r.logo, format: r.logo_format, width: r.logo_width, height: r.logo_height } : null;
}

/** Sets a partner's letterhead (first run); false when there is no such partner. */
export function setLetterhead(db: WritableDB, code: string, d: { address: string; postcode: string; phone: string; email: string }): boolean {
  return db.prepare('UPDATE partners SET address = ?, postcode = ?, phone = ?, email = ? WHERE code = ?').run(d.address, d.postcode, d.phone, d.email, code).changes === 1;
}

/** Each partner's code and whether it is active. */
export function partnerActivity(db: ReadableDB): Map<string, boolean> {
  return new Map((db.prepare('SELECT code, active FROM partners').all() as { code: string; active: number }[]).map((p) => [p.code, p.active === 1]));
}

/** The service-standard profile a partner's new cases start under, or null for an unknown partner. */
export function partnerProfileId(db: ReadableDB, code: string): string | null {
  const row = db.prepare('SELECT profile_id FROM partners WHERE code = ?').get(code) as { profile_id: string } | undefined;
  return row?.profile_id ?? null;
}

export function isActivePartner(db: ReadableDB, code: string): boolean {
  const row = db.prepare('SELECT active FROM partners WHERE code = ?').get(code) as { active: number } | undefined;
  return row?.active === 1;
}
