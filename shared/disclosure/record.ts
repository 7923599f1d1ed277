import { PROTECTED_ROLES, type PartyRole } from '../domain/vocabulary';
import { homeOf, type Home } from './homes';
import { identifiersOf, type ProtectedPerson } from './identifiers';

/** The parts of a case's party the guard reads (PartyView has them all). */
export interface RecordParty {
  id: number;
  role: PartyRole;
  name: string;
  anonymous: boolean;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  identifyingDetails: readonly string[];
  otherNames?: readonly string[];
  responsiblePartyId: number | null;
}

/**
 * The protected people of a case (complainants, victims, witnesses) with what the rest of the record
 * adds: their relatives' names (a household member they are responsible for, or the tenant responsible
 * for them), which point to them as surely as their own.
 */
export function protectedPeopleOf(parties: readonly RecordParty[]): ProtectedPerson[] {
  return parties
    .filter((p) => PROTECTED_ROLES.includes(p.role))
    .map((p) => {
      const relatives = parties.filter((r) => r.id !== p.id && !r.anonymous && r.name && (r.responsiblePartyId === p.id || p.responsiblePartyId === r.id)).map((r) => r.name);
      return { id: p.id, name: p.name, role: p.role, anonymous: p.anonymous, address: p.address, postcode: p.postcode, phone: p.phone, email: p.email, identifyingDetails: p.identifyingDetails, otherNames: p.otherNames ?? [], relatives };
    });
}

/** Every home on the record (to judge whether a postcode is shared by several households). */
export function householdsOf(parties: readonly RecordParty[]): Home[] {
  return parties.map((p) => homeOf(p.address, p.postcode)).filter((h): h is Home => h !== null);
}

/** A reader who is a party: their own details (never a disclosure to them) and their home. */
export function partyAsReader(p: RecordParty): { own: ReturnType<typeof identifiersOf>; home: Home | null } {
  return { own: identifiersOf({ ...p, otherNames: p.otherNames ?? [] }), home: homeOf(p.address, p.postcode) };
}
