import { AppError } from '../../shared/result';
import type { ReadableDB } from '../db/connection';
import { getConsent } from '../db/queries/consents';
import { getParty } from '../db/queries/parties';
import type { Agency, ConsentRecipient } from '../../shared/domain/vocabulary';
import { PROTECTED_ROLES } from '../../shared/domain/vocabulary';

/** Checks that a party named on an entry belongs to the same case. */
export function assertPartyOnCase(db: ReadableDB, caseId: number, partyId: number | null, today: string): void {
  if (partyId === null) return;
  const party = getParty(db, partyId, today);
  if (!party || party.caseId !== caseId) throw new AppError('bad-input', 'That person is not part of this case.');
}

/** Which consent recipients cover a referral to each agency (P3.14). */
const COVERS: Record<Agency, readonly ConsentRecipient[]> = {
  police: ['police'],
  'social-services': ['social-services'],
  'local-authority': ['support-agency', 'other'],
  'victim-support': ['support-agency'],
  'mental-health': ['support-agency', 'doctor'],
  'community-safety': ['support-agency', 'other'],
  'specialist-hate-crime': ['support-agency'],
  mediation: ['support-agency', 'other'],
  'youth-offending': ['support-agency', 'other'],
  other: ['support-agency', 'other'],
};

/**
 * P3.14: a complainant's or witness's case goes to another agency only with their written consent for
 * that recipient, except that police and social services may be told without it when a recorded
 * justification says why.
 */
export function checkReferralConsent(
  db: ReadableDB,
  r: { caseId: number; agency: Agency; partyId: number | null; consentId: number | null; justification: string | null },
  today: string,
): void {
  if (r.partyId === null) return;
  const party = getParty(db, r.partyId, today)!;
  if (!PROTECTED_ROLES.includes(party.role)) return;
  if (r.consentId !== null) {
    const consent = getConsent(db, r.consentId);
    if (!consent || consent.partyId !== r.partyId) throw new AppError('bad-input', 'That consent was not given by the person being referred.');
    if (consent.withdrawnOn) throw new AppError('bad-input', `That consent was withdrawn on ${consent.withdrawnOn}.`);
    if (!COVERS[r.agency].includes(consent.recipient)) throw new AppError('bad-input', 'That consent does not cover sharing their identity with this agency.');
    return;
  }
  const justified = (r.justification ?? '').trim().length > 0;
  if ((r.agency === 'police' || r.agency === 'social-services') && justified) return;
  if (r.agency === 'police' || r.agency === 'social-services') {
    throw new AppError('bad-input', 'Without written consent, record why this referral is justified (P3.14).');
  }
  throw new AppError('bad-input', 'Referring a complainant, victim or witness to this agency needs their written consent. Record the consent first.');
}
