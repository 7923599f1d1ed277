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
});

// The newest dated homes figure's first day (migration 0005), so the screen shows what the reports use.
const SELECT = `SELECT p.*, (SELECT max(h.from_date) FROM partner_homes h WHERE h.partner = p.code) AS homes_from FROM partners p`;

export function listPartners(db: ReadableDB): PartnerView[] {
  return (db.prepare(`${SELECT} ORDER BY p.code`).all() as Row[]).map(toView);
}

export function findPartner(db: ReadableDB, code: string): PartnerView | null {
  const row = db.prepare(`${SELECT} WHERE p.code = ?`).get(code) as Row | undefined;
  return row ? toView(row) : null;
}

export function savePartner(db: WritableDB, p: Omit<PartnerSaveInput, 'homesFrom'>): PartnerView {
  db.prepare(
    `INSERT INTO partners (code, name, address, postcode, phone, email, website, signed_for, homes, profile_id, active)
     VALUES (@code, @name, @address, @postcode, @phone, @email, @website, @signedFor, @homes, @profileId, @active)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, address = excluded.address, postcode = excluded.postcode,
       phone = excluded.phone, email = excluded.email, website = excluded.website, signed_for = excluded.signed_for,
       homes = excluded.homes, profile_id = excluded.profile_id, active = excluded.active`,
  ).run({ ...p, active: p.active ? 1 : 0 });
  return findPartner(db, p.code)!;
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
