import { performance } from 'node:perf_hooks';
import { startWorker } from '../../main/jobs/worker-file';
import type { FromRedactWorker } from '../../main/pdf/redact/in-worker';
import type { CopyMessage } from '../../main/bundles/exhibits/copy-lanes';
import type { RedactRequest } from '../../main/pdf/redact/types';
import type { FromReadWorker, ToReadWorker } from '../../main/pdf/redact/read-in-worker';
import type { PageWords } from '../../main/pdf/redact/read-words';
import { FULL_NAME, scannedExhibit } from '../fixtures/redact/make';
import { ms } from './stats';

/**
 * Issue 16 item 4's figure: a 20-page scanned exhibit (dense typed text, about 340 words a page, the
 * witness named on every page) redacted in the exhibit-redact worker as the app runs it: each page drawn at
 * 200 dpi, read by OCR to find the name, the boxes burnt in and a fresh text layer written. Target: under
 * 20 s, with progress, the main thread free (its longest stall is measured while the worker runs).
 * Then the same scan read for the redaction review (its words, for proposing boxes) in the exhibit-read
 * worker, and its copy made afterwards from the words the review read, as an accepted box makes it.
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
    worker.on('message', (m: CopyMessage) => {
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
  const review = await readForReview(bytes);
  // The copy after the review: the scan's words are known (exhibit_words), so no page is read by OCR again.
  const knownStart = performance.now();
  const known = await redactIn({ ...request, terms: [], boxes: result.boxes, known: review.pages.map((p) => ({ page: p.page, words: p.words })) });
  const knownWall = performance.now() - knownStart;
  return [
    [`${pages}-page scan: rasterise, OCR, redact, write (worker)`, `${(wall / 1000).toFixed(1)} s`, 'under 20 s'],
    ['  per page', ms(wall / pages), ''],
    ['  CPU time (all threads)', `${((used.user + used.system) / 1e6).toFixed(1)} s`, `${rebuilt} pages rebuilt, ${result.boxes.length} boxes`],
    ['  first progress / progress messages', `${ms(firstProgress)} / ${progressMessages}`, 'progress while it runs'],
    ['  longest main-thread stall while it ran', ms(stall), 'the window never blocks'],
    ['  redacted copy', `${(result.pdf.byteLength / 1e6).toFixed(1)} MB`, ''],
    [`${pages}-page scan read for the redaction review (exhibit-read worker: draw, OCR)`, `${(review.wall / 1000).toFixed(1)} s`, 'under 20 s'],
    ['  per page', ms(review.wall / pages), `${review.words} words read, ${review.named} naming the witness`],
    ['  its copy made with the review’s words (no second OCR)', `${(knownWall / 1000).toFixed(1)} s`, `${known.boxes.length} boxes`],
  ];
}

function redactIn(request: RedactRequest): Promise<Extract<FromRedactWorker, { type: 'done' }>> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('exhibit-redact', { workerData: request });
    worker.on('message', (m: CopyMessage) => {
      if (m.type === 'done') resolve(m);
      else if (m.type !== 'progress') reject(new Error(m.type === 'refused' ? m.reason : m.message));
      if (m.type !== 'progress') void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** The exhibit read as the redaction review reads it (main/bundles/exhibits/read-job.ts): one worker, OCR started once. */
async function readForReview(bytes: Uint8Array): Promise<{ wall: number; words: number; named: number; pages: PageWords[] }> {
  const start = performance.now();
  const worker = startWorker('exhibit-read');
  try {
    const pages = await new Promise<PageWords[]>((resolve, reject) => {
      worker.on('message', (m: FromReadWorker) => {
        if (m.type === 'read') resolve(m.pages);
        else if (m.type !== 'progress') reject(new Error(m.type === 'refused' ? m.reason : m.message));
      });
      worker.once('error', reject);
      worker.postMessage({ type: 'read', evidenceId: 1, bytes: bytes.slice(), fileType: 'pdf' } satisfies ToReadWorker);
    });
    const wall = performance.now() - start;
    const all = pages.flatMap((p) => p.words);
    return { wall, words: all.length, named: all.filter((w) => /Smithson/.test(w.text)).length, pages };
  } finally {
    await worker.terminate();
  }
}
