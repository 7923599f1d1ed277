import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Canvas } from '@napi-rs/canvas';
import { createScheduler, createWorker, OEM, PSM } from 'tesseract.js';
import { greyPgm } from './ocr-image';
import type { Word } from './types';

/**
 * OCR of scanned pages with tesseract.js, offline (issue 16 item 4; bundles.md B8): the English data is
 * tesseract's fast model (tessdata_fast `eng.traineddata`), vendored in vendor/tessdata_fast with its
 * licence and provenance, read from that folder, never fetched. tesseract.js fetches only when `langPath`
 * is unset or a URL (its worker-script/index.js), so it is set to that folder; `cacheMethod: 'none'` stops
 * it reading or writing a cache in the working folder; its worker script and the wasm core are its own
 * files (node_modules, unpacked from the app's asar archive).
 *
 * The fast integer LSTM model costs about 28% less CPU per page than the "best_int" model of
 * @tesseract.js-data/eng (2.1 s against 2.9 s on a dense page at 200 dpi) and reads the same words on
 * printed English. Pages are read by up to two tesseract workers at once (each a thread of its own), while
 * the next pages are drawn.
 */
export function ocrPaths(): { langPath: string; workerPath: string } {
  const req = createRequire(__filename);
  const workerPath = join(dirname(req.resolve('tesseract.js/package.json')), 'src', 'worker-script', 'node', 'index.js');
  return { langPath: unpacked(modelDir()), workerPath: unpacked(workerPath) };
}

/** vendor/tessdata_fast: from the sources (main/pdf/redact/) or from a built bundle (out/main/), as templates are found. */
function modelDir(): string {
  const candidates = [join(__dirname, '..', '..', '..', 'vendor', 'tessdata_fast'), join(__dirname, '..', '..', 'vendor', 'tessdata_fast'), join(process.cwd(), 'vendor', 'tessdata_fast')];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(join(resources, 'app.asar', 'vendor', 'tessdata_fast'));
  const found = candidates.find((d) => existsSync(join(unpacked(d), 'eng.traineddata.gz')));
  if (!found) throw new Error(`OCR: the English model (vendor/tessdata_fast/eng.traineddata.gz) was not found (looked in ${candidates.join(', ')})`);
  return found;
}

/**
 * In the packaged app these packages are unpacked beside the asar archive (electron-builder.yml
 * asarUnpack): a worker thread started on the unpacked script finds its modules and data there.
 */
export const unpacked = (path: string): string => path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');

export interface Ocr {
  /**
   * The words of an image of a page drawn at `scale` pixels per point, in page points, however unsure
   * (a name read poorly is still covered; the text layer leaves out the least sure: text-layer.ts).
   * A drawn page (a canvas) is handed over as grey pixels (ocr-image.ts); a file's bytes as they are.
   */
  read(image: Buffer | Canvas, scale: number): Promise<Word[]>;
  end(): Promise<void>;
}

/**
 * How many pages are read by OCR at once: every core on a 2-core PC (each page is about 2 s of one core),
 * one core left for the window on a larger one, at most 4 (each tesseract worker holds its own model and
 * page, about 100 MB). Office PCs with 4 or 8 cores read a 20-page scan in 3 or 4 lanes, not 2.
 */
export function ocrWorkerCount(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores <= 2 ? cores : cores - 1));
}

/** `dpi`: the resolution pages are drawn at (said to tesseract, which otherwise guesses it per page). */
export async function startOcr(dpi: number, workers = ocrWorkerCount()): Promise<Ocr> {
  const { langPath, workerPath } = ocrPaths();
  const scheduler = createScheduler();
  const started = await Promise.all(
    Array.from({ length: workers }, () => createWorker('eng', OEM.LSTM_ONLY, { langPath, workerPath, cacheMethod: 'none', gzip: true, legacyCore: false, legacyLang: false })),
  );
  for (const worker of started) {
    // A page of text in blocks, as scans of letters, statements and police reports are (PSM 3: a single
    // block, PSM 6, saved about 5% but reads across the columns of a two-column page).
    // tessedit_do_invert off: tesseract otherwise reads each line it is unsure of again, inverted, in case
    // it is white on black; scanned exhibits are dark print on paper, and every printed word, the 8 pt ones
    // included, is read without it (test/bench/ocr.ts), for about 3% less CPU on a dense page.
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: String(Math.round(dpi)), tessedit_do_invert: '0' });
    scheduler.addWorker(worker);
  }
  return {
    async read(image, scale) {
      // TSV, not tesseract.js's `blocks` tree: the same words, boxes and confidences without building an
      // object per paragraph, line, word and letter, about 3.5% less CPU per dense page (test/bench/ocr.ts).
      const { data } = await scheduler.addJob('recognize', Buffer.isBuffer(image) ? image : greyPgm(image), {}, { tsv: true, text: false });
      return wordsOfTsv(data.tsv ?? '', scale);
    },
    async end() {
      await scheduler.terminate();
    },
  };
}

/** tesseract's TSV columns: level, page, block, paragraph, line, word, left, top, width, height, confidence, text. */
const WORD_LEVEL = '5';

/** The words of tesseract's TSV (level 5 rows), their boxes turned from pixels into page points. */
export function wordsOfTsv(tsv: string, scale: number): Word[] {
  const words: Word[] = [];
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols[0] !== WORD_LEVEL || cols.length < 12) continue;
    // The text is the last column; a tab cannot appear inside it (tesseract writes words without one).
    const text = cols.slice(11).join('\t').trim();
    if (!text) continue;
    const [left, top, width, height, confidence] = cols.slice(6, 11).map(Number) as [number, number, number, number, number];
    words.push({ text, x: left / scale, y: top / scale, width: width / scale, height: height / scale, confidence });
  }
  return words;
}

/** tesseract's workers, started when the first scan needs reading (many exhibits have none), then kept for every page after. */
export class OcrOnDemand {
  #ocr: Promise<Ocr> | null = null;
  constructor(private readonly dpi: number) {}
  /**
   * Starts tesseract's workers now (about 0.4 s), so they load while the first scanned page is drawn
   * rather than after it. Called once a page is known to need reading.
   */
  warm(): void {
    this.#ocr ??= startOcr(this.dpi);
    this.#ocr.catch(() => undefined);
  }
  read(image: Buffer | Canvas, scale: number): Promise<Word[]> {
    this.#ocr ??= startOcr(this.dpi);
    // The picture is taken now, as it is: the caller may draw on its canvas (burn boxes in) once this returns.
    const taken = Buffer.isBuffer(image) ? image : greyPgm(image);
    return this.#ocr.then((o) => o.read(taken, scale));
  }
  async end(): Promise<void> {
    if (this.#ocr) await (await this.#ocr).end();
  }
}
