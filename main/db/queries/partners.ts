import type { PartnerView } from '../../../shared/schemas/cases';
import type { ReadableDB, WritableDB } from '../connection';

interface Row {
  code: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  homes: number;
  profile_id: string;
  active: number;
}
const toView = (r: Row): PartnerView => ({ code: r.code, name: r.name, address: r.address, phone: r.phone, email: r.email, homes: r.homes, profileId: r.profile_id, active: r.active === 1 });

export function listPartners(db: ReadableDB): PartnerView[] {
  return (db.prepare('SELECT * FROM partners ORDER BY code').all() as Row[]).map(toView);
}

export function savePartner(db: WritableDB, p: PartnerView): PartnerView {
  db.prepare(
    `INSERT INTO partners (code, name, address, phone, email, homes, profile_id, active)
     VALUES (@code, @name, @address, @phone, @email, @homes, @profileId, @active)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, address = excluded.address, phone = excluded.phone,
       email = excluded.email, homes = excluded.homes, profile_id = excluded.profile_id, active = excluded.active`,
  ).run({ ...p, active: p.active ? 1 : 0 });
  return toView(db.prepare('SELECT * FROM partners WHERE code = ?').get(p.code) as Row);
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
