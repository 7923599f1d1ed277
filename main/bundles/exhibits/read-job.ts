import type { Core } from '../../core';
import { readEvidenceBytes } from '../../evidence/store';
import { putExhibitWords } from '../../evidence/words/store';
import type { StopReason } from '../../jobs/registry';
import { startWorker } from '../../jobs/worker-file';
import type { FromReadWorker, ToReadWorker } from '../../pdf/redact/read-in-worker';
import type { SessionUser } from '../../security/session';
import type { OpenWorkspace } from '../../workspace/open-workspace';

/**
 * Reading a bundle's exhibits for the redaction review (issue 16: automatic exhibit boxes): the words of
 * every page, from the PDF's own text or by OCR, kept in exhibit_words (migration 0035), so the review can
 * propose a box over each detail that identifies a withheld person. A job of the registry (job:status,
 * job:cancel), in one worker for the whole run (main/workers/exhibit-read.ts), exhibit by exhibit: what is
 * read is kept as it comes, so a cancelled run loses only the exhibit it was on.
 */
export interface ToRead {
  id: number;
  sha256: string;
  fileType: 'pdf' | 'jpeg' | 'png';
  label: string;
  pages: number;
}

/** Worker heap cap: one exhibit at a time, a few pages of it drawn at once. */
const WORKER_MEMORY_MB = 1024;

/** Starts the reading, or answers the run already reading this case's exhibits. */
export function startReading(core: Core, ws: OpenWorkspace, user: SessionUser, caseId: number, exhibits: readonly ToRead[]): string {
  const already = core.jobs.running('exhibit-read').find((j) => j.caseId === caseId);
  if (already) return already.jobId;
  const worker = startWorker('exhibit-read', { resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  const total = exhibits.reduce((n, e) => n + e.pages, 0);
  let stopped: StopReason | null = null;
  const job = core.jobs.start({
    kind: 'exhibit-read',
    owner: { userId: user.id, workspaceId: ws.workspaceId },
    caseId,
    access: 'legal.register',
    total,
    message: `Reading ${exhibits.length} exhibit${exhibits.length === 1 ? '' : 's'} for what identifies people…`,
    stop: (reason) => {
      stopped = reason;
      void worker.terminate();
    },
  });
  let at = 0;
  let pagesBefore = 0;
  const usable = () => !ws.closed && core.sessions.current()?.ws === ws;
  const end = (state: 'done' | 'failed' | 'cancelled', message: string) => {
    job.ended(state, message);
    void worker.terminate();
  };
  const sendNext = () => {
    const e = exhibits[at];
    if (!e) return end('done', `${exhibits.length} exhibit${exhibits.length === 1 ? '' : 's'} read.`);
    if (!usable()) return end('failed', 'The workspace was locked before the exhibits were read: open the review again.');
    const bytes = new Uint8Array(readEvidenceBytes(ws.db, e.id));
    job.progress(pagesBefore, total, `Reading ${e.label}…`);
    worker.postMessage({ type: 'read', evidenceId: e.id, bytes, fileType: e.fileType } satisfies ToReadWorker, [bytes.buffer as ArrayBuffer]);
  };
  const keep = (e: ToRead, read: Parameters<typeof putExhibitWords>[1]['read']) => {
    if (!usable()) return;
    ws.db.transaction(() => putExhibitWords(ws.db, { evidenceId: e.id, caseId, sha256: e.sha256, at: core.now().toISOString(), read })).immediate();
  };

  worker.on('message', (m: FromReadWorker) => {
    const e = exhibits[at];
    if (m.type === 'failed' || !e) {
      core.log(`evidence: reading exhibits failed: ${m.type === 'failed' ? m.message : 'an answer for no exhibit'}`);
      return end('failed', 'The exhibits could not all be read; please open the review again.');
    }
    if (m.type === 'progress') return job.progress(pagesBefore + m.done, total, `Reading ${e.label}: page ${m.done} of ${m.total}…`);
    try {
      keep(e, m.type === 'read' ? { ok: true, pages: m.pages } : { ok: false, problem: m.reason });
    } catch (error) {
      core.log(`evidence: the words of an exhibit could not be kept: ${(error as Error).message}`);
      return end('failed', 'The exhibits could not all be read; please open the review again.');
    }
    pagesBefore += e.pages;
    at += 1;
    sendNext();
  });
  worker.once('error', (error: Error & { code?: string }) => {
    core.log(`evidence: the reading worker stopped: ${error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error.message}`);
    end('failed', 'The exhibits could not all be read; please open the review again.');
  });
  worker.once('exit', () => {
    if (!job.running) return;
    if (stopped === 'cancel') end('cancelled', 'Cancelled: the exhibits not yet read are read when the review opens again.');
    else end('failed', stopped === 'lock' ? 'The workspace was locked before the exhibits were read.' : 'The reading stopped before it finished; please open the review again.');
  });
  sendNext();
  return job.id;
}
