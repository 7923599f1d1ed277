import type { PartyView, FormatNeeds } from '../../../shared/schemas/cases';
import type { PartyRole, StaffRole, Tenure } from '../../../shared/domain/vocabulary';
import { ageOn } from '../../../shared/time/london';
import type { ReadableDB, WritableDB } from '../connection';
import { sql, sqlFragment, sqlJoin } from '../sql';
import { parseList } from './json-column';

export interface NewParty {
  caseId: number;
  role: PartyRole;
  name: string;
  anonymous: boolean;
  dateOfBirth: string | null;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  tenure: Tenure | null;
  responsiblePartyId: number | null;
  formatNeeds: FormatNeeds;
  identifyingDetails: string[];
  otherNames: string[];
  /** Issue 18: a victim who is a member of staff or a contractor. */
  staffRole: StaffRole | null;
  at: string;
}

export function insertParty(db: WritableDB, p: NewParty): number {
  const info = db
    .prepare(
      `INSERT INTO parties (case_id, role, name, anonymous, date_of_birth, address, postcode, phone, email, tenure,
         responsible_party_id, format_needs, identifying_details, other_names, staff_role, created_at)
       VALUES (@caseId, @role, @name, @anonymous, @dateOfBirth, @address, @postcode, @phone, @email, @tenure,
         @responsiblePartyId, @formatNeeds, @identifyingDetails, @otherNames, @staffRole, @at)`,
    )
    .run({ ...p, anonymous: p.anonymous ? 1 : 0, formatNeeds: JSON.stringify(p.formatNeeds), identifyingDetails: JSON.stringify(p.identifyingDetails), otherNames: JSON.stringify(p.otherNames) });
  return Number(info.lastInsertRowid);
}

export function updateParty(db: WritableDB, id: number, p: Omit<NewParty, 'caseId' | 'at'>): void {
  db.prepare(
    `UPDATE parties SET role=@role, name=@name, anonymous=@anonymous, date_of_birth=@dateOfBirth, address=@address, postcode=@postcode,
       phone=@phone, email=@email, tenure=@tenure, responsible_party_id=@responsiblePartyId, format_needs=@formatNeeds,
       identifying_details=@identifyingDetails, other_names=@otherNames, staff_role=@staffRole WHERE id=@id`,
  ).run({ ...p, id, anonymous: p.anonymous ? 1 : 0, formatNeeds: JSON.stringify(p.formatNeeds), identifyingDetails: JSON.stringify(p.identifyingDetails), otherNames: JSON.stringify(p.otherNames) });
}

interface PartyRow {
  id: number;
  case_id: number;
  role: PartyRole;
  name: string;
  anonymous: number;
  date_of_birth: string | null;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  tenure: Tenure | null;
  responsible_party_id: number | null;
  format_needs: string;
  identifying_details: string;
  other_names: string;
  staff_role: StaffRole | null;
}

const NO_NEEDS: FormatNeeds = { largePrint: false, easyRead: false, interpreter: null, signer: false, braille: false, audio: false };

function toView(r: PartyRow, today: string): PartyView {
  let needs = NO_NEEDS;
  try {
    needs = { ...NO_NEEDS, ...(JSON.parse(r.format_needs) as Partial<FormatNeeds>) };
  } catch {
    // a damaged value shows as "no needs" rather than breaking the case screen
  }
  return {
    id: r.id,
    role: r.role,
    name: r.name,
    anonymous: r.anonymous === 1,
    dateOfBirth: r.date_of_birth,
    age: r.date_of_birth ? ageOn(r.date_of_birth, today) : null,
    address: r.address,
    postcode: r.postcode,
    phone: r.phone,
    email: r.email,
    tenure: r.tenure,
    responsiblePartyId: r.responsible_party_id,
    formatNeeds: needs,
    identifyingDetails: parseList(r.identifying_details),
    otherNames: parseList(r.other_names),
    staffRole: r.staff_role,
  };
}

/** Parties of a case, for case screens. Deliberately no join to equality_data. */
export function listParties(db: ReadableDB, caseId: number, today: string): PartyView[] {
  return (db.prepare('SELECT * FROM parties WHERE case_id = ? ORDER BY id').all(caseId) as PartyRow[]).map((r) => toView(r, today));
}

export function getParty(db: ReadableDB, id: number, today: string): (PartyView & { caseId: number }) | null {
  const r = db.prepare('SELECT * FROM parties WHERE id = ?').get(id) as PartyRow | undefined;
  return r ? { ...toView(r, today), caseId: r.case_id } : null;
}

/** The ids of a case's parties in the order they were added (the order an intake or an import listed them). */
export function partyIdsOfCase(db: ReadableDB, caseId: number): number[] {
  return (db.prepare('SELECT id FROM parties WHERE case_id = ? ORDER BY id').all(caseId) as { id: number }[]).map((r) => r.id);
}

/** The first party added to a case in one of `roles` (only a named one when `named`), or null. */
export function firstPartyIn(db: ReadableDB, caseId: number, roles: readonly PartyRole[], options: { named?: boolean } = {}): number | null {
  const named = options.named ? sqlFragment`AND anonymous = 0` : sqlFragment``;
  const q = sql`SELECT id FROM parties WHERE case_id = ${caseId} AND role IN (${sqlJoin(roles)}) ${named} ORDER BY id LIMIT 1`;
  const row = db.prepare(q.text).get(...q.params) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Points a household member at the tenant responsible for them. */
export function setResponsibleParty(db: WritableDB, partyId: number, responsibleId: number): void {
  db.prepare('UPDATE parties SET responsible_party_id = ? WHERE id = ?').run(responsibleId, partyId);
}
