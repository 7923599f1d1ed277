import { AppError } from '../../shared/result';
import type { IntakeInput, PartyInput } from '../../shared/schemas/cases';
import { insertCase, insertCaseLink, setScreenedOut } from '../db/queries/cases';
import { closeClosure, currentClosure, insertClosureProposal } from '../db/queries/actions/closure';
import { labelOf, SCREEN_OUTCOMES } from '../../shared/domain/vocabulary';
import { insertConsent } from '../db/queries/consents';
import { insertParty, setResponsibleParty } from '../db/queries/parties';
import { isActivePartner } from '../db/queries/partners';
import { insertIncident } from '../db/queries/timeline';
import type { ReadableDB, WritableDB } from '../db/connection';
import type { SessionUser } from '../security/session';
import { can } from '../security/can';
import { caseAccessFacts } from '../db/queries/cases';
import { nextCaseRef } from './reference';
import {
  assertConsentableRole,
  assertDateOfBirth,
  assertNotFuture,
  assertReportedAfter,
  assertResponsibleIsTenant,
  isHateIncident,
  normaliseInstant,
  incidentInstant,
} from './rules';
import { reindexCase } from './search-index';
import { profileForNewCase } from '../standards/profiles';
import { recomputeCase } from '../standards/recompute';

const profileOf = (p: { id: string; version: number }) => ({ profileId: p.id, profileVersion: p.version });

const describe = (p: PartyInput, i: number) => (p.anonymous ? `person ${i + 1} (anonymous)` : p.name || `person ${i + 1}`);

/** Every check that needs more than the schema, before anything is written. */
function checkIntake(db: ReadableDB, input: IntakeInput, user: SessionUser, now: Date): void {
  if (!user.partners.includes(input.partner)) throw new AppError('forbidden', `You do not work for partner ${input.partner}.`);
  if (!isActivePartner(db, input.partner)) throw new AppError('bad-input', `There is no active partner with the code ${input.partner}.`);
  assertNotFuture(input.receivedAt, now, 'The date the report was received');
  const keys = new Map<string, { p: PartyInput; i: number }>();
  input.parties.forEach((p, i) => {
    if (keys.has(p.key)) throw new AppError('bad-input', `Two people share the key "${p.key}"; each needs its own.`);
    keys.set(p.key, { p, i });
    assertDateOfBirth(p.dateOfBirth, now, describe(p, i));
    if (p.staffRole && p.role !== 'victim' && p.role !== 'complainant') {
      throw new AppError('bad-input', `${describe(p, i)} is marked as staff or a contractor; that is recorded for a victim or the person reporting. Choose one of those roles, or clear it.`);
    }
  });
  input.parties.forEach((p, i) => {
    if (!p.responsibleKey) return;
    const resp = keys.get(p.responsibleKey);
    if (!resp) throw new AppError('bad-input', `${describe(p, i)} names a responsible tenant "${p.responsibleKey}" who is not in this report.`);
    assertResponsibleIsTenant(p.role, { tenure: resp.p.tenure, name: resp.p.name }, describe(p, i));
  });
  input.incidents.forEach((inc, i) => {
    const occurredAt = incidentInstant(inc.occurredAt, inc.occurredTimeKnown);
    assertNotFuture(occurredAt, now, `Incident ${i + 1}`);
    assertReportedAfter(occurredAt, inc.reportedAt, now, `Incident ${i + 1}`);
    if (inc.reportedByKey && !keys.has(inc.reportedByKey)) throw new AppError('bad-input', `Incident ${i + 1} was reported by "${inc.reportedByKey}", who is not in this report.`);
  });
  input.consents.forEach((c, i) => {
    const who = keys.get(c.partyKey);
    if (!who) throw new AppError('bad-input', `Consent ${i + 1} is for "${c.partyKey}", who is not in this report.`);
    assertConsentableRole(who.p.role, describe(who.p, who.i));
    if (c.recipient === 'other' && !c.recipientName) throw new AppError('bad-input', `Consent ${i + 1}: name who the identity may be shared with.`);
  });
  for (const id of input.linkToCaseIds) {
    const facts = caseAccessFacts(db, id);
    if (!facts || !can(user, 'cases.read', facts)) throw new AppError('not-found', 'A case to link to does not exist or is not yours to see.');
  }
}

/**
 * Records a new report (issue 3 §1): the case, its people, incidents and consents, links to related
 * cases and the search index, all in one transaction: either the whole report is saved or none of it.
 */
