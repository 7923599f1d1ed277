import type { PartyView } from '../../shared/schemas/cases';

/**
 * A party as the case record returns it, with nothing recorded but what the test says: the disclosure guard
 * and the court redaction read only these fields, so a test names the ones its point depends on.
 */
export function partyView(id: number, over: Partial<PartyView>): PartyView {
  return {
    id,
    role: 'witness',
    name: '',
    anonymous: false,
    dateOfBirth: null,
    age: null,
    address: '',
    postcode: '',
    phone: '',
    email: '',
    tenure: null,
    responsiblePartyId: null,
    formatNeeds: { largePrint: false, easyRead: false, interpreter: null, signer: false, braille: false, audio: false },
    identifyingDetails: [],
    otherNames: [],
    ...over,
  };
}
