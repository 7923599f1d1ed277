import type { CaseHeader } from '../../../shared/schemas/cases';
import type { Category, Flag, Motivation, Perceiver, ReportMethod, RiskLevel, CaseStatus, ScreenOutcome } from '../../../shared/domain/vocabulary';
import type { ReadableDB, WritableDB } from '../connection';
import { parseList, toList } from './json-column';
import { londonDate } from '../../../shared/time/london';

export interface NewCase {
  ref: string;
  partner: string;
  category: Category;
  receivedAt: string;
  method: ReportMethod;
  summary: string;
  address: string;
  estate: string;
  postcode: string;
  flags: Flag[];
  motivation: Motivation[];
  hateIncident: boolean;
  riskLevel: RiskLevel;
  riskNotes: string;
  anonymousReport: boolean;
  ownerId: number | null;
  createdBy: number;
  at: string;
  profileId: string;
  profileVersion: number;
  /** Issue 18 (P3.2): perceived as harassment; by whom (null: not recorded) and how. */
  perceivedHarassment: boolean;
  perceivedBy: Perceiver | null;
  perceivedHow: string;
  /** Issue 18 (council page): restricted from the start (a member of staff or a contractor is the victim). */
  restrictedReason: string | null;
}

export function insertCase(db: WritableDB, c: NewCase): number {
  const info = db
    .prepare(
      `INSERT INTO cases (ref, partner, category, received_at, method, summary, address, estate, postcode, flags, motivation,
         hate_incident, risk_level, risk_notes, anonymous_report, owner_id, created_by, created_at, updated_at, profile_id, profile_version,
         perceived_harassment, perceived_by, perceived_how, restricted, restricted_reason)
       VALUES (@ref, @partner, @category, @receivedAt, @method, @summary, @address, @estate, @postcode, @flags, @motivation,
         @hateIncident, @riskLevel, @riskNotes, @anonymousReport, @ownerId, @createdBy, @at, @at, @profileId, @profileVersion,
         @perceivedHarassment, @perceivedBy, @perceivedHow, @restricted, @restrictedReason)`,
    )
    .run({
      ...c,
      flags: toList(c.flags),
      motivation: toList(c.motivation),
      hateIncident: c.hateIncident ? 1 : 0,
      anonymousReport: c.anonymousReport ? 1 : 0,
      perceivedHarassment: c.perceivedHarassment ? 1 : 0,
      restricted: c.restrictedReason ? 1 : 0,
    });
  return Number(info.lastInsertRowid);
}

export interface CaseAccessRow {
  id: number;
  ref: string;
  partner: string;
  legalReferred: boolean;
  restricted: boolean;
}

export function caseAccessFacts(db: ReadableDB, id: number): CaseAccessRow | null {
  const r = db.prepare('SELECT id, ref, partner, legal_referred, restricted FROM cases WHERE id = ?').get(id) as
    | { id: number; ref: string; partner: string; legal_referred: number; restricted: number }
    | undefined;
  return r ? { id: r.id, ref: r.ref, partner: r.partner, legalReferred: r.legal_referred === 1, restricted: r.restricted === 1 } : null;
}

/** A case's status (the case must exist: callers have it from dispatch). */
export function caseStatus(db: ReadableDB, id: number): CaseStatus {
  return (db.prepare('SELECT status FROM cases WHERE id = ?').get(id) as { status: CaseStatus }).status;
}

/** The service-standard profile version a case runs under (main/standards/profiles.ts reads the profile). */
export function caseProfileRef(db: ReadableDB, id: number): { profileId: string; profileVersion: number } {
  return db.prepare('SELECT profile_id AS profileId, profile_version AS profileVersion FROM cases WHERE id = ?').get(id) as { profileId: string; profileVersion: number };
}

export function caseIdByRef(db: ReadableDB, ref: string): number | null {
  const r = db.prepare('SELECT id FROM cases WHERE ref = ?').get(ref.toUpperCase()) as { id: number } | undefined;
  return r?.id ?? null;
}

