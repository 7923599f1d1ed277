import { checkThreshold, type ThresholdCheck } from '../../shared/case-review/threshold-check';
import { Threshold, thresholdWords } from '../../shared/case-review/thresholds';
import { AppError } from '../../shared/result';
import type { ApplicationView, CaseReviewApplyInput, CaseReviewView } from '../../shared/schemas/case-review';
import { formatDateUK } from '../../shared/time/london';
import type { ReadableDB, WritableDB } from '../db/connection';
import { caseAccessFacts, caseIdByRef, getCaseHeader } from '../db/queries/cases';
import { getParty } from '../db/queries/parties';
import { can } from '../security/can';
import type { SessionUser } from '../security/session';
import {
  addressesOf,
  applicationCases,
  applicationConcerns,
  applicationsOfCase,
  type ApplicationRow,
  complaintsOn,
  correctionsOf,
  escalationsOf,
  getApplication,
  getReview,
  insertApplication,
  linkApplicationCase,
  partnerThresholdRow,
  recommendationsOf,
  type ThresholdRow,
  thresholdRow,
} from './store';

/**
 * The ASB Case Review (issue 20; Anti-social Behaviour, Crime and Policing Act 2014, s.104): the rules
 * around applications, the threshold, the review and its recommendations. The tables are in ./store.ts;
 * the handlers (main/ipc/handlers/case-review.ts) authorise, audit and commit.
 */

const thresholdOf = (row: ThresholdRow): Threshold => Threshold.parse(JSON.parse(row.definition));
const thresholdSummary = (t: Threshold) => ({ id: t.id, version: t.version, name: t.name, words: thresholdWords(t) });

/** The application on this case (made on it or linked to it), or a clear refusal. */
export function applicationOnCase(db: ReadableDB, caseId: number, applicationId: number): ApplicationRow {
  const row = getApplication(db, applicationId);
  if (!row || !applicationConcerns(db, applicationId, caseId)) throw new AppError('not-found', 'There is no such case review application on this case.');
  return row;
}

/** Records an application. A closed case may have one (the view then says to reopen or link a new case). */
export function recordApplication(db: WritableDB, input: CaseReviewApplyInput, user: SessionUser, today: string, at: string): number {
  const header = getCaseHeader(db, input.caseId)!;
  if (input.receivedOn > today) throw new AppError('bad-input', 'The day the application was received is in the future.');
  if (input.consentOn !== null && input.consentOn > today) throw new AppError('bad-input', 'The day consent was given is in the future.');
  let applicantName = input.applicantName;
  if (input.applicantPartyId !== null) {
    const p = getParty(db, input.applicantPartyId, today);
    if (!p || p.caseId !== input.caseId) throw new AppError('bad-input', 'That applicant is not part of this case. Enter their name instead: they are recorded as the applicant only, with their consent.');
    applicantName = p.anonymous ? 'An anonymous applicant' : p.name;
  }
  if (input.victimPartyId !== null) {
    const v = getParty(db, input.victimPartyId, today);
    if (!v || v.caseId !== input.caseId) throw new AppError('bad-input', 'The victim the application is made for is not part of this case.');
  }
  for (const linkedId of input.linkedCaseIds) {
    const facts = caseAccessFacts(db, linkedId);
    if (!facts || !can(user, 'cases.read', facts)) throw new AppError('not-found', 'One of the linked cases is not one you can see. Check the references.');
  }
  const threshold = partnerThresholdRow(db, header.partner, input.receivedOn);
  return insertApplication(db, { ...input, applicantName, partner: header.partner, thresholdId: threshold.id, thresholdVersion: threshold.version, by: user.id, at });
}

/**
 * Links another case about the same behaviour to an application after it was recorded (the officer
 * finds the earlier report later). The case must be one the user can see; a complaint already counted
 * on a linked case is still counted once (threshold-check.ts).
 */
export function linkCase(db: WritableDB, row: ApplicationRow, ref: string, user: SessionUser): { id: number; ref: string } {
  const id = caseIdByRef(db, ref.trim());
  const facts = id === null ? null : caseAccessFacts(db, id);
  if (id === null || !facts || !can(user, 'cases.read', facts)) throw new AppError('not-found', `There is no case ${ref.trim().toUpperCase()} that you can see. Check the reference and try again.`);
  const linked = applicationCases(db, row.id);
  if (linked.some((c) => c.id === id)) throw new AppError('bad-input', `${ref.trim().toUpperCase()} is already one of the cases this application concerns.`);
  if (linked.length > 20) throw new AppError('bad-input', 'An application can concern at most 21 cases. Record a separate application for the others.');
  linkApplicationCase(db, row.id, id);
  return { id, ref: ref.trim().toUpperCase() };
}

/** The threshold check of an application as the record stands now, with its recorded corrections. */
export function checkOf(db: ReadableDB, row: ApplicationRow): ThresholdCheck {
  const cases = applicationCases(db, row.id).map((c) => c.id);
  return checkThreshold({
    receivedOn: row.received_on,
    vulnerable: row.vulnerable === 1,
    threshold: thresholdOf(thresholdRow(db, row.threshold_id, row.threshold_version)),
    complaints: complaintsOn(db, cases),
    corrections: correctionsOf(row),
  });
}

