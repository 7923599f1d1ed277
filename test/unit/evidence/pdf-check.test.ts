import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkPdf, PASSWORD_PROTECTED } from '../../../main/evidence/pdf-check';
import * as hostile from '../../fixtures/bundles/hostile';
import * as files from '../../helpers/evidence-files';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'evidence');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

describe('checkPdf (pdf-lib in a worker thread)', () => {
  it('counts the pages of a valid PDF', async () => {
    expect(await checkPdf(await files.pdf(3))).toEqual({ usable: true, pageCount: 3 });
    expect(await checkPdf(await files.pdf(1))).toEqual({ usable: true, pageCount: 1 });
  });

  it.each(['encrypted-minimal.pdf', 'encrypted-aes256-qpdf.pdf'])('marks a password-protected PDF (%s) as not usable, with the reason', async (name) => {
    expect(await checkPdf(fixture(name))).toEqual({ usable: false, reason: PASSWORD_PROTECTED, pageCount: null });
  });

  it('marks a PDF with no pages as damaged', async () => {
    const empty = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    expect(await checkPdf(empty)).toEqual({ usable: false, reason: 'damaged: the PDF has no pages', pageCount: null });
  });

  it('marks a PDF that cannot be read as damaged', async () => {
    expect(await checkPdf(Buffer.from('%PDF-1.7\nthis is not really a PDF at all\n'))).toEqual({ usable: false, reason: 'damaged: the PDF could not be read', pageCount: null });
    const cut = (await files.pdf(2)).subarray(0, 40);
    expect((await checkPdf(cut)).usable).toBe(false);
  });

  it('ends a check that runs past its time limit and says so', async () => {
    expect(await checkPdf(await files.pdf(2), { timeoutMs: 1 })).toEqual({ usable: false, reason: 'could not be checked within 1 ms', pageCount: null });
  });

  it('survives the worker running out of memory', async () => {
    expect(await checkPdf(await files.pdf(2), { maxOldGenerationSizeMb: 1 })).toEqual({ usable: false, reason: 'too large or complex to check safely', pageCount: null });
  });

  it('does not block the main thread while it parses a large PDF', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3000; i += 1) doc.addPage([200, 200]);
    const big = Buffer.from(await doc.save({ useObjectStreams: false }));
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 5);
    const started = performance.now();
    const result = await checkPdf(big);
    const took = performance.now() - started;
    clearInterval(timer);
    expect(result).toEqual({ usable: true, pageCount: 3000 });
    // The check took a while, and the event loop went on ticking all through it.
    expect(took).toBeGreaterThan(50);
    expect(ticks).toBeGreaterThan(took / 5 / 4);
    expect(longestGap).toBeLessThan(Math.max(100, took / 2));
  });

  it('always answers, never throws, for damaged PDFs (fuzz: mutated and cut-off files)', async () => {
    const seed = await files.pdf(2);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 30 }), fc.nat(seed.length), async (edits, cut) => {
        const b = Buffer.from(seed);
        for (const [at, v] of edits) b[at] = v;
        const result = await checkPdf(b.subarray(0, Math.max(cut, 8)), { timeoutMs: 10_000 });
        if (result.usable) expect(result.pageCount).toBeGreaterThan(0);
        else expect(result.reason).toMatch(/^(damaged: |unusable: |password-protected|could not be checked|too large)/);
      }),
      { numRuns: 25 },
    );
    // Each run starts a worker thread (~0.2 s); on a busy 2-core machine 25 of them outlast the 5 s default.
  }, 60_000);
});

describe('checkPdf with hostile files (issue 13 finding 4): "unusable", with the reason, never a crash', () => {
  it.each([
    ['a page tree that lists itself', () => hostile.loopingPageTree(), 'unusable: its page tree refers back to itself, so its pages cannot be counted'],
    ['objects nested 600 deep', () => hostile.deeplyNested(600), 'unusable: its objects are nested more than 100 deep'],
    ['a 1 GiB decompression bomb', () => hostile.decompressionBomb(1024), 'unusable: one of its compressed streams would inflate to more than 64 MB (a “decompression bomb”)'],
  ])('%s', async (_what, make, reason) => {
    expect(await checkPdf(await make())).toEqual({ usable: false, reason, pageCount: null });
  }, 30_000);

  it('accepts a file with an attachment and links (they are stripped from bundles, not refused)', async () => {
    expect(await checkPdf(await hostile.withAttachmentAndLink())).toEqual({ usable: true, pageCount: 1 });
  }, 30_000);
});
