import { assess, type Finding, type Reader } from '../disclosure/context-rules';
import type { Home } from '../disclosure/homes';
import type { Identifier, IdentifierKind, ProtectedPerson } from '../disclosure/identifiers';
import { CONSENT_RECIPIENTS, labelOf, PARTY_ROLES, type ConsentRecipient, type PartyRole } from '../domain/vocabulary';
import type { TextPiece } from './plain-text';

/**
 * The disclosure guard (P3.13–3.14, DESIGN §5): a document addressed to anyone but the complainant may not
 * name a complainant, victim or witness, or give details that identify them, unless that person's written
 * consent covers the recipient. It reads the finished text of the document (so a name typed into a
 * free-text slot is caught as surely as a template field), and says what it found, where, and why.
 *
 * What identifies a person is shared/disclosure/identifiers.ts (names and their parts, other spellings,
 * relatives, the address and its parts as people write them, postcode, phone, e-mail, registrations and
 * details the officer marked); whether it identifies them *to this reader* is
 * shared/disclosure/context-rules.ts (a postcode shared by the recipient or by several households is
 * not, on its own; a flat number in the recipient's own block is).
 */
export type { Identifier, IdentifierKind, ProtectedPerson } from '../disclosure/identifiers';
export { identifiersOf, surnameOf } from '../disclosure/identifiers';
export { addressFirstLine } from '../disclosure/homes';
export { findIdentifier } from '../disclosure/match';

export interface ConsentRecord {
  partyId: number;
  recipient: ConsentRecipient;
  recipientName: string;
  writtenOn: string;
  withdrawnOn: string | null;
}

export const KIND_WORDS: Record<IdentifierKind, string> = {
  name: 'name',
  'other-name': 'name (as otherwise spelt)',
  surname: 'surname',
  'first-name': 'first name',
  initials: 'initials',
  relative: 'relative’s name',
  address: 'address',
  unit: 'flat or house number',
  nearby: 'home (by where it is)',
  street: 'street',
  postcode: 'postcode',
  phone: 'phone number',
  email: 'e-mail address',
  vehicle: 'vehicle registration',
  detail: 'identifying detail',
};

export interface Disclosure extends Finding {
  partyName: string;
  role: PartyRole;
}

/**
 * Who a document goes to, for the guard. `category` is the consent recipient code the consent must name
 * ('alleged-perpetrator', 'court', 'police' …); `own` are the recipient's own identifiers, never counted.
 */
export interface GuardRecipient {
  partyId: number | null;
  role: PartyRole | null;
  category: ConsentRecipient;
  description: string;
  own: readonly Identifier[];
  /** Where the recipient lives, when known (for the court: the Defendant, who is served the bundle). */
  home?: Home | null;
}

/** A complainant or victim may read about the case they reported (DESIGN §5: "anyone but the complainant"). */
export const needsNoConsent = (recipient: GuardRecipient, person: ProtectedPerson) =>
  recipient.partyId === person.id || recipient.role === 'complainant' || recipient.role === 'victim';

/** A consent covers a recipient when it names the recipient's kind, was given on or before today and is not withdrawn. */
export function consentCovers(c: ConsentRecord, partyId: number, recipient: GuardRecipient, today: string): boolean {
  if (c.partyId !== partyId || c.recipient !== recipient.category) return false;
  if (c.writtenOn > today) return false;
  if (c.withdrawnOn !== null && c.withdrawnOn <= today) return false;
  if (c.recipient === 'other') {
    // "Someone else (named)": the consent must name this recipient.
    const a = c.recipientName.trim().toLowerCase();
    const b = recipient.description.trim().toLowerCase();
    return a.length > 0 && (b.includes(a) || a.includes(b));
  }
  return true;
}

/**
 * Every place the text would disclose a protected person to this recipient without a consent covering
 * it, one finding per detail per place. `households` are the homes on the case's record (a postcode they
 * share is not, on its own, identifying).
 */
export function findDisclosures(
  pieces: readonly TextPiece[],
  people: readonly ProtectedPerson[],
  consents: readonly ConsentRecord[],
  recipient: GuardRecipient,
  today: string,
  households: readonly Home[] = [],
): Disclosure[] {
  const subjects = people
    .filter((person) => !needsNoConsent(recipient, person) && !consents.some((c) => consentCovers(c, person.id, recipient, today)))
    .map((person) => ({ person, label: person.anonymous || !person.name ? 'an anonymous person' : person.name, standIn: person.role === 'witness' ? 'a witness' : 'a neighbour' }));
  if (!subjects.length) return [];
  const { findings } = assess(pieces, subjects, readerOf(recipient, households));
  const roleOf = new Map(people.map((p) => [p.id, p.role]));
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const k = `${f.partyId}\u0000${f.place}\u0000${f.kind}\u0000${f.value}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((f) => ({ ...f, partyName: f.person, role: roleOf.get(f.partyId)! }));
}

export function readerOf(recipient: GuardRecipient, households: readonly Home[]): Reader {
  return { description: recipient.description, home: recipient.home ?? null, own: recipient.own, households };
}

/** One sentence per disclosure (which words, whose, why), then what to do: the refusal an officer reads. */
export function describeDisclosures(found: readonly Disclosure[], recipient: GuardRecipient): string {
  const to = `${recipient.description} (${labelOf(CONSENT_RECIPIENTS, recipient.category).replace(/^(The|A|An) /, '').toLowerCase()})`;
  const lines = found
    .slice(0, 6)
    .map((f) => `It would give the ${KIND_WORDS[f.kind]} of ${f.partyName} (${labelOf(PARTY_ROLES, f.role).toLowerCase()}), “${f.words}”, in ${f.place}: “${f.excerpt}”. It identifies them because ${f.reason}.`);
  const more = found.length > 6 ? ` And ${found.length - 6} more.` : '';
  const who = [...new Set(found.map((f) => f.partyName))].join(' and ');
  return (
    `This document to ${to} cannot be made (P3.13–3.14). ${lines.join(' ')}${more} ` +
    `${who} has not given written consent that covers this recipient. Record their written consent, or take the detail out of the wording (for example “${found[0]?.suggestion ?? 'a neighbour'}”).`
  );
}