interface HeaderRow {
  id: number;
  ref: string;
  partner: string;
  partner_name: string;
  category: Category;
  status: CaseStatus;
  received_at: string;
  method: ReportMethod;
  summary: string;
  address: string;
  estate: string;
  postcode: string;
  flags: string;
  motivation: string;
  hate_incident: number;
  risk_level: RiskLevel;
  risk_notes: string;
  anonymous_report: number;
  restricted: number;
  legal_referred: number;
  owner_id: number | null;
  owner_name: string | null;
  created_at: string;
  updated_at: string;
  perceived_harassment: number;
  perceived_by: Perceiver | null;
  perceived_how: string;
  screened_out: ScreenOutcome | null;
  screened_to: string;
}

export function getCaseHeader(db: ReadableDB, id: number): CaseHeader | null {
  const r = db
    .prepare(
      `SELECT c.*, p.name AS partner_name, u.display_name AS owner_name
       FROM cases c JOIN partners p ON p.code = c.partner LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?`,
    )
    .get(id) as HeaderRow | undefined;
  if (!r) return null;
  const links = db
    .prepare(
      `SELECT c.id, c.ref, l.reason FROM case_links l JOIN cases c ON c.id = l.linked_case_id WHERE l.case_id = ?
       UNION SELECT c.id, c.ref, l.reason FROM case_links l JOIN cases c ON c.id = l.case_id WHERE l.linked_case_id = ?`,
    )
    .all(id, id) as { id: number; ref: string; reason: string }[];
  return {
    id: r.id,
    ref: r.ref,
    partner: r.partner,
    partnerName: r.partner_name,
    category: r.category,
    status: r.status,
    receivedAt: r.received_at,
    method: r.method,
    summary: r.summary,
    location: { address: r.address, estate: r.estate, postcode: r.postcode },
    flags: parseList<Flag>(r.flags),
    motivation: parseList<Motivation>(r.motivation),
    hateIncident: r.hate_incident === 1,
    riskLevel: r.risk_level,
    riskNotes: r.risk_notes,
    anonymousReport: r.anonymous_report === 1,
    restricted: r.restricted === 1,
    legalReferred: r.legal_referred === 1,
    owner: r.owner_id !== null ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    linkedCases: links,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    perception: r.perceived_harassment === 1 ? { by: r.perceived_by, how: r.perceived_how } : null,
    judgements: listHarassmentJudgements(db, id),
    screenedOut: r.screened_out ? { outcome: r.screened_out, referredTo: r.screened_to } : null,
  };
}

/** Columns a case update may change, mapped to their SQL names. */
const UPDATABLE = {
  category: 'category',
  summary: 'summary',
  address: 'address',
  estate: 'estate',
  postcode: 'postcode',
  flags: 'flags',
  motivation: 'motivation',
  hateIncident: 'hate_incident',
  riskLevel: 'risk_level',
  riskNotes: 'risk_notes',
  ownerId: 'owner_id',
  legalReferred: 'legal_referred',
  receivedAt: 'received_at',
  restricted: 'restricted',
  restrictedReason: 'restricted_reason',
} as const;
export type CasePatch = Partial<Record<keyof typeof UPDATABLE, string | number | null>>;

export function updateCase(db: WritableDB, id: number, patch: CasePatch, at: string): void {
  const keys = (Object.keys(patch) as (keyof typeof UPDATABLE)[]).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) return;
  const sets = keys.map((k) => `${UPDATABLE[k]} = @${k}`).join(', ');
  db.prepare(`UPDATE cases SET ${sets}, updated_at = @at WHERE id = @id`).run({ ...patch, id, at });
  counted(db);
}

