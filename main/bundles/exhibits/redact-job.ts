import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/result';
import type { EvidenceRedactionsInput, RedactionBox, RedactionStatus } from '../../../shared/schemas/evidence';
import { londonDate } from '../../../shared/time/london';
import { buildRedaction } from '../redaction';
import type { Core } from '../../core';
import { listConsents } from '../../db/queries/consents';
import { listParties } from '../../db/queries/parties';
import { newJobId, type StopReason } from '../../jobs/registry';
import { CopyLanes, type QueuedCopy } from './copy-lanes';
import type { FromRedactWorker } from '../../pdf/redact/in-worker';
import type { RedactRequest } from '../../pdf/redact/types';
import { appendAudit } from '../../security/audit';
import type { SessionUser } from '../../security/session';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import { getEvidence, readEvidenceBytes } from '../../evidence/store';
import { clearRedaction, failRedaction, getRedaction, requestRedaction, setRedactionJob, statusOf, storeRedactedCopy } from '../../evidence/redactions/store';
import { redactionTerms, termsSha256 } from './terms';
import type { WritableDB } from '../../db/connection';
import { exhibitWordsOf } from '../../evidence/words/store';
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

/** The OCR the redaction review has read already (exhibit_words): the copy reuses it instead of reading again. */
function knownOcr(ws: OpenWorkspace, evidenceId: number, sha256: string): RedactRequest['known'] {
  const read = exhibitWordsOf(ws.db, evidenceId, sha256);
  return read?.ok ? read.pages.filter((p) => p.source === 'ocr').map((p) => ({ page: p.page, words: p.words })) : [];
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

interface JobFacts {
  caseId: number;
  evidenceId: number;
  label: string;
  generation: number;
  jobId: string;
  termsSha256: string;
  total: number;
}

/** Every copy of this process is made in these lanes (copy-lanes.ts): a queue, two long-lived workers. */
const lanes = new CopyLanes();

/**
 * The request, its exhibit's bytes and the words already read of it taken from the database only when
 * its turn in the lanes comes (`sha256`: the file those words must be of).
 */
type LazyRequest = Omit<RedactRequest, 'bytes' | 'known'> & { sha256: string };

function startRedactionJob(core: Core, ws: OpenWorkspace, user: SessionUser, f: JobFacts, ask: LazyRequest): void {
  const usable = () => !ws.closed && core.sessions.current()?.ws === ws;
  let place = '';
  let queued: QueuedCopy | null = null;
  let stopped: StopReason | null = null;
  const job = core.jobs.start({
    id: f.jobId,
    kind: 'exhibit-redact',
    owner: { userId: user.id, workspaceId: ws.workspaceId },
    caseId: f.caseId,
    access: 'evidence.add',
    total: f.total,
    message: `Waiting to redact ${f.label}…`,
    // Waiting, it leaves the queue; being made, its lane's worker is ended. Either way lost() records the
    // end, after stop returns (as a worker's end would come), outside the transaction of whoever stopped it.
    stop: (reason) => {
      stopped = reason;
      queueMicrotask(() => queued?.cancel());
    },
  });
  const audit = (outcome: 'ok' | 'refused' | 'failed', detail: Record<string, unknown>) =>
    appendAudit(ws.db, { at: core.now().toISOString(), userId: user.id, username: user.username, action: 'evidence:redacted', target: `evidence:${f.evidenceId}`, outcome: outcome === 'ok' ? 'ok' : 'failed', detail: { jobId: f.jobId, exhibit: f.label, result: outcome, ...detail } });
  /** Records why there is no copy (when the workspace is still open and the request still the latest). */
  const noCopy = (state: 'failed' | 'cancelled', message: string, problem: string) => {
    job.ended(state, message);
    if (!usable()) return;
    try {
      ws.db.transaction(() => {
        if (failRedaction(ws.db, f.evidenceId, f.generation, problem, core.now().toISOString())) audit(state === 'cancelled' ? 'failed' : 'refused', { problem: state });
      }).immediate();
    } catch (error) {
      core.log(`evidence: redaction ${f.jobId} could not record its end: ${(error as Error).message}`);
    }
  };
  const failed = (why: string) => {
    core.log(`evidence: redaction ${f.jobId} failed: ${why}`);
    noCopy('failed', `${f.label} could not be redacted; please try again.`, 'the redacted copy could not be made: try again');
  };
  const cancelled = () => (stopped === 'lock' ? noCopy('failed', LOCKED, LOCKED) : noCopy('cancelled', `Cancelled: ${f.label} was not redacted.`, 'the redaction was cancelled: set it again to make the copy'));

  const store = (m: Extract<FromRedactWorker, { type: 'done' }>) => {
    if (!usable()) return noCopy('failed', LOCKED, LOCKED);
    try {
      const pdf = Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength);
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      const at = core.now().toISOString();
      const rebuilt = m.pages.filter((p) => p.rebuilt).length;
      const stored = ws.db
        .transaction(() => {
          const ok = storeRedactedCopy(ws.db, f.evidenceId, f.generation, { bytes: pdf, sha256, pages: m.pages.length, termsSha256: f.termsSha256, at });
          if (ok) audit('ok', { pages: m.pages.length, rebuilt, boxes: m.boxes.length, sha256 });
          return ok;
        })
        .immediate();
      job.ended('done', stored ? `${f.label} redacted: ${m.boxes.length} box${m.boxes.length === 1 ? '' : 'es'} on ${rebuilt} page(s).` : `${f.label} was asked to be redacted again; this copy was not kept.`, {
        kind: 'redaction',
        evidenceId: f.evidenceId,
        pages: m.pages.length,
        boxes: m.boxes.length,
      });
    } catch (error) {
      failed((error as Error).stack ?? String(error));
    }
  };

  queued = lanes.enqueue({
    key: f.evidenceId,
    request: () => {
      // Stopped or locked while it waited: nothing to read.
      if (!job.running) return null;
      if (!usable()) {
        noCopy('failed', LOCKED, LOCKED);
        return null;
      }
      const { sha256, ...rest } = ask;
      return { ...rest, bytes: new Uint8Array(readEvidenceBytes(ws.db, f.evidenceId)), known: knownOcr(ws, f.evidenceId, sha256) };
    },
    waiting: (ahead, of) => job.progress(0, f.total, `Waiting to redact ${f.label}: ${ahead} of the ${of} copies asked for before it…`),
    started: (n, of) => {
      place = ` (copy ${n} of ${of})`;
      job.progress(0, f.total, `Redacting ${f.label}${place}…`);
    },
    message: (m) => {
      if (m.type === 'progress') job.progress(m.done, m.total, `${f.label}${place}: ${m.message}`);
      else if (m.type === 'failed') failed(m.message);
      else if (m.type === 'refused') noCopy('failed', `${f.label} cannot be redacted: ${m.reason}.`, m.reason);
      else store(m);
    },
    lost: (why, detail) => {
      if (!job.running) return;
      // A newer request for this exhibit took its place: that one records the outcome; this one asks for nothing.
      if (why === 'superseded') return job.ended('cancelled', `${f.label} was asked to be redacted again; the newer request is made instead.`);
      if (why === 'cancelled' || stopped) return cancelled();
      failed(why === 'out-of-memory' ? 'the worker ran out of memory' : (detail ?? 'the worker stopped before it answered'));
    },
  });
}

const LOCKED = 'the workspace was locked before the redacted copy was finished: set the redaction again';
