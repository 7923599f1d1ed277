import { AppError } from '../../shared/result';
import type { DocumentRequest } from '../../shared/schemas/documents';
import type { JobStatus } from '../../shared/schemas/jobs';
import type { Core } from '../core';
import { startWorker } from '../jobs/worker-file';
import { newJobId, type StopReason } from '../jobs/registry';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { appendAudit } from '../security/audit';
import type { SessionUser } from '../security/session';
import { type FromLettersWorker, lettersFor, type LettersRequest, occupierBlock } from './batch-render';
import { loadCaseData } from './case-data';
import { renderDocument } from './render';
import { effectiveTemplate, storeRendered } from './service';
import { decisionsOfCase } from '../review/store';

/**
 * Letters to every address in a list (P5.3): one document, one letter per address, each on its own pages
 * with its own page numbers, in one PDF and one DOCX. The letter is rendered and checked once here (the
 * disclosure guard reads it once: only the address block differs between copies, and that is each
 * household's own address); laying out the copies needs no database, so it runs in a worker
 * (main/workers/letters.ts) as a job of the registry (main/jobs/): progress and cancel on job:status and
 * job:cancel. The letters and their audit event are stored together when the worker is done; a cancelled
 * or failed batch stores nothing.
 */

/** Worker heap cap: 5,000 letters of two pages make PDFs and DOCX files of a few tens of MB. */
const WORKER_MEMORY_MB = 512;

/**
 * `commit` writes the request's audit event (dispatch's ctx.commit, given the job's id first): once the
 * letter has passed its checks and before any work starts, so no batch runs without its record.
 */
export function startBatch(
  core: Core,
  ws: OpenWorkspace,
  user: SessionUser,
  input: Pick<DocumentRequest, 'caseId' | 'templateId' | 'slots' | 'largePrint' | 'easyRead'> & { addresses: string[] },
  commit: (jobId: string) => void = () => undefined,
): JobStatus {
  const now = core.now();
  const data = loadCaseData(ws.db, input.caseId, now);
  const template = effectiveTemplate(ws.db, data.header.partner, input.templateId);
  if (template.front.recipient !== 'residents') throw new AppError('bad-input', `“${template.front.title}” goes to one person; only a letter to residents is made for a list of addresses.`);
  const request: DocumentRequest = { caseId: input.caseId, templateId: input.templateId, partyId: null, actionId: null, referralId: null, slots: input.slots, largePrint: input.largePrint, easyRead: input.easyRead };
  // Render (and check) once before anything runs, so a refusal or a missing field comes back at once.
  const first = renderDocument(template, data, request, user, occupierBlock(input.addresses[0]!), decisionsOfCase(ws.db, input.caseId));
  if (first.refusal) throw new AppError('guard', first.refusal);
  const letters: LettersRequest = { model: first.model, addresses: input.addresses };
  const total = input.addresses.length;
  const id = newJobId();
  commit(id);

  const worker = startWorker('letters', { workerData: letters, resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  let stopped: StopReason | null = null;
  const job = core.jobs.start({
    id,
    kind: 'letter-batch',
    owner: { userId: user.id, workspaceId: ws.workspaceId },
    caseId: input.caseId,
    access: 'cases.update',
    total,
    message: 'Writing the letters…',
    stop: (reason) => {
      stopped = reason;
      void worker.terminate();
    },
  });
  const end = (state: 'failed' | 'cancelled', message: string) => {
    job.ended(state, message);
    void worker.terminate();
  };
  const failed = (why: string) => {
    core.log(`documents: batch ${job.id} failed: ${why}`);
    end('failed', 'The letters could not be made; nothing was saved. Please try again.');
  };

  worker.on('message', (m: FromLettersWorker) => {
    if (m.type === 'progress') job.progress(m.done, total, m.message);
    else if (m.type === 'failed') failed(m.message);
    else {
      if (ws.closed || core.sessions.current()?.ws !== ws) return end('failed', LOCKED);
      job.progress(total, total, 'Saving…');
      const at = core.now().toISOString();
      try {
        // The letters and their audit event commit together: a batch finishing after its request has
        // answered still cannot be saved without its record (issue 13).
        const documentId = ws.db
          .transaction(() => {
            const files = { pdf: Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength), docx: Buffer.from(m.docx.buffer, m.docx.byteOffset, m.docx.byteLength) };
            const stored = storeRendered(ws.db, data, first, files, user, at, total, input.addresses, lettersFor(letters));
            appendAudit(ws.db, { at, userId: user.id, username: user.username, action: 'document:batchDone', target: `case:${data.header.ref}`, outcome: 'ok', detail: { jobId: job.id, documentId: stored, letters: total } });
            return stored;
          })
          .immediate();
        job.ended('done', `${total.toLocaleString('en-GB')} letter${total === 1 ? '' : 's'} made.`, { kind: 'letters', documentId });
      } catch (error) {
        failed((error as Error).stack ?? String(error));
      }
      void worker.terminate();
    }
  });
  worker.once('error', (error: Error & { code?: string }) => failed(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the worker ran out of memory' : (error.stack ?? error.message)));
  worker.once('exit', () => {
    if (!job.running) return;
    if (stopped === 'cancel') end('cancelled', 'Cancelled: no letters were saved.');
    else if (stopped === 'lock') end('failed', LOCKED);
    else failed('the worker stopped before it answered');
  });
  return core.jobs.status(job.id, { userId: user.id, workspaceId: ws.workspaceId });
}

const LOCKED = 'The workspace was locked before the letters were finished; nothing was saved. Start the batch again.';
