import { AGENCIES, labelOf, type Agency } from '../../shared/domain/vocabulary';
import { LAWFUL_BASIS } from '../../shared/schemas/disclosures';
import type { WritableDB } from '../db/connection';
import { publish } from '../events/bus';

/**
 * A referral to an agency passes what the case holds about the person referred (issue 21 item 4): it is
 * announced for the disclosure log with its basis, the written consent or the justification recorded
 * (P3.14). A referral about no one in particular (the case itself) is about everyone on it.
 */
export function announceReferral(
  db: WritableDB,
  r: { id: number; caseId: number; agency: Agency; agencyName: string; partyId: number | null; consentId: number | null; justification: string | null; at: string; by: number; everyone: () => number[] },
): void {
  const agency = labelOf(AGENCIES, r.agency);
  const basis = r.consentId !== null ? LAWFUL_BASIS.referralConsent : `${LAWFUL_BASIS.referralJustified}: ${r.justification ?? ''}`.trim();
  publish(db, {
    kind: 'information-disclosed',
    what: 'referral',
    title: `Referral to ${agency}`,
    caseId: r.caseId,
    source: `referral:${r.id}`,
    partyIds: r.partyId !== null ? [r.partyId] : r.everyone(),
    recipient: r.agencyName ? `${r.agencyName} (${agency})` : agency,
    lawfulBasis: basis,
    approvedBy: r.by,
    at: r.at,
  });
}
