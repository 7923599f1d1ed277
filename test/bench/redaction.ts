import { performance } from 'node:perf_hooks';
import { startWorker } from '../../main/jobs/worker-file';
import type { FromRedactWorker } from '../../main/pdf/redact/in-worker';
import type { RedactRequest } from '../../main/pdf/redact/types';
import { FULL_NAME, scannedExhibit } from '../fixtures/redact/make';
import { ms } from './stats';

/**
 * Issue 16 item 4's figure: a 20-page scanned exhibit (dense typed text, about 340 words a page, the
 * witness named on every page) redacted in the exhibit-redact worker as the app runs it: each page drawn at
 * 200 dpi, read by OCR to find the name, the boxes burnt in and a fresh text layer written. Target: under
 * 20 s, with progress, the main thread free (its longest stall is measured while the worker runs).
 */
export async function runRedactionBench(): Promise<[string, string, string][]> {
  const pages = 20;
  const bytes = await scannedExhibit(pages);
  const request: RedactRequest = { bytes, fileType: 'pdf', boxes: [], terms: [FULL_NAME] };
  let stall = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 10);
    last = now;
  }, 10);
  const cpu = process.cpuUsage();
  const start = performance.now();
  let firstProgress = -1;
  let progressMessages = 0;
  const result = await new Promise<Extract<FromRedactWorker, { type: 'done' }>>((resolve, reject) => {
    const worker = startWorker('exhibit-redact', { workerData: request });
    worker.on('message', (m: FromRedactWorker) => {
      if (m.type === 'progress') {
        progressMessages += 1;
        if (firstProgress < 0) firstProgress = performance.now() - start;
      } else if (m.type === 'done') resolve(m);
      else reject(new Error(m.type === 'refused' ? m.reason : m.message));
      if (m.type !== 'progress') void worker.terminate();
    });
    worker.once('error', reject);
  });
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  clearInterval(ticker);
  const rebuilt = result.pages.filter((p) => p.rebuilt).length;
  return [
    [`${pages}-page scan: rasterise, OCR, redact, write (worker)`, `${(wall / 1000).toFixed(1)} s`, 'under 20 s'],
    ['  per page', ms(wall / pages), ''],
    ['  CPU time (all threads)', `${((used.user + used.system) / 1e6).toFixed(1)} s`, `${rebuilt} pages rebuilt, ${result.boxes.length} boxes`],
    ['  first progress / progress messages', `${ms(firstProgress)} / ${progressMessages}`, 'progress while it runs'],
    ['  longest main-thread stall while it ran', ms(stall), 'the window never blocks'],
    ['  redacted copy', `${(result.pdf.byteLength / 1e6).toFixed(1)} MB`, ''],
  ];
}
