import { INTERVIEW_ALLOWED, type InterviewBasis } from '../domain/policy-measures';
import type { PartyRole } from '../domain/vocabulary';
import { formatDate as formatDateUK } from '../time/format';

/**
 * P4.9: "Where possible and if it is practical or helpful to do so, and the complainant is happy for us to
 * do so, we will also interview the alleged perpetrator and any other witnesses or victims." Interviewing
 * (or inviting to interview) anyone on the case but the complainant needs the complainant's agreement, or
 * a recorded reason to go ahead without it. Pure, so the screen and the main process say the same words.
 */
export interface AgreementFact {
  basis: InterviewBasis;
  givenOn: string;
}

const FIX = 'Record the complainant’s answer under “Add to the case”, “Agreement to interview others”, or the reason to go ahead without it (for example, the police are involved).';

/** Null when an interview with someone in this role may go ahead; otherwise why not and how to fix it. */
export function interviewRefusal(role: PartyRole | null, name: string, agreement: AgreementFact | null): string | null {
  if (role === null || role === 'complainant') return null;
  if (agreement && INTERVIEW_ALLOWED.includes(agreement.basis)) return null;
  const who = name ? `${name} (${roleWords(role)})` : `the ${roleWords(role)}`;
  if (agreement?.basis === 'declined') {
    return `The complainant said on ${formatDateUK(agreement.givenOn)} that they do not want others interviewed, so ${who} cannot be interviewed or invited to an interview (Policy 4.9). If they change their mind, or there is a reason to go ahead without it, record that first. ${FIX}`;
  }
  return `Others are only interviewed if the complainant agrees (Policy 4.9), and no agreement is recorded, so ${who} cannot be interviewed or invited to an interview yet. ${FIX}`;
}

function roleWords(role: PartyRole): string {
  return role === 'alleged-perpetrator' ? 'alleged perpetrator' : role === 'household-member' ? 'household member' : role;
}
