import { AppError } from '../../shared/result';
import { createCase } from '../cases/intake';
import type { Core } from '../core';
import type { ReadableDB, WritableDB } from '../db/connection';
import { setCaseHistory } from '../db/queries/cases';
import { firstPartyIn, partyIdsOfCase } from '../db/queries/parties';
import { insertContact, insertNote } from '../db/queries/timeline';
import { findCurrentUserByName, listUserPartners } from '../db/queries/users';
import { dispatch } from '../ipc/dispatch';
import { recomputeCase } from '../standards/recompute';
import { savePlanVersion } from '../standards/plans';
import { insertPlanReview, insertStandardFact } from '../standards/store';
import { recordSurvey } from '../actions/closure';
import { insertAction, insertActionEvent } from '../actions/store';
import type { SessionUser } from '../security/session';
import { DEMO_STAFF } from './data';
import { ensurePartnerDetails } from './partners';
import { generateCase, type GeneratedCase } from './generate';
import { Rng } from './random';

/**
 * Demo and benchmark data (issue 3 §9): fills a signed-in workspace with generated cases. The staff
 * accounts go through the contract (users:add, audited, with key slots so they can sign in); the cases are
 * written with the same services an intake uses (createCase, then the timeline queries) in large
 * transactions, because 50,000 cases one request at a time would take an hour, not a minute.
 */