/** A referral of the case to the legal team, or its withdrawal, as it happened (issue 17: the chronology shows it). */
export function insertLegalReferral(db: WritableDB, r: { caseId: number; referred: boolean; at: string; by: number }): void {
  db.prepare('INSERT INTO legal_referrals (case_id, referred, at, recorded_by) VALUES (?, ?, ?, ?)').run(r.caseId, r.referred ? 1 : 0, r.at, r.by);
}

export function touchCase(db: WritableDB, id: number, at: string): void {
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(at, id);
  counted(db);
}

/**
 * How many times this connection has changed or touched a case: with updated_at, a version for caches of
 * what a case's record gives (the redaction review's), since two changes can carry the same time.
 */
const touches = new WeakMap<ReadableDB, number>();
const counted = (db: ReadableDB) => void touches.set(db, (touches.get(db) ?? 0) + 1);
export const caseTouches = (db: ReadableDB): number => touches.get(db) ?? 0;

export function insertCaseLink(db: WritableDB, caseId: number, linkedId: number, reason: string, at: string): void {
  db.prepare('INSERT OR IGNORE INTO case_links (case_id, linked_case_id, reason, created_at) VALUES (?, ?, ?, ?)').run(caseId, linkedId, reason, at);
}

/** Sets a case's status and when it closed (null unless closed), e.g. for a historical case brought in by an import. */
export function setCaseStatus(db: WritableDB, id: number, status: CaseStatus, closedAt: string | null): void {
  db.prepare('UPDATE cases SET status = ?, closed_at = ? WHERE id = ?').run(status, closedAt, id);
}

/**
 * Sets what a case's history says in one write: for generated demo data (main/seed), whose cases were
 * "received" over past years and are written today.
 */
export function setCaseHistory(
  db: WritableDB,
  id: number,
  h: { status: CaseStatus; closedAt: string | null; legalReferred: boolean; createdAt: string; updatedAt: string },
): void {
  db.prepare('UPDATE cases SET status = ?, closed_at = ?, legal_referred = ?, created_at = ?, updated_at = ? WHERE id = ?').run(
    h.status,
    h.closedAt,
    h.legalReferred ? 1 : 0,
    h.createdAt,
    h.updatedAt,
    id,
  );
}

// ---- issue 18: perceived harassment (P3.2) and scope screening (P1.4–1.6) ----------------------------

export function insertHarassmentJudgement(db: WritableDB, j: { caseId: number; continues: boolean; reason: string; decidedOn: string; by: number; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO harassment_judgements (case_id, continues, reason, decided_on, decided_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(j.caseId, j.continues ? 1 : 0, j.reason, j.decidedOn, j.by, j.at).lastInsertRowid,
  );
}

export function listHarassmentJudgements(db: ReadableDB, caseId: number): { id: number; continues: boolean; reason: string; decidedOn: string; decidedBy: string }[] {
  const rows = db
    .prepare(
      `SELECT j.id, j.continues, j.reason, j.decided_on AS decidedOn, u.display_name AS decidedBy
       FROM harassment_judgements j JOIN users u ON u.id = j.decided_by WHERE j.case_id = ? ORDER BY j.decided_on, j.id`,
    )
    .all(caseId) as { id: number; continues: number; reason: string; decidedOn: string; decidedBy: string }[];
  return rows.map((r) => ({ ...r, continues: r.continues === 1 }));
}

/** The London date a case's report was received (judgements and decisions are not dated before it). */
export function caseReceivedDate(db: ReadableDB, caseId: number): string {
  const r = db.prepare('SELECT received_at FROM cases WHERE id = ?').get(caseId) as { received_at: string };
  return londonDate(new Date(r.received_at));
}

/** A report screened out at intake: where it belongs and who it went to. The closure is recorded apart. */
export function setScreenedOut(db: WritableDB, caseId: number, outcome: ScreenOutcome, referredTo: string): void {
  db.prepare('UPDATE cases SET screened_out = ?, screened_to = ? WHERE id = ?').run(outcome, referredTo, caseId);
}
