import { randomBytes } from 'node:crypto';
import type { DocumentModel } from '../../shared/documents/model';
import { AppError } from '../../shared/result';
import type { BatchStatus, DocumentRequest } from '../../shared/schemas/documents';
import type { Core } from '../core';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { appendAudit } from '../security/audit';
import type { SessionUser } from '../security/session';
import { loadCaseData } from './case-data';
import { writeDocx } from './docx';
import { writePdf } from './pdf';
import { renderDocument } from './render';
import { effectiveTemplate, storeRendered } from './service';

/**
 * Letters to every address in a list (P5.3): one document, one letter per address, each on its own pages
 * with its own page numbers, in one PDF and one DOCX. It runs in the background in slices, yielding to the
 * event loop so progress can be asked for and the batch cancelled; a cancelled or failed batch stores
 * nothing. The disclosure guard reads the letter once (only the address block differs between copies,
 * and that is each household's own address).
 */

interface Job {
  status: BatchStatus;
  userId: number;
  caseId: number;
  cancel: boolean;
}

const jobs = new Map<string, Job>();
const SLICE = 25;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** "12 Elm Road, London, N1 1AA" → the lines of an address block for "The Occupier". */
export function occupierBlock(address: string): string[] {
  return [
    'The Occupier',
    ...address
      .split(/[,\n]/)
      .map((l) => l.trim())
      .filter(Boolean),
  ];
}

export function startBatch(core: Core, ws: OpenWorkspace, user: SessionUser, input: Pick<DocumentRequest, 'caseId' | 'templateId' | 'slots' | 'largePrint' | 'easyRead'> & { addresses: string[] }): BatchStatus {
  const now = core.now();
  const data = loadCaseData(ws.db, input.caseId, now);
  const template = effectiveTemplate(ws.db, data.header.partner, input.templateId);
  if (template.front.recipient !== 'residents') throw new AppError('bad-input', `“${template.front.title}” goes to one person; only a letter to residents is made for a list of addresses.`);
  const request: DocumentRequest = { caseId: input.caseId, templateId: input.templateId, partyId: null, actionId: null, referralId: null, slots: input.slots, largePrint: input.largePrint, easyRead: input.easyRead };
  // Render (and check) once before anything runs, so a refusal or a missing field comes back at once.
  const first = renderDocument(template, data, request, user, occupierBlock(input.addresses[0]!));
  if (first.refusal) throw new AppError('guard', first.refusal);
  const id = randomBytes(12).toString('hex');
  const total = input.addresses.length;
  const job: Job = { status: { jobId: id, state: 'running', done: 0, total, documentId: null, message: 'Writing the letters…' }, userId: user.id, caseId: input.caseId, cancel: false };
  jobs.set(id, job);

  void (async () => {
    try {
      const models: DocumentModel[] = input.addresses.map((a) => ({ ...first.model, addressee: occupierBlock(a) }));
      const stillOpen = () => {
        if (job.cancel) throw new Cancelled();
        if (core.sessions.current()?.ws !== ws) throw new AppError('not-signed-in', 'The workspace was locked before the letters were finished; nothing was saved. Start the batch again.');
      };
      // Progress counts letters laid out in the PDF, then in the DOCX (each half of the work).
      const progress = (phase: 0 | 1, n: number) => {
        job.status = { ...job.status, done: Math.min(total, Math.floor((phase * total + n) / 2)), message: phase === 0 ? 'Writing the PDF…' : 'Writing the Word file…' };
      };
      const pdf = await writePdf(models, { onLetter: async (n) => { progress(0, n); if (n % SLICE === 0) { await tick(); stillOpen(); } } });
      const docx = await writeDocx(models, { onLetter: async (n) => { progress(1, n); if (n % SLICE === 0) { await tick(); stillOpen(); } } });
      stillOpen();
      job.status = { ...job.status, message: 'Saving…' };
      const at = core.now().toISOString();
      // The letters and their audit event commit together: a batch finishing after its request has
      // answered still cannot be saved without its record (issue 13).
      const documentId = ws.db
        .transaction(() => {
          const stored = storeRendered(ws.db, data, first, { pdf, docx }, user, at, data.today, total, input.addresses, models);
          appendAudit(ws.db, { at, userId: user.id, username: user.username, action: 'document:batchDone', target: `case:${data.header.ref}`, outcome: 'ok', detail: { jobId: id, documentId: stored, letters: total } });
          return stored;
        })
        .immediate();
      job.status = { ...job.status, state: 'done', done: total, documentId, message: `${total.toLocaleString('en-GB')} letter${total === 1 ? '' : 's'} made.` };
    } catch (error) {
      if (error instanceof Cancelled) job.status = { ...job.status, state: 'cancelled', message: 'Cancelled: no letters were saved.' };
      else {
        core.log(`documents: batch ${id} failed: ${(error as Error).stack ?? String(error)}`);
        job.status = { ...job.status, state: 'failed', message: error instanceof AppError ? error.message : 'The letters could not be made; nothing was saved. Please try again.' };
      }
    }
  })();
  return job.status;
}

class Cancelled extends Error {}

/** The case of one of this user's batches, or null (for dispatch, which checks the case before the handler runs). */
export function batchJobCaseId(jobId: string, userId: number): number | null {
  const job = jobs.get(jobId);
  return job && job.userId === userId ? job.caseId : null;
}

function ownJob(jobId: string, user: SessionUser): Job {
  const job = jobs.get(jobId);
  if (!job || job.userId !== user.id) throw new AppError('not-found', 'There is no such batch of letters.');
  return job;
}

export function batchStatus(jobId: string, user: SessionUser): BatchStatus {
  return ownJob(jobId, user).status;
}

export function cancelBatch(jobId: string, user: SessionUser): BatchStatus {
  const job = ownJob(jobId, user);
  if (job.status.state === 'running') job.cancel = true;
  return job.status;
}

/** Waits for a batch to finish (tests, the CLI, the bench). */
export async function waitForBatch(jobId: string, user: SessionUser, pollMs = 20): Promise<BatchStatus> {
  for (;;) {
    const s = batchStatus(jobId, user);
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
