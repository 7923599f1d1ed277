import { createHash } from 'node:crypto';
import type { Core } from '../../core';
import { readEvidenceBytes } from '../../evidence/store';
import { failRedaction, storeRedactedCopy } from '../../evidence/redactions/store';
import { exhibitWordsOf } from '../../evidence/words/store';
import type { StopReason } from '../../jobs/registry';
import type { FromRedactWorker } from '../../pdf/redact/in-worker';
import type { RedactRequest } from '../../pdf/redact/types';
import { appendAudit } from '../../security/audit';
import type { SessionUser } from '../../security/session';
import type { OpenWorkspace } from '../../workspace/open-workspace';
import type { CopyLanes, CopyLost, CopyMessage, CopyTask, QueuedCopy } from './copy-lanes';

/**
 * One redacted copy of an exhibit as a job of the registry (issue 16 item 4; started by redact-job.ts):
 * it waits its turn in the lanes (copy-lanes.ts), shows its place and its progress on job:status, can be
 * cancelled with job:cancel, and ends by storing the copy with its audit event, or by recording why there
 * is none. Only the newest request of an exhibit can be stored (evidence/redactions/store.ts): a copy
 * whose request was replaced ends without asking for anything.
 */

export interface JobFacts {
  caseId: number;
  evidenceId: number;
  label: string;
  generation: number;
  jobId: string;
  termsSha256: string;
  total: number;
}

/**
 * The request, its exhibit's bytes and the words already read of it taken from the database only when
 * its turn in the lanes comes (`sha256`: the file those words must be of).
 */
export type LazyRequest = Omit<RedactRequest, 'bytes' | 'known'> & { sha256: string };

const LOCKED = 'the workspace was locked before the redacted copy was finished: set the redaction again';

export class CopyJob {
  readonly #job: ReturnType<Core['jobs']['start']>;
  #place = '';
  #queued: QueuedCopy | null = null;
  #stopped: StopReason | null = null;