export function applicationView(db: ReadableDB, row: ApplicationRow): ApplicationView {
  const review = getReview(db, row.id);
  return {
    id: row.id,
    caseId: row.case_id,
    caseRef: row.case_ref,
    partner: row.partner,
    applicantPartyId: row.applicant_party_id,
    applicantName: row.applicant_name,
    applicantOnly: row.applicant_party_id === null,
    applicantAddress: row.applicant_address,
    applicantPostcode: row.applicant_postcode,
    onBehalf: row.on_behalf === 1,
    victimPartyId: row.victim_party_id,
    victimName: row.victim_name,
    consentOn: row.consent_on,
    consentNotes: row.consent_notes,
    receivedOn: row.received_on,
    receivedVia: row.received_via,
    viaReference: row.via_reference,
    addresses: addressesOf(row),
    vulnerable: row.vulnerable === 1,
    linkedCases: applicationCases(db, row.id),
    threshold: thresholdSummary(thresholdOf(thresholdRow(db, row.threshold_id, row.threshold_version))),
    check: checkOf(db, row),
    decision: row.threshold_met === null ? null : { met: row.threshold_met === 1, decidedOn: row.threshold_decided_on!, reason: row.threshold_reason, counted: row.threshold_counted ?? 0 },
    review: review
      ? { leadBody: review.lead_body, meetingOn: review.meeting_on, attendees: JSON.parse(review.attendees) as string[], held: review.held === 1, decision: review.decision, applicantToldOn: review.applicant_told_on }
      : null,
    recommendations: recommendationsOf(db, row.id),
    escalations: escalationsOf(db, row.id),
  };
}

export function caseReviewView(db: ReadableDB, caseId: number, today: string): CaseReviewView {
  const header = getCaseHeader(db, caseId)!;
  return {
    notice:
      header.status === 'closed'
        ? 'This case is closed. An application can still be recorded here; to work on the behaviour again, reopen the case, or record a new report linked to this one.'
        : null,
    thresholdInForce: thresholdSummary(thresholdOf(partnerThresholdRow(db, header.partner, today))),
    applications: applicationsOfCase(db, caseId).map((row) => applicationView(db, row)),
  };
}

/**
 * The threshold decision. The count is worked out again with the corrections given; a decision that
 * differs from it (the relevant bodies may decide it is met on persistence, harm or the response,
 * s.104(5)) needs its reason. s.104(4): a count that reaches the threshold means it is met.
 */
export function thresholdDecision(db: ReadableDB, row: ApplicationRow, d: { corrections: { key: string; counts: boolean; reason: string }[]; met: boolean; decidedOn: string; reason: string }, today: string): number {
  if (d.decidedOn > today) throw new AppError('bad-input', 'The day of the decision is in the future.');
  if (d.decidedOn < row.received_on) throw new AppError('bad-input', `The decision cannot come before the application was received (${formatDateUK(row.received_on)}).`);
  const known = new Set(complaintsOn(db, applicationCases(db, row.id).map((c) => c.id)).map((c) => c.key));
  const stray = d.corrections.find((c) => !known.has(c.key));
  if (stray) throw new AppError('bad-input', 'A correction names a complaint that is not on the cases this application concerns. Reload the screen and try again.');
  const check = checkThreshold({ ...inputOf(db, row), corrections: d.corrections });
  if (check.met && !d.met) {
    throw new AppError('guard', `The count meets the threshold (${check.counted} of ${check.needed}), and the Act (s.104(4)) says the threshold must then be decided as met. Correct the count, with reasons, if a complaint should not count.`);
  }
  if (!check.met && d.met && d.reason.length < 10) {
    throw new AppError('bad-input', `The count does not meet the threshold (${check.counted} of ${check.needed}). Say why it is met all the same (persistence, harm, or the response so far: s.104(5)), in at least 10 characters.`);
  }
  return check.counted;
}

function inputOf(db: ReadableDB, row: ApplicationRow) {
  return {
    receivedOn: row.received_on,
    vulnerable: row.vulnerable === 1,
    threshold: thresholdOf(thresholdRow(db, row.threshold_id, row.threshold_version)),
    complaints: complaintsOn(db, applicationCases(db, row.id).map((c) => c.id)),
  };
}

/** A review is held only once the threshold has been decided as met. */
export function assertReviewable(row: ApplicationRow, meetingOn: string, toldOn: string | null): void {
  if (row.threshold_met !== 1) throw new AppError('guard', 'Decide the threshold first: a review is held only when the threshold is met.');
  if (meetingOn < row.received_on) throw new AppError('bad-input', `The review meeting cannot be before the application was received (${formatDateUK(row.received_on)}).`);
  if (toldOn !== null && toldOn < meetingOn) throw new AppError('bad-input', `The applicant cannot have been told the outcome before the meeting (${formatDateUK(meetingOn)}).`);
}

/** A recommendation is made at the review: it cannot fall due before the meeting that made it. */
export function assertRecommendationDue(db: ReadableDB, applicationId: number, dueOn: string): void {
  const review = getReview(db, applicationId);
  if (!review) throw new AppError('guard', 'Record the review first: recommendations come out of the review meeting.');
  if (dueOn < review.meeting_on) {
    throw new AppError('bad-input', `A recommendation cannot be due before the review meeting that made it (${formatDateUK(review.meeting_on)}). Give a due date on or after the meeting.`);
  }
}
