import { AppError } from '../../../shared/result';
import type { EvidenceRedactionsInput, RedactionBox, RedactionStatus } from '../../../shared/schemas/evidence';
import { londonDate } from '../../../shared/time/london';
import { buildRedaction } from '../redaction';
import type { Core } from '../../core';
import { listConsents } from '../../db/queries/consents';
import { listParties } from '../../db/queries/parties';
import { newJobId } from '../../jobs/registry';
import { CopyLanes } from './copy-lanes';
import { CopyJob, type JobFacts, type LazyRequest } from './copy-job';
import type { SessionUser } from '../../security/session';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import { getEvidence } from '../../evidence/store';
import { clearRedaction, getRedaction, requestRedaction, setRedactionJob, statusOf } from '../../evidence/redactions/store';
import { redactionTerms, termsSha256 } from './terms';
import type { WritableDB } from '../../db/connection';
import { boxesIn } from '../../pdf/redact/words';

/**
 * Redacting an exhibit for the court (issue 16 item 4): the request is stored with its audit event, then
 * the copy is made in a worker (copy-lanes.ts, main/workers/exhibit-redact.ts) as a job of the registry, with progress
 * and Cancel on job:status and job:cancel, and stored with its own audit event when it is done. A file
 * that cannot be redacted (encrypted, damaged) is marked so, with the reason, and a bundle keeps it out.
 */

export function withheldTermsOf(ws: OpenWorkspace, caseId: number, now: Date): string[] {
  const today = londonDate(now);
  return buildRedaction(listParties(ws.db, caseId, today), listConsents(ws.db, caseId), today).terms;
}

/**
 * `commit` writes the request and its audit event together (dispatch's ctx.commit); the worker starts only
 * after. Boxes, no words and no withheld details clears the redaction: the exhibit is used as it is.
 */
export function setRedactions(core: Core, ws: OpenWorkspace, user: SessionUser, caseId: number, input: EvidenceRedactionsInput, commit: <T>(write: () => T, detail: AuditFacts) => T): RedactionStatus {
  const found = getEvidence(ws.db, input.id)!;
  if (found.type !== 'pdf' && found.type !== 'jpeg' && found.type !== 'png') throw new AppError('bad-input', `${found.exhibitLabel} is not a document or picture, so it has no pages to redact.`);
  if (!found.usableInBundle) throw new AppError('bad-input', `${found.exhibitLabel} cannot go in a bundle (${found.unusableReason ?? 'it was not accepted at intake'}), so there is nothing to redact.`);
  const facts = { evidenceId: input.id, exhibit: found.exhibitLabel, boxes: input.boxes.length, terms: input.terms.length, withheld: input.withheld };
  if (!input.boxes.length && !input.terms.length && !input.withheld) {
    commit(() => clearRedaction(ws.db, input.id), { ...facts, cleared: true });
    return statusOf(input.id, null);
  }
  if (found.type === 'pdf' && found.pageCount !== null) {
    const beyond = input.boxes.find((b) => b.page > found.pageCount!);
    if (beyond) throw new AppError('bad-input', `${found.exhibitLabel} has ${found.pageCount} page${found.pageCount === 1 ? '' : 's'}: there is no page ${beyond.page} to draw a box on.`);
  } else if (input.boxes.some((b) => b.page !== 1)) throw new AppError('bad-input', `${found.exhibitLabel} is a picture: its boxes go on page 1.`);

  const now = core.now();
  const at = now.toISOString();
  const terms = redactionTerms({ terms: input.terms, withheld: input.withheld }, withheldTermsOf(ws, caseId, now));
  const jobId = newJobId();
  const generation = commit(() => {
    const g = requestRedaction(ws.db, { evidenceId: input.id, boxes: input.boxes, terms: input.terms, withheld: input.withheld, setBy: user.id, setAt: at });
    setRedactionJob(ws.db, input.id, g, jobId);
    return g;
  }, { ...facts, jobId });

  const request: LazyRequest = { fileType: found.type, boxes: input.boxes, terms, sha256: found.sha256 };
  startRedactionJob(core, ws, user, { caseId, evidenceId: input.id, label: found.exhibitLabel, generation, jobId, termsSha256: termsSha256(terms), total: found.type === 'pdf' ? (found.pageCount ?? 1) : 1 }, request);
  return statusOf(input.id, getRedaction(ws.db, input.id));
}

/** What a decision on a proposed box asks of main once it has committed: a new copy to make, under this job id. */
export interface CopyToMake {
  evidenceId: number;
  generation: number;
  jobId: string;
}

/**
 * A proposed box accepted (its boxes join the exhibit's redaction) or rejected (they leave it), inside the
 * decision's transaction: the request is stored as if drawn by hand, keeping what else was asked for.
 * Answers the copy to make after commit, or null when the redaction did not change or is now empty.
 */
export function changeProposedBoxes(db: WritableDB, evidenceId: number, change: { add: readonly RedactionBox[]; remove: readonly RedactionBox[] }, by: number, at: string): CopyToMake | null {
  const before = getRedaction(db, evidenceId);
  const had = before?.boxes ?? [];
  const kept = had.filter((b) => !change.remove.some((r) => boxesIn([r], [b])));
  const boxes = [...kept, ...change.add.filter((a) => !boxesIn([a], kept))];
  if (boxes.length === had.length && boxesIn(boxes, had)) return null;
  const terms = before?.terms ?? [];
  const withheld = before?.withheld ?? false;
  if (!boxes.length && !terms.length && !withheld) {
    clearRedaction(db, evidenceId);
    return null;
  }
  const generation = requestRedaction(db, { evidenceId, boxes, terms, withheld, setBy: by, setAt: at });
  const jobId = newJobId();
  setRedactionJob(db, evidenceId, generation, jobId);
  return { evidenceId, generation, jobId };
}

/** After the decision has committed: the copy is made in the background like one asked for by hand. */
export function startCopy(core: Core, ws: OpenWorkspace, user: SessionUser, caseId: number, copy: CopyToMake): void {
  const found = getEvidence(ws.db, copy.evidenceId);
  const record = getRedaction(ws.db, copy.evidenceId);
  if (!found || !record || record.generation !== copy.generation || (found.type !== 'pdf' && found.type !== 'jpeg' && found.type !== 'png')) return;
  const terms = redactionTerms(record, withheldTermsOf(ws, caseId, core.now()));
  const request: LazyRequest = { fileType: found.type, boxes: record.boxes, terms, sha256: found.sha256 };
  startRedactionJob(core, ws, user, { caseId, evidenceId: copy.evidenceId, label: found.exhibitLabel, generation: copy.generation, jobId: copy.jobId, termsSha256: termsSha256(terms), total: found.type === 'pdf' ? (found.pageCount ?? 1) : 1 }, request);
}

/** Facts for the audit event of the request: identifiers and counts, never the words or the boxes. */
export type AuditFacts = Record<string, string | number | boolean | null>;

/** Every copy of this process is made in these lanes (copy-lanes.ts): a queue, two long-lived workers. */
const lanes = new CopyLanes();

function startRedactionJob(core: Core, ws: OpenWorkspace, user: SessionUser, f: JobFacts, ask: LazyRequest): void {
  new CopyJob(core, ws, user, f).enqueue(lanes, ask);
}
