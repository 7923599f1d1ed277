import { createHash } from 'node:crypto';
import { encodeJpeg } from '../../pdf/images';
import { degrees, PDFDocument, StandardFonts } from '../../pdf/lib';
import { buildBundle } from './build';
import type { BundleContent, ExhibitSheetContent } from './content';
import type { BuildIo, BuildJob, ResolvedItem } from './protocol';

/**
 * A worker started for the builder screen (host.ts prewarm) builds a small bundle of made-up exhibits
 * while the screen shows its preview (from a moment after it appears: engine/serve.ts), and throws it
 * away. JavaScript runs faster once V8 has compiled it for the shapes it meets, and a bundle build is
 * over before that happens on its own: measured with npm run bench, reading, copying and writing 300
 * exhibits took about twice as long in a fresh worker as in one that had done it before. After this, the
 * officer's own build runs at that second speed. It stops the moment a real build arrives (the build
 * then pays for what was not done), never sees a real file, and keeps nothing but the compiled code.
 */
/** Six kinds of made-up file (portrait, landscape, turned, two fonts, one to four pages), each used several times. */
const KINDS = 6;
const ITEMS = 40;
const ROUNDS = 2;

interface MadeUp {
  bytes: Uint8Array;
  pages: number;
}

async function madeUpPdf(i: number): Promise<MadeUp> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(i % 3 ? StandardFonts.Helvetica : StandardFonts.TimesRoman);
  const pages = 1 + (i % 4);
  for (let p = 0; p < pages; p += 1) {
    const page = doc.addPage(i % 5 === 1 ? [841.89, 595.28] : [595.28, 841.89]);
    if (i % 5 === 3) page.setRotation(degrees(90));
    for (let l = 0; l < 30; l += 1) page.drawText(`Warm-up file ${i}, page ${p + 1}, line ${l}: nothing here is real`, { x: 48, y: page.getHeight() - 60 - l * 18, size: 11, font });
  }
  return { bytes: await doc.save(), pages };
}

function madeUpPhoto(): Uint8Array {
  const w = 96;
  const h = 64;
  const rgb = new Uint8Array(w * h * 3);
  for (let i = 0; i < w * h; i += 1) rgb.set([i % 256, (i >> 4) % 256, 128], i * 3);
  return encodeJpeg(rgb, w, h);
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function madeUpJob(files: Map<string, MadeUp>): BuildJob {
  const items: ResolvedItem[] = [];
  const exhibits: Record<string, ExhibitSheetContent> = {};
  for (const [key, { bytes, pages }] of files) {
    const label = `W/${items.length + 1}`;
    const photo = key.endsWith('jpg');
    items.push({ key, title: `Exhibit ${label}: warm-up`, date: '01/01/2026', duplicateOf: null, source: { kind: 'file', fileType: photo ? 'jpeg' : 'pdf', fileName: key, sha256: sha(bytes), pages, size: bytes.length, label, sheet: true } });
    exhibits[key] = { label, title: 'Warm-up', description: 'A made-up file', source: 'Hearth', obtainedOn: '01/01/2026', fileName: key, fileType: 'pdf', sha256: sha(bytes), producers: [{ mark: label, witness: 'A Officer', statementDate: '01/01/2026' }] };
  }
  const content: BundleContent = {
    heading: { court: 'County Court', claimNumber: 'K00WU000', claimant: 'Warm-up', defendant: 'Persons unknown', youthCourt: false },
    caseRef: 'WU-0000',
    letter: 'A',
    shortName: 'Warm-up',
    title: 'Hearing bundle',
    hearing: null,
    partnerName: 'Warm-up',
    preparedBy: 'Hearth',
    preparedOn: '01/01/2026',
    confidentiality: null,
    application: null,
    statement: null,
    hearsay: null,
    chronology: Array.from({ length: 12 }, (_, i) => ({ date: '01/01/2026', time: '10:00', event: `Event ${i}`, detail: 'Made up for the warm-up.' })),
    correspondence: [],
    exhibits,
    transcripts: {},
    annex: items.map((i) => ({ label: i.key, file: i.key, sha256: i.source.kind === 'file' ? i.source.sha256 : '', status: 'matches' })),
    redactTerms: ['Nobody Real'],
  };
  return {
    content,
    sections: [
      { kind: 'chronology', title: 'Chronology', items: [{ key: 'g:chronology', title: 'Chronology', date: null, duplicateOf: null, source: { kind: 'generated', generated: 'chronology' } }] },
      { kind: 'exhibits', title: 'Exhibits', items },
      { kind: 'annex', title: 'Annex', items: [{ key: 'g:hash-annex', title: 'Fingerprints', date: null, duplicateOf: null, source: { kind: 'generated', generated: 'hash-annex' } }] },
    ],
    fileName: 'warm-up.pdf',
    info: { title: 'Warm-up', author: 'Hearth', subject: 'Warm-up', createdAt: '2026-01-01T00:00:00.000Z' },
    late: null,
  };
}

export class WarmUpStopped extends Error {}

/** Builds made-up bundles until done or `stopped()` says a real request wants the thread. Resolves with the time taken. */
export async function warmUp(stopped: () => boolean): Promise<{ ms: number; finished: boolean }> {
  const started = performance.now();
  const files = new Map<string, MadeUp>();
  try {
    const kinds: MadeUp[] = [];
    for (let i = 0; i < KINDS; i += 1) {
      if (stopped()) throw new WarmUpStopped();
      kinds.push(await madeUpPdf(i === 5 ? 10 : i));
      await new Promise((r) => setImmediate(r));
    }
    for (let i = 0; i < ITEMS; i += 1) files.set(`warm-${i}.pdf`, kinds[i % KINDS]!);
    files.set('warm-photo.jpg', { bytes: madeUpPhoto(), pages: 1 });
    const job = madeUpJob(files);
    const io: BuildIo = {
      // Each request for files is a moment for a real request to be taken (and to stop this).
      files: async (keys) => new Map(keys.map((k) => [k, files.get(k)!.bytes.slice()])),
      chunk: () => undefined,
      progress: () => undefined,
    };
    // After each exhibit, a real request may take the thread (and stop this).
    const pause = async () => {
      await new Promise((r) => setImmediate(r));
      if (stopped()) throw new WarmUpStopped();
    };
    for (let round = 0; round < ROUNDS; round += 1) await buildBundle(job, io, null, { remember: false, pause });
    return { ms: performance.now() - started, finished: true };
  } catch (error) {
    if (error instanceof WarmUpStopped) return { ms: performance.now() - started, finished: false };
    throw error;
  }
}
