import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { DL_WINDOW_MM } from '../../../main/documents/pdf-window';
import type { JobStatus } from '../../../shared/schemas/jobs';
import { makeWorkspace, type TestApp } from '../../helpers/core';
import { pdfText as popplerText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/temp';
import { richCase, SLOTS } from './fixture';

/**
 * Print layouts for posting (issue 17): address labels (21 to an A4 sheet, names and addresses only, in
 * the batch's order) and letters with the address in a DL window envelope's window. Read back with
 * poppler (pdfinfo, pdftotext) and pdf.js (where each line of text sits on the page).
 */
const temp = useTempDirs();
const MM = 72 / 25.4;

async function finish(app: TestApp, jobId: string): Promise<JobStatus> {
  for (;;) {
    const s = await app.must('job:status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}

function pageCount(bytes: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-pdfinfo-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'in.pdf')], { encoding: 'utf8' }))?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each text item of page 1 with its box in mm from the page's top left (pdf.js, a reader Hearth does not write with). */
async function itemsInMm(bytes: Uint8Array, pageNo = 1): Promise<{ str: string; left: number; top: number; right: number; bottom: number }[]> {
  const pdfjs: typeof PdfJsModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(pageNo);
  const height = page.view[3]!;
  const items = (await page.getTextContent()).items.flatMap((i) => ('str' in i && i.str.trim() ? [i] : []));
  await doc.destroy();
  return items.map((i) => {
    const [, , , size, x, baseline] = i.transform as number[];
    return { str: i.str, left: x! / MM, right: (x! + i.width) / MM, top: (height - baseline! - size! * 0.8) / MM, bottom: (height - baseline! + size! * 0.25) / MM };
  });
}

/** A real PNG (an Easy Read picture) as the partner's letterhead logo. */
const LOGO = readFileSync(join(__dirname, '..', '..', '..', 'templates', 'pictures', 'agree.png'));

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1} Elm Road, London, N1 ${1 + (i % 9)}AA`);

describe('printing for the post', () => {
  it('prints a batch of 25 addresses on two sheets of 21 labels, in order, names and addresses only', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const started = await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(25), slots: { meeting: 'Thursday 3 December 2026, 18:30' } });
    const done = await finish(app, started.jobId);
    const id = done.result?.kind === 'letters' ? done.result.documentId : -1;
    const labels = await app.must('document:postPdf', { id, layout: 'labels' });
    expect(labels).toMatchObject({ mediaType: 'application/pdf', fileName: expect.stringMatching(/^Address labels — .*\.pdf$/) });
    expect(pageCount(labels.bytes)).toBe(2);
    const text = popplerText(labels.bytes, 1, 2);
    expect([...text.matchAll(/(\d+) Elm Road/g)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(text.match(/The Occupier/g)).toHaveLength(25);
    expect(popplerText(labels.bytes, 2, 2).match(/Elm Road/g)).toHaveLength(4);
    // Names and addresses only: nothing of the letter's words.
    expect(text).not.toMatch(/Thursday|meeting|Circle 33/i);

    // The first label sits in the first label's place: 7.2 mm + 4 mm in, 15.15 mm + 4 mm down.
    const first = (await itemsInMm(labels.bytes)).find((i) => i.str === 'The Occupier')!;
    expect(first.left).toBeCloseTo(11.2, 0);
    expect(first.top).toBeGreaterThan(15.15);
    expect(first.bottom).toBeLessThan(15.15 + 38.1);

    // All 25 are sent in one step: the batch is one document.
    await app.must('document:recordSent', { id, how: 'second-class', at: '2026-11-21T09:00:00Z' });
    expect((await app.must('document:list', { caseId: c.id }))[0]).toMatchObject({ state: 'sent', recipientCount: 25 });
  });

  it('sets the address of a letter inside the window of a DL envelope, and each household’s in a batch', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: c.complainant.id });
    const windowed = await app.must('document:postPdf', { id: doc.id, layout: 'window' });
    const items = await itemsInMm(windowed.bytes);
    const w = DL_WINDOW_MM;
    const inWindow = (i: { left: number; right: number; top: number; bottom: number }) => i.left >= w.left && i.right <= w.left + w.width && i.top >= w.top && i.bottom <= w.top + w.height;
    const address = ['Amira Haddad', '4 Elm Road', 'London', 'N1 1AA'];
    for (const line of address) expect(inWindow(items.find((i) => i.str === line)!), line).toBe(true);
    // Nothing else shows through the window.
    expect(items.filter(inWindow).map((i) => i.str)).toEqual(address);
    // The same words as the stored letter.
    const stored = await app.must('document:export', { id: doc.id, format: 'pdf' });
    expect(popplerText(windowed.bytes, 1, 9).replace(/\s+/g, ' ')).toContain('Amira Haddad');
    expect(pageCount(windowed.bytes)).toBe(pageCount(stored.bytes));

    const started = await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(3), slots: { meeting: 'Thursday 3 December 2026, 18:30' } });
    const done = await finish(app, started.jobId);
    const batch = await app.must('document:postPdf', { id: done.result?.kind === 'letters' ? done.result.documentId : -1, layout: 'window' });
    const perLetter = pageCount(batch.bytes) / 3;
    for (const n of [1, 2, 3]) {
      const page = await itemsInMm(batch.bytes, 1 + (n - 1) * perLetter);
      expect(page.filter(inWindow).map((i) => i.str)).toEqual(['The Occupier', `${n} Elm Road`, 'London', `N1 ${n}AA`]);
    }
  });

  it.each([
    ['standard print', false],
    ['large print', true],
  ])('keeps a six-line address inside the window under a letterhead with a logo (%s)', async (_print, largePrint) => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    await app.must('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London', postcode: 'N7 8QX', phone: '0300 456 2233', email: 'asb@circle33.org.uk', logo: LOGO });
    const who = c.complainant;
    await app.must('party:update', { id: who.id, party: { key: 'a', role: 'complainant', name: 'Amira Haddad', address: 'Flat 12, Willow Court, 4 Elm Road, London', postcode: 'N1 1AA' } });
    const doc = await app.must('document:generate', { caseId: c.id, templateId: 'acknowledgement', partyId: who.id, largePrint });
    const pdfBytes = (await app.must('document:postPdf', { id: doc.id, layout: 'window' })).bytes;
    const items = await itemsInMm(pdfBytes);
    const w = DL_WINDOW_MM;
    const inWindow = (i: { left: number; right: number; top: number; bottom: number }) => i.left >= w.left && i.right <= w.left + w.width && i.top >= w.top && i.bottom <= w.top + w.height;
    const address = ['Amira Haddad', 'Flat 12', 'Willow Court', '4 Elm Road', 'London', 'N1 1AA'];
    // Every line inside the window, in order, and nothing else (the letterhead's own "London" sits beside it).
    const shown = items.filter(inWindow);
    expect(shown.map((i) => i.str), JSON.stringify(items.filter((i) => address.includes(i.str)))).toEqual(address);
  });

  it('says so for a document with no address to print (a statement for the court)', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const statement = await app.must('document:generate', { caseId: c.id, templateId: 'witness-statement', partyId: null, slots: SLOTS['witness-statement'] });
    const r = await app.call('document:postPdf', { id: statement.id, layout: 'labels' });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/is a statement for the court: it goes into a bundle, not the post/) } });
  });

  it('lays a batch of 300 letters out for window envelopes in a worker, as a job that reports its progress, into one PDF', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const started = await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(300), slots: { meeting: 'Thursday 3 December 2026, 18:30' } });
    const made = await finish(app, started.jobId);
    const id = made.result?.kind === 'letters' ? made.result.documentId : -1;
    // One letter's pages, from a batch of one (laid out in the request itself).
    const single = await finish(app, (await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(1), slots: { meeting: 'Thursday 3 December 2026, 18:30' } })).jobId);
    const one = await app.must('document:postPdf', { id: single.result?.kind === 'letters' ? single.result.documentId : -1, layout: 'window' });

    const jobId = 'ab'.repeat(16);
    const seen: JobStatus[] = [];
    const answer = app.must('document:postPdf', { id, layout: 'window', jobId });
    let settled = false;
    void answer.finally(() => (settled = true));
    while (!settled) {
      const r = await app.call('job:status', { jobId });
      if (r.ok) seen.push(r.value);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const pdf = await answer;
    // The main thread was free to answer job:status while the worker laid the letters out.
    expect(seen.some((s) => s.state === 'running' && s.kind === 'window-letters' && s.total === 300)).toBe(true);
    expect((await app.must('job:status', { jobId })).state).toBe('done');
    expect(pageCount(pdf.bytes)).toBe(300 * pageCount(one.bytes));
    const text = popplerText(pdf.bytes, 1, pageCount(pdf.bytes));
    expect([...text.matchAll(/(\d+) Elm Road/g)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(text.match(/The Occupier/g)).toHaveLength(300);
  }, 120_000);

  it('stops laying the letters out when the job is cancelled, and says nothing was printed', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const started = await app.must('document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses: addresses(300), slots: { meeting: 'Thursday 3 December 2026, 18:30' } });
    const done = await finish(app, started.jobId);
    const jobId = 'cd'.repeat(16);
    const answer = app.call('document:postPdf', { id: done.result?.kind === 'letters' ? done.result.documentId : -1, layout: 'window', jobId });
    while (!(await app.call('job:status', { jobId })).ok) await new Promise((resolve) => setTimeout(resolve, 5));
    await app.must('job:cancel', { jobId });
    expect(await answer).toMatchObject({ ok: false, error: { message: 'Cancelled: nothing was printed.' } });
    expect(await app.must('job:status', { jobId })).toMatchObject({ state: 'cancelled', message: 'Cancelled: nothing was printed.' });
  }, 120_000);
});
