import { AppError } from '../../../shared/result';
import type { Core } from '../../core';
import { startWorker } from '../../jobs/worker-file';
import type { JobOwner, StopReason } from '../../jobs/registry';
import type { FromWindowWorker, LettersRequest } from '../batch-render';

/** Enough for a few thousand letters; a batch past it fails in words rather than stopping the app. */
const WORKER_MEMORY_MB = 1024;

/**
 * A batch's letters set for window envelopes, laid out in a worker (main/workers/window-letters.ts) as a
 * job: job:status reports the letters laid out so far, job:cancel stops it, and so does locking the
 * workspace. Nothing is stored; the PDF is the answer of the request that started it (document:postPdf).
 */
export function windowLettersInWorker(core: Core, job: { id: string; owner: JobOwner; caseId: number; title: string }, request: LettersRequest): Promise<Buffer> {
  const total = request.addresses.length;
  const worker = startWorker('window-letters', { workerData: request, resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  let stopped: StopReason | null = null;
  const handle = core.jobs.start({
    id: job.id,
    kind: 'window-letters',
    owner: job.owner,
    caseId: job.caseId,
    access: 'cases.read',
    total,
    message: `Setting “${job.title}” for window envelopes…`,
    stop: (reason) => {
      stopped = reason;
      void worker.terminate();
    },
  });
  return new Promise<Buffer>((resolve, reject) => {
    const fail = (state: 'failed' | 'cancelled', message: string, code: 'internal' | 'conflict' = 'internal') => {
      if (handle.running) handle.ended(state, message);
      void worker.terminate();
      reject(new AppError(code, message));
    };
    worker.on('message', (m: FromWindowWorker) => {
      if (m.type === 'progress') handle.progress(m.done, total, `${m.done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} letters set for window envelopes…`);
      else if (m.type === 'failed') {
        core.log(`documents: window-envelope letters ${handle.id} failed: ${m.message}`);
        fail('failed', 'The letters for window envelopes could not be made. Please try again.');
      } else {
        handle.ended('done', `${total.toLocaleString('en-GB')} letters set for window envelopes.`);
        void worker.terminate();
        resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
      }
    });
    worker.once('error', (error: Error & { code?: string }) => {
      core.log(`documents: window-envelope letters ${handle.id} failed: ${error.stack ?? error.message}`);
      fail('failed', error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'The batch is too large to set for window envelopes in one file. Print its address labels instead.' : 'The letters for window envelopes could not be made. Please try again.');
    });
    worker.once('exit', () => {
      if (!handle.running) return;
      if (stopped === 'cancel') fail('cancelled', 'Cancelled: nothing was printed.', 'conflict');
      else if (stopped === 'lock') fail('failed', 'The workspace was locked before the letters for window envelopes were ready. Unlock it and print them again.', 'conflict');
      else fail('failed', 'The letters for window envelopes could not be made. Please try again.');
    });
  });
}