export function createCase(
  db: WritableDB,
  input: IntakeInput,
  user: SessionUser,
  now: Date,
): { id: number; ref: string; parties: { key: string; id: number }[]; urgent: { ruleId: string; label: string; dueAt: string }[]; restricted: boolean; screenedOut: boolean } {
  checkIntake(db, input, user, now);
  const at = now.toISOString();
  const receivedAt = normaliseInstant(input.receivedAt);
  return db.transaction(() => {
    const ref = nextCaseRef(db, input.partner, receivedAt);
    const firstIncident = input.incidents[0]!;
    const perceived = input.perceivedAsHate || input.perception !== null;
    const id = insertCase(db, {
      ref,
      partner: input.partner,
      category: input.category,
      receivedAt,
      method: input.method,
      summary: input.summary || firstIncident.description.slice(0, 500),
      ...input.location,
      flags: input.flags,
      motivation: input.motivation,
      hateIncident: isHateIncident(input.category, perceived, input.motivation),
      perceivedHarassment: perceived,
      perceivedBy: input.perception?.by ?? null,
      perceivedHow: input.perception?.how ?? '',
      restrictedReason: staffVictimRestriction(input.parties),
      riskLevel: input.risk.level,
      riskNotes: input.risk.notes,
      anonymousReport: input.anonymousReport,
      ownerId: input.ownerId ?? user.id,
      createdBy: user.id,
      at,
      ...profileOf(profileForNewCase(db, input.partner)),
    });
    const partyIds = insertParties(db, id, input.parties, at);
    for (const inc of input.incidents) {
      insertIncident(db, {
        caseId: id,
        occurredAt: incidentInstant(inc.occurredAt, inc.occurredTimeKnown),
        occurredTimeKnown: inc.occurredTimeKnown,
        // An incident given at intake was told to the Claimant in the report, unless another time is given.
        reportedAt: reportedAtIntake(incidentInstant(inc.occurredAt, inc.occurredTimeKnown), inc.reportedAt, input.receivedAt),
        description: inc.description,
        acts: inc.acts,
        location: inc.location,
        reportedBy: inc.reportedByKey ? (partyIds.get(inc.reportedByKey) ?? null) : null,
        recordedBy: user.id,
        at,
      });
    }
    for (const c of input.consents) {
      insertConsent(db, { partyId: partyIds.get(c.partyKey)!, recipient: c.recipient, recipientName: c.recipientName, purpose: c.purpose, writtenOn: c.writtenOn, source: c.source, evidenceId: null, recordedBy: user.id, at });
    }
    for (const linked of input.linkToCaseIds) insertCaseLink(db, id, linked, 'Linked at intake as a related report', at);
    if (input.screening) screenOut(db, id, input.screening, user.id, at);
    reindexCase(db, id);
    const urgent = recomputeCase(db, id, now)
      .filter((i) => i.urgent && (i.state === 'pending' || i.state === 'breached'))
      .map((i) => ({ ruleId: i.ruleId, label: i.label, dueAt: i.dueAt }));
    const restricted = staffVictimRestriction(input.parties) !== null;
    return { id, ref, parties: [...partyIds].map(([key, partyId]) => ({ key, id: partyId })), urgent, restricted, screenedOut: input.screening !== null };
  })();
}

/** Council page (issue 18): harassment of staff or contractors is acted on, and such a case is restricted from the start. */
function staffVictimRestriction(parties: readonly PartyInput[]): string | null {
  const staff = parties.find((p) => p.staffRole);
  if (!staff) return null;
  return `The ${staff.role === 'victim' ? 'victim' : 'person reporting'} is ${staff.staffRole === 'staff' ? 'a member of staff' : 'a contractor'}: restricted from intake.`;
}

/**
 * P1.4–1.6 (issue 18): a report that belongs under another policy is recorded, referred, and closed at once
 * with that reason (outcome "referred elsewhere"), so it runs no harassment deadlines and the reports count
 * it apart.
 */
function screenOut(db: WritableDB, caseId: number, s: NonNullable<IntakeInput['screening']>, by: number, at: string): void {
  setScreenedOut(db, caseId, s.outcome, s.referredTo);
  const reason = [`Belongs elsewhere — ${labelOf(SCREEN_OUTCOMES, s.outcome)}. Referred to ${s.referredTo}.`, s.note].filter(Boolean).join('\n');
  insertClosureProposal(db, caseId, { outcome: 'referred-elsewhere', reason }, by, at);
  closeClosure(db, caseId, currentClosure(db, caseId)!.id, at, by);
}

/** Inserts parties in two passes so a household member can point at a tenant listed after them. */
export function insertParties(db: WritableDB, caseId: number, parties: readonly PartyInput[], at: string): Map<string, number> {
  const ids = new Map<string, number>();
  for (const p of parties) {
    ids.set(p.key, insertParty(db, { caseId, ...partyFields(p), responsiblePartyId: null, at }));
  }
  for (const p of parties) if (p.responsibleKey) setResponsibleParty(db, ids.get(p.key)!, ids.get(p.responsibleKey)!);
  return ids;
}

export function partyFields(p: PartyInput) {
  return {
    role: p.role,
    name: p.anonymous ? '' : p.name,
    anonymous: p.anonymous,
    dateOfBirth: p.dateOfBirth,
    address: p.address,
    postcode: p.postcode,
    phone: p.phone,
    email: p.email,
    tenure: p.tenure,
    formatNeeds: p.formatNeeds,
    identifyingDetails: p.identifyingDetails,
    otherNames: p.anonymous ? [] : p.otherNames,
    staffRole: p.staffRole,
  };
}

/** An incident given at intake was told to the Claimant in the report, unless it happened after it (then: not recorded). */
function reportedAtIntake(occurredAt: string, reportedAt: string | null, receivedAt: string): string | null {
  if (reportedAt) return normaliseInstant(reportedAt);
  return new Date(receivedAt).getTime() >= new Date(occurredAt).getTime() ? normaliseInstant(receivedAt) : null;
}
