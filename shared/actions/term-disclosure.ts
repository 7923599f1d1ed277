import { partyAsReader } from '../disclosure/record';
import { findDisclosures, type ConsentRecord, type GuardRecipient, type ProtectedPerson } from '../documents/disclosure';

/**
 * Operative terms that would name or point to someone withheld from the court (P3.14; issue 15). A term
 * someone can be imprisoned for breaking is never printed with a redaction inside it, so such a term is
 * refused and the user rewords it. The respondent's own details (their address, a postcode they share
 * with neighbours) are theirs to read, so they do not count.
 */
const KIND_WORDS: Record<string, string> = {
  name: 'their name',
  surname: 'their surname',
  address: 'their address',
  postcode: 'their postcode',
  phone: 'their phone number',
  email: 'their e-mail address',
  detail: 'a detail that identifies them',
};

const ROLE_WORDS: Record<string, string> = { complainant: 'the complainant', victim: 'the victim', witness: 'a witness' };

export function termDisclosures(
  terms: readonly { place: string; text: string }[],
  people: readonly ProtectedPerson[],
  consents: readonly ConsentRecord[],
  respondent: Pick<ProtectedPerson, 'name' | 'anonymous' | 'address' | 'postcode' | 'phone' | 'email' | 'identifyingDetails'> | null,
  today: string,
): string[] {
  // The court serves the order on the respondent: their own details, and their home (so a postcode they share), identify nobody else.
  const reader = respondent ? partyAsReader({ id: 0, role: 'alleged-perpetrator', responsiblePartyId: null, ...respondent }) : { own: [], home: null };
  const court: GuardRecipient = { partyId: null, role: null, category: 'court', description: 'the court', own: reader.own, home: reader.home };
  const found = findDisclosures(terms, people, consents, court, today);
  return found.map((f) => {
    const term = terms.find((t) => t.place === f.place);
    return `${f.place} (“${term?.text ?? f.excerpt}”) contains ${KIND_WORDS[f.kind] ?? 'a detail'} of ${ROLE_WORDS[f.role] ?? 'someone'} (${f.value}), who has not consented to the court knowing who they are. A term the respondent can be imprisoned for breaking cannot have a redaction in it: reword it so it does not identify them (describe a place by a plan, not by their home), or record their written consent.`;
  });
}