  constructor(
    private readonly core: Core,
    private readonly ws: OpenWorkspace,
    private readonly user: SessionUser,
    private readonly f: JobFacts,
  ) {
    this.#job = core.jobs.start({
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
        this.#stopped = reason;
        queueMicrotask(() => this.#queued?.cancel());
      },
    });
  }

  /** Joins the lanes' queue. */
  enqueue(lanes: CopyLanes, ask: LazyRequest): void {
    this.#queued = lanes.enqueue(this.#task(ask));
  }

  #task(ask: LazyRequest): CopyTask {
    const { f } = this;
    return {
      key: f.evidenceId,
      request: () => this.#request(ask),
      waiting: (ahead, of) => this.#job.progress(0, f.total, `Waiting to redact ${f.label}: ${ahead} of the ${of} copies asked for before it…`),
      started: (n, of) => {
        this.#place = ` (copy ${n} of ${of})`;
        this.#job.progress(0, f.total, `Redacting ${f.label}${this.#place}…`);
      },
      message: (m) => this.#message(m),
      lost: (why, detail) => this.#lost(why, detail),
    };
  }

  /** Its turn has come: the request with the exhibit's bytes, or null when stopped or locked while it waited. */
  #request(ask: LazyRequest): RedactRequest | null {
    if (!this.#job.running) return null;
    if (!this.#usable()) {
      this.#noCopy('failed', LOCKED, LOCKED);
      return null;
    }
    const { sha256, ...rest } = ask;
    return { ...rest, bytes: new Uint8Array(readEvidenceBytes(this.ws.db, this.f.evidenceId)), known: this.#knownOcr(sha256) };
  }

  /** The OCR the redaction review has read already (exhibit_words): the copy reuses it instead of reading again. */
  #knownOcr(sha256: string): RedactRequest['known'] {
    const read = exhibitWordsOf(this.ws.db, this.f.evidenceId, sha256);
    return read?.ok ? read.pages.filter((p) => p.source === 'ocr').map((p) => ({ page: p.page, words: p.words })) : [];
  }

  #message(m: CopyMessage): void {
    const { label } = this.f;
    if (m.type === 'progress') this.#job.progress(m.done, m.total, `${label}${this.#place}: ${m.message}`);
    else if (m.type === 'failed') this.#failed(m.message);
    else if (m.type === 'refused') this.#noCopy('failed', `${label} cannot be redacted: ${m.reason}.`, m.reason);
    else this.#store(m);
  }

  #lost(why: CopyLost, detail?: string): void {
    if (!this.#job.running) return;
    // A newer request for this exhibit took its place: that one records the outcome; this one asks for nothing.
    if (why === 'superseded') return this.#job.ended('cancelled', `${this.f.label} was asked to be redacted again; the newer request is made instead.`);
    if (why === 'cancelled' || this.#stopped) return this.#cancelled();
    this.#failed(why === 'out-of-memory' ? 'the worker ran out of memory' : (detail ?? 'the worker stopped before it answered'));
  }

  #usable(): boolean {
    return !this.ws.closed && this.core.sessions.current()?.ws === this.ws;
  }

  #audit(outcome: 'ok' | 'refused' | 'failed', detail: Record<string, unknown>): void {
    const { core, user, f } = this;
    appendAudit(this.ws.db, { at: core.now().toISOString(), userId: user.id, username: user.username, action: 'evidence:redacted', target: `evidence:${f.evidenceId}`, outcome: outcome === 'ok' ? 'ok' : 'failed', detail: { jobId: f.jobId, exhibit: f.label, result: outcome, ...detail } });
  }

  /** Records why there is no copy (when the workspace is still open and the request still the latest). */
  #noCopy(state: 'failed' | 'cancelled', message: string, problem: string): void {
    this.#job.ended(state, message);
    if (!this.#usable()) return;
    const { ws, f } = this;
    try {
      ws.db.transaction(() => {
        if (failRedaction(ws.db, f.evidenceId, f.generation, problem, this.core.now().toISOString())) this.#audit(state === 'cancelled' ? 'failed' : 'refused', { problem: state });
      }).immediate();
    } catch (error) {
      this.core.log(`evidence: redaction ${f.jobId} could not record its end: ${(error as Error).message}`);
    }
  }

  #failed(why: string): void {
    this.core.log(`evidence: redaction ${this.f.jobId} failed: ${why}`);
    this.#noCopy('failed', `${this.f.label} could not be redacted; please try again.`, 'the redacted copy could not be made: try again');
  }

  #cancelled(): void {
    if (this.#stopped === 'lock') this.#noCopy('failed', LOCKED, LOCKED);
    else this.#noCopy('cancelled', `Cancelled: ${this.f.label} was not redacted.`, 'the redaction was cancelled: set it again to make the copy');
  }

  /** The copy made: stored with its audit event, unless a newer request has replaced it meanwhile. */
  #store(m: Extract<FromRedactWorker, { type: 'done' }>): void {
    if (!this.#usable()) return this.#noCopy('failed', LOCKED, LOCKED);
    const { ws, f } = this;
    try {
      const pdf = Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength);
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      const at = this.core.now().toISOString();
      const rebuilt = m.pages.filter((p) => p.rebuilt).length;
      const stored = ws.db
        .transaction(() => {
          const ok = storeRedactedCopy(ws.db, f.evidenceId, f.generation, { bytes: pdf, sha256, pages: m.pages.length, termsSha256: f.termsSha256, at });
          if (ok) this.#audit('ok', { pages: m.pages.length, rebuilt, boxes: m.boxes.length, sha256 });
          return ok;
        })
        .immediate();
      const boxes = `${m.boxes.length} box${m.boxes.length === 1 ? '' : 'es'}`;
      this.#job.ended('done', stored ? `${f.label} redacted: ${boxes} on ${rebuilt} page(s).` : `${f.label} was asked to be redacted again; this copy was not kept.`, {
        kind: 'redaction',
        evidenceId: f.evidenceId,
        pages: m.pages.length,
        boxes: m.boxes.length,
      });
    } catch (error) {
      this.#failed((error as Error).stack ?? String(error));
    }
  }
}
