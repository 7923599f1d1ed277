import { partyAsReader } from '../../shared/disclosure/record';
import { homeOf } from '../../shared/disclosure/homes';
import { identifiersOf, type GuardRecipient } from '../../shared/documents/disclosure';
import type { PartyView } from '../../shared/schemas/cases';
import type { FrontMatter, RecipientOption } from '../../shared/schemas/documents';
import { formatDateUK } from '../../shared/time/london';
import type { CaseData } from './case-data';

/**
 * The applicant of an ASB case review as a letter's recipient (issue 20; Anti-social Behaviour, Crime and
 * Policing Act 2014, s.104(7): the relevant bodies inform the applicant). The applicant may be a party on
 * the case, or not (a relative applying for the victim, a neighbour): recorded as the applicant only, with
 * their postal address on the application.
 */

/** Someone who applied without being a party on the case: written to at the address on the application. */
export interface ApplicantOnly {
  name: string;
  address: string;
  postcode: string;
}

/** Who a letter to the applicant can go to: the latest application's applicant, party or not. */
export function applicantOptions(data: CaseData, partyOption: (id: number) => RecipientOption | null): RecipientOption[] {
  const a = data.caseReview;
  if (!a) return [];
  if (a.applicantPartyId !== null) {
    const option = partyOption(a.applicantPartyId);
    return option ? [option] : [];
  }
  return [{ partyId: null, actionId: null, referralId: null, label: `${a.applicantName} (the applicant, not on the case)`, role: 'applicant', largePrint: false, easyRead: false, needs: [] }];
}

/** The applicant who is not on the case, when this letter goes to them (null for a party, read from their record). */
export function applicantOnly(front: FrontMatter, data: CaseData, party: PartyView | null): ApplicantOnly | null {
  const a = data.caseReview;
  if (front.recipient !== 'applicant' || party || !a || a.applicantPartyId !== null) return null;
  return { name: a.applicantName, address: a.applicantAddress, postcode: a.applicantPostcode };
}

/**
 * The disclosure guard's reader for an applicant who is not on the case. Acting for the victim with the
 * victim's consent, they may be told what the victim may be told: they read as the victim. Otherwise they
 * are told only what concerns their own application: every protected person's details are disclosures to
 * them, unless that person's written consent names them. Their own name and address are never counted.
 */
export function applicantReader(data: CaseData, who: ApplicantOnly): { recipient: GuardRecipient; note: string | null } {
  const a = data.caseReview!;
  const own = identifiersOf({ name: who.name, anonymous: false, address: who.address, postcode: who.postcode, phone: '', email: '', identifyingDetails: [] });
  const home = homeOf(who.address, who.postcode);
  const victim = a.onBehalf && a.consentOn !== null ? data.parties.find((p) => p.id === a.victimPartyId) : undefined;
  if (victim) {
    const reader = partyAsReader(victim);
    return {
      recipient: { partyId: victim.id, role: victim.role, category: 'other', description: `${who.name}, who applied for ${victim.name}`, own: [...reader.own, ...own], home },
      note: `${who.name} applied for ${victim.name}, who consented on ${formatDateUK(a.consentOn!)}: the letter may tell them what it could tell ${victim.name}.`,
    };
  }
  return {
    recipient: { partyId: null, role: null, category: 'other', description: who.name, own, home },
    note: `${who.name} is not on the case and did not apply for the victim with their consent: the letter may tell them only about their own application.`,
  };
}