export interface SeedOptions {
  cases: number;
  /** The same seed, "now" and workspace history give the same cases. */
  seed?: number;
  now?: Date;
  /** Passphrase for the demo staff accounts this run creates (they must change it at first sign-in). */
  staffPassphrase: string;
  /** Cases per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  cases: number;
  parties: number;
  incidents: number;
  contacts: number;
  firstRef: string | null;
  lastRef: string | null;
  staffAdded: string[];
  ms: number;
}

/** Bumped whenever the generator changes what it produces (the bench caches datasets by it). */
export const SEED_VERSION = 5;

/** One case in every thousand runs for years with about 200 chronology items (the bench opens one). */
const isLongRunning = (index: number) => index % 1000 === 7;

const CLI_SENDER = { trusted: true, transport: 'cli' } as const;

async function ensureStaff(core: Core, db: ReadableDB, passphrase: string): Promise<string[]> {
  const added: string[] = [];
  for (const s of DEMO_STAFF) {
    if (findCurrentUserByName(db, s.username)) continue;
    const input = { username: s.username, displayName: s.displayName, role: s.role, passphrase, ...(s.partners ? { partners: [...s.partners] } : {}) };
    const r = await dispatch(core, 'users:add', input, CLI_SENDER);
    if (!r.ok) throw new AppError(r.error.code, `Could not add the demo user ${s.username}: ${r.error.message}`);
    added.push(s.username);
  }
  return added;
}

function sessionUser(db: ReadableDB, username: string): SessionUser {
  const u = findCurrentUserByName(db, username);
  if (!u) throw new AppError('not-found', `The demo user ${username} is missing.`);
  return { ...u, partners: listUserPartners(db, u.id) };
}

/** The acknowledgement, plan and reviews, case reviews and survey, through the same tables as the screens. */
function writeServiceHistory(db: WritableDB, caseId: number, s: GeneratedCase['service'], by: number): void {
  if (s.acknowledgedAt) insertStandardFact(db, { caseId, kind: 'acknowledged', at: s.acknowledgedAt, note: 'Acknowledged by phone', by, recordedAt: s.acknowledgedAt });
  for (const at of s.caseReviews) insertStandardFact(db, { caseId, kind: 'case-review', at, note: 'Case reviewed with the team leader', by, recordedAt: at });
  if (s.plan) {
    const plan = savePlanVersion(db, caseId, { agreedAt: s.plan.agreedAt, agreedWith: 'Complainant', contactIntervalDays: null, summary: 'Agreed actions to stop the behaviour', actions: [] }, by, s.plan.agreedAt);
    for (const at of s.plan.reviews) insertPlanReview(db, { caseId, planId: plan.id, at, outcome: 'Plan still appropriate', changedPlan: false, by });
  }
  if (s.survey) recordSurvey(db, caseId, { ...s.survey, comments: '' }, by, `${s.survey.offeredOn}T12:00:00.000Z`);
}

/**
 * A case referred to legal gets a civil injunction on record, as the legal team would have it: listed for
 * a hearing, sometimes breached. Written as history, so the guards (which apply to new actions) are not run.
 */
function writeLegalHistory(db: WritableDB, caseId: number, g: GeneratedCase, by: number, now: Date): void {
  if (!g.legalReferred) return;
  const subject = firstPartyIn(db, caseId, ['alleged-perpetrator']);
  if (subject === null) return;
  const started = new Date(Math.min(now.getTime(), Date.parse(g.intake.receivedAt) + 40 * 86_400_000));
  const startedOn = started.toISOString().slice(0, 10);
  const actionId = insertAction(db, {
    caseId,
    kind: 'civil-injunction',
    subjectPartyId: subject,
    startedOn,
    details: {
      kind: 'civil-injunction',
      applicantStatus: 'housing-provider',
      housingManagementLink: 'The behaviour is directed at the Claimant’s tenants in and around their homes on the Claimant’s estate.',
      conductLimbs: ['a', 'b'],
      terms: [{ kind: 'prohibition', text: 'contacting or harassing the person who reported this behaviour, directly or through anyone else', powerOfArrest: false, arrestGround: null, area: false, planEvidenceId: null, supervisor: '', suitabilityEvidence: '' }],
      homeExclusion: null,
      durationMonths: 12,
      untilFurtherOrder: false,
      prohibitions: [],
      requirements: [],
      withoutNotice: false,
      withoutNoticeJustification: '',
      powerOfArrest: false,
      exclusion: false,
      exclusionFrom: '',
      court: 'Central London',
      youthCourt: false,
      youthOffendingTeamConsultedOn: null,
      claimNumber: `K${String(caseId).padStart(6, '0')}`,
    },
    acknowledgements: {},
    expiresOn: null,
    by,
    at: started.toISOString(),
  });
  const hearing = new Date(started.getTime() + 21 * 86_400_000).toISOString();
  insertActionEvent(db, { actionId, kind: 'hearing', at: started.toISOString(), summary: 'Application issued', proven: false, nextHearingAt: hearing, by, recordedAt: started.toISOString() });
  if (caseId % 4 === 0 && Date.parse(hearing) < now.getTime()) {
    insertActionEvent(db, { actionId, kind: 'breach', at: hearing, summary: 'Seen at the complainant’s door', proven: caseId % 8 === 0, nextHearingAt: null, by, recordedAt: hearing });
  }
}

/** Writes one generated case as its owner would have recorded it, then its later history. */
function writeCase(db: WritableDB, g: GeneratedCase, owner: SessionUser, now: Date): { ref: string; parties: number } {
  const { id, ref } = createCase(db, { ...g.intake, ownerId: owner.id }, owner, now);
  const partyIds = partyIdsOfCase(db, id);
  const partyId = new Map(g.intake.parties.map((p, i) => [p.key, partyIds[i]!]));
  for (const c of g.contacts) {
    insertContact(db, {
      caseId: id,
      at: c.at,
      kind: c.kind,
      direction: c.direction,
      partyId: c.partyKey === null ? null : (partyId.get(c.partyKey) ?? null),
      summary: c.summary,
      officerId: owner.id,
      recordedAt: c.at,
    });
  }
  for (const n of g.notes) insertNote(db, { caseId: id, at: n.at, text: n.text, authorId: owner.id });
  writeServiceHistory(db, id, g.service, owner.id);
  writeLegalHistory(db, id, g, owner.id, now);
  setCaseHistory(db, id, { status: g.status, closedAt: g.closedAt, legalReferred: g.legalReferred, createdAt: g.intake.receivedAt, updatedAt: g.lastActivity });
  // The service-standard deadlines, again now the contacts and the closure are in (createCase saw only the report).
  recomputeCase(db, id, now);
  return { ref, parties: partyIds.length };
}

export async function seedCases(core: Core, options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const active = core.sessions.current();
  if (!active) throw new AppError('not-signed-in', 'Sign in to the workspace first.');
  if (active.user.role !== 'admin') throw new AppError('forbidden', 'Generating demo data adds users and cases: sign in as an administrator.');
  const { db } = active.ws;
  const now = options.now ?? core.now();
  const staffAdded = await ensureStaff(core, db, options.staffPassphrase);
  await ensurePartnerDetails(core, db, now);

  const owners = new Map<string, SessionUser>(DEMO_STAFF.filter((s) => s.role === 'officer').map((s) => [s.username, sessionUser(db, s.username)]));
  const officersByPartner = new Map<string, string[]>();
  for (const [username, user] of owners) for (const p of user.partners) officersByPartner.set(p, [...(officersByPartner.get(p) ?? []), username]);
  const officersFor = (partner: string) => {
    const found = officersByPartner.get(partner);
    if (!found?.length) throw new AppError('conflict', `No demo officer works for partner ${partner}.`);
    return found;
  };

  const rng = new Rng(options.seed ?? 1);
  const batchSize = options.batchSize ?? 1000;
  const summary: SeedSummary = { cases: 0, parties: 0, incidents: 0, contacts: 0, firstRef: null, lastRef: null, staffAdded, ms: 0 };
  for (let start = 0; start < options.cases; start += batchSize) {
    const end = Math.min(options.cases, start + batchSize);
    db.transaction(() => {
      for (let i = start; i < end; i += 1) {
        const g = generateCase(rng, now, officersFor, { long: isLongRunning(i) });
        const written = writeCase(db, g, owners.get(g.ownerUsername)!, now);
        summary.cases += 1;
        summary.parties += written.parties;
        summary.incidents += g.intake.incidents.length;
        summary.contacts += g.contacts.length;
        summary.firstRef ??= written.ref;
        summary.lastRef = written.ref;
      }
    })();
    options.onProgress?.(end, options.cases);
    // Let timers and signals run between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  summary.ms = Date.now() - started;
  core.sessions.audit({
    at: core.now().toISOString(),
    userId: active.user.id,
    username: active.user.username,
    action: 'seed:run',
    target: null,
    outcome: 'ok',
    detail: { cases: summary.cases, seed: options.seed ?? 1, version: SEED_VERSION },
  });
  return summary;
}
