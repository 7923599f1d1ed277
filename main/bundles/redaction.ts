import { consentCovers, findIdentifier, identifiersOf, type ConsentRecord, type GuardRecipient, type Identifier } from '../../shared/documents/disclosure';
import { PROTECTED_ROLES, type PartyRole } from '../../shared/domain/vocabulary';
import type { ConsentView, PartyView } from '../../shared/schemas/cases';

/**
 * Confidentiality in a court bundle (issue 7 §5; P3.13–3.14): a complainant, victim or witness is named
 * in the parts Hearth writes only if their written consent covers the court. Everyone else is given a
 * label ("the Complainant", "Witness A") and every detail that identifies them (their name, surname and
 * first name, the first line of their address, postcode, phone, e-mail and anything marked identifying)
 * is taken out of the text. The matching is the disclosure guard's (shared/documents/disclosure.ts), so
 * letters and bundles agree on what identifies a person.
 */
export const COURT: GuardRecipient = { partyId: null, role: null, category: 'court', description: 'the court', own: [] };

export interface WithheldPerson {
  partyId: number;
  role: PartyRole;
  label: string;
  named: boolean;
  /** The real name, kept for the legal team's screen; never written into a bundle when withheld. */
  name: string;
}

export interface Redaction {
  applies: boolean;
  people: WithheldPerson[];
  /** Free text from the case record, with the withheld people's details replaced. */
  text(s: string): string;
  /** How to refer to a party in the bundle: their name, or their label if withheld. */
  nameOf(partyId: number | null, fallback?: string): string;
  /** The words to search evidence files for (and to take out of source bookmarks). */
  terms: string[];
}

const ROLE_LABEL: Partial<Record<PartyRole, [string, string]>> = {
  complainant: ['the Complainant', 'Complainant'],
  victim: ['the Victim', 'Victim'],
  witness: ['Witness', 'Witness'],
};

function labelFor(role: PartyRole, index: number, count: number): string {
  if (role === 'witness') return `Witness ${String.fromCharCode(65 + (index % 26))}`;
  const [one, many] = ROLE_LABEL[role] ?? ['the Person', 'Person'];
  return count === 1 ? one : `${many} ${index + 1}`;
}

/** A first name worth looking for on its own: three letters or more, capitalised (so "Will" is found, "will" is not). */
function firstNameOf(name: string): string | null {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length < 2) return null;
  const first = tokens[0]!.replace(/[^\p{L}'-]/gu, '');
  return first.length >= 3 ? first : null;
}

export function buildRedaction(parties: readonly PartyView[], consents: readonly ConsentView[], today: string): Redaction {
  const records: ConsentRecord[] = consents.map((c) => ({ partyId: c.partyId, recipient: c.recipient, recipientName: c.recipientName, writtenOn: c.writtenOn, withdrawnOn: c.withdrawnOn }));
  const protectedParties = parties.filter((p) => PROTECTED_ROLES.includes(p.role));
  const counts = new Map<PartyRole, number>();
  for (const p of protectedParties) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  const seen = new Map<PartyRole, number>();
  const people: WithheldPerson[] = protectedParties.map((p) => {
    const i = seen.get(p.role) ?? 0;
    seen.set(p.role, i + 1);
    const named = records.some((c) => consentCovers(c, p.id, COURT, today));
    return { partyId: p.id, role: p.role, label: labelFor(p.role, i, counts.get(p.role) ?? 1), named, name: p.anonymous ? '' : p.name };
  });

  // What to replace, longest first, each with what it becomes.
  const rules: { id: Identifier; replacement: string; caseSensitive: boolean }[] = [];
  const terms: string[] = [];
  for (const person of people) {
    if (person.named) continue;
    const party = protectedParties.find((p) => p.id === person.partyId)!;
    const ids = identifiersOf({ name: party.name, anonymous: party.anonymous, address: party.address, postcode: party.postcode, phone: party.phone, email: party.email, identifyingDetails: party.identifyingDetails });
    for (const id of ids) {
      const replacement = id.kind === 'name' || id.kind === 'surname' ? person.label : id.kind === 'address' ? '[address withheld]' : '[withheld]';
      rules.push({ id, replacement, caseSensitive: false });
      terms.push(id.value);
      if (id.kind === 'surname') for (const title of ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr']) rules.push({ id: { kind: 'name', value: `${title} ${id.value}` }, replacement, caseSensitive: false });
    }
    const first = party.anonymous ? null : firstNameOf(party.name);
    if (first) {
      rules.push({ id: { kind: 'name', value: first }, replacement: person.label, caseSensitive: true });
      terms.push(first);
    }
  }
  rules.sort((a, b) => b.id.value.length - a.id.value.length);

  const text = (s: string): string => {
    let out = s;
    for (const rule of rules) {
      const hits = findIdentifier(out, rule.id).filter((h) => !rule.caseSensitive || out.slice(h.index, h.index + h.length) === rule.id.value);
      for (const h of [...hits].sort((a, b) => b.index - a.index)) out = out.slice(0, h.index) + rule.replacement + out.slice(h.index + h.length);
    }
    // "the Complainant" opening a sentence reads "The Complainant".
    return out.replace(/(^|[.!?]\s+|\n)the (Complainant|Victim)\b/g, '$1The $2');
  };

  const byId = new Map(parties.map((p) => [p.id, p]));
  const nameOf = (partyId: number | null, fallback = 'a person') => {
    if (partyId === null) return fallback;
    const person = people.find((p) => p.partyId === partyId);
    if (person && !person.named) return person.label;
    const party = byId.get(partyId);
    return party && !party.anonymous && party.name ? party.name : person?.label ?? fallback;
  };

  return { applies: people.some((p) => !p.named), people, text, nameOf, terms: [...new Set(terms)] };
}
