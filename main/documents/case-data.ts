import type { ActionView, ClosureView } from '../../shared/schemas/actions';
import type { CaseHeader, ConsentView, EvidenceView, PartyView } from '../../shared/schemas/cases';
import type { PartnerView } from '../../shared/schemas/partners';
import type { CasePlans } from '../../shared/schemas/standards';
import type { DueItem } from '../../shared/standards/engine';
import { londonDate } from '../../shared/time/london';
import { loadClosure } from '../actions/closure';
import { listActions } from '../actions/store';
import type { ReadableDB } from '../db/connection';
import { getCaseHeader } from '../db/queries/cases';
import { listConsents } from '../db/queries/consents';
import { listParties } from '../db/queries/parties';
import { findPartner, partnerLogo } from '../db/queries/partners';
import { type IncidentRow, listIncidents, listReferrals, type ReferralRow } from '../db/queries/timeline';
import { listEvidence } from '../evidence/store';
import { profileOfCase } from '../standards/profiles';
import { dueItemsForCase } from '../standards/recompute';
import { listPlans } from '../standards/store';
import type { AgreementFact } from '../../shared/actions/interview-guard';
import type { InterviewBasis } from '../../shared/domain/policy-measures';
import { counterAllegations, currentInterviewAgreement } from '../casework/store';
import { COUNTER_ALLEGATION } from '../../shared/domain/policy-measures';
import { protectedPeopleOf } from '../../shared/disclosure/record';
import type { ConsentRecord, ProtectedPerson } from '../../shared/documents/disclosure';
import type { ApplicationView } from '../../shared/schemas/case-review';
import { caseReviewView } from '../case-review/service';
import type { NoticeTranslation } from '../../shared/languages/interpreter-notices';
import { currentNoticeTranslations } from '../languages/store';

function counterCasesOf(db: ReadableDB, caseId: number, today: string): CaseData['counterCases'] {
  return counterAllegations(db, caseId, COUNTER_ALLEGATION).map((l) => ({
    ref: l.ref,
    people: protectedPeopleOf(listParties(db, l.caseId, today)),
    consents: listConsents(db, l.caseId).map((c) => ({ partyId: c.partyId, recipient: c.recipient, recipientName: c.recipientName, writtenOn: c.writtenOn, withdrawnOn: c.withdrawnOn })),
  }));
}

function agreementOf(db: ReadableDB, caseId: number): AgreementFact | null {
  const a = currentInterviewAgreement(db, caseId);
  return a ? { basis: a.basis as InterviewBasis, givenOn: a.givenOn } : null;
}

/** Everything a document may draw on for one case, read once per request. */
export interface CaseData {
  header: CaseHeader;
  partner: PartnerView;
  parties: PartyView[];
  consents: ConsentView[];
  actions: ActionView[];
  incidents: IncidentRow[];
  plans: CasePlans;
  closure: ClosureView;
  referrals: ReferralRow[];
  evidence: EvidenceView[];
  dueItems: DueItem[];
  appealWindowWorkingDays: number;
  /** P4.9: the complainant's agreement to others being interviewed, as it holds now. */
  interviewAgreement: AgreementFact | null;
  /** P4.7: cases linked as counter-allegations, with their protected people and consents (shared/disclosure/counter-allegations.ts). */
  counterCases: { ref: string; people: ProtectedPerson[]; consents: ConsentRecord[] }[];
  /** Issue 20: the latest ASB case review application that concerns the case, as its screen shows it. */
  caseReview: ApplicationView | null;
  /** The interpreter notice's words per language, as corrected in this workspace (shared/languages). */
  noticeTranslations: NoticeTranslation[];
  /** The partner's letterhead logo, if it has one (main/documents/logo.ts checked it when it was uploaded). */
  partnerLogo: ReturnType<typeof partnerLogo>;
  /** London calendar day of `now`. */
  today: string;
  now: Date;
}

export function loadCaseData(db: ReadableDB, caseId: number, now: Date): CaseData {
  const header = getCaseHeader(db, caseId);
  if (!header) throw new Error(`documents: case ${caseId} vanished`);
  const today = londonDate(now);
  const partner = findPartner(db, header.partner)!;
  return {
    header,
    partner,
    parties: listParties(db, caseId, today),
    consents: listConsents(db, caseId),
    actions: listActions(db, caseId),
    incidents: listIncidents(db, caseId),
    plans: listPlans(db, caseId),
    closure: loadClosure(db, caseId),
    referrals: listReferrals(db, caseId),
    evidence: listEvidence(db, caseId),
    dueItems: dueItemsForCase(db, caseId, now),
    appealWindowWorkingDays: profileOfCase(db, caseId).settings.appealWindowWorkingDays,
    interviewAgreement: agreementOf(db, caseId),
    counterCases: counterCasesOf(db, caseId, today),
    caseReview: caseReviewView(db, caseId, today).applications.at(-1) ?? null,
    noticeTranslations: currentNoticeTranslations(db),
    partnerLogo: partnerLogo(db, header.partner),
    today,
    now,
  };
}
