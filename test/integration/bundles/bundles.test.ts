import { inflateRawSync } from 'node:zlib';
import { degrees, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILE_NAME } from '../../../shared/bundles/file-name';
import type { BundleManifest } from '../../../shared/schemas/bundles';
import { allText, checkBundle, describe as explain, imageResolutions } from '../../bundle-checker/check';
import * as fx from '../../fixtures/bundles/make';
import { readyWorkerReadAhead, readyWorkers, readyWorkerWarmedUp, stopReadyWorker } from '../../../main/bundles/host';
import { lastTiming } from '../../../main/bundles/service';
import { useTempDirs } from '../../helpers/temp';
import { acceptRedactions, buildDefault, bundleCase, OFFICER, type BundleCase } from './setup';
import { addUser } from '../../helpers/core';

/**
 * Court bundles end to end (issue 7) through dispatch, the worker and the real encrypted workspace, each
 * built bundle read back by the independent checker in test/bundle-checker.
 */
const temp = useTempDirs();

const ALL_FILES = ['multi', 'landscape', 'rotated', 'turned', 'bookmarked', 'scanned', 'damaged', 'encrypted', 'photo', 'sideways-photo', 'png', 'duplicate'] as const;

/** Waits a moment (so the worker's messages are handled), then asks for the job's progress. */
async function poll(app: BundleCase, jobId: string) {
  await new Promise((r) => setTimeout(r, 20));
  return app.must('job:status', { jobId });
}

const rowsOf = (m: BundleManifest) => ({
  rows: m.sections.flatMap((s) => [{ tab: s.tab, start: s.start, end: s.end }, ...s.documents.map((d) => ({ tab: d.tab, start: d.start, end: d.end }))]),
});

function docxText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes);
  let eocd = buf.length - 22;
  while (eocd > 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n -= 1) {
    const name = buf.subarray(p + 46, p + 46 + buf.readUInt16LE(p + 28)).toString();
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (name === 'word/document.xml') {
      const xml = inflateRawSync(buf.subarray(start, start + buf.readUInt32LE(p + 20))).toString();
      return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    }
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  throw new Error('no document.xml');
}

describe('building a bundle', () => {
  it('from rotated, landscape, multi-page, bookmarked, scanned, damaged and encrypted evidence: passes the checker (B2, B5, B6, B7, B9, B10)', async () => {
    const app = await bundleCase(temp(), { files: [...ALL_FILES] });
    const { sources, detail, pdf, seen } = await buildDefault(app);

    // Triage before building (issue 7 §4): the damaged and the encrypted file are reported with their reasons.
    const unusable = sources.warnings.filter((w) => w.code === 'unusable').map((w) => w.message);
    expect(unusable).toEqual(
      expect.arrayContaining([expect.stringMatching(/AL\/7 \(“broken\.pdf”\) cannot go in a bundle: damaged/), expect.stringMatching(/AL\/8 \(“locked\.pdf”\) cannot go in a bundle: password-protected/)]),
    );
    const report = await app.must('bundle:check', { caseId: app.caseId });
    const scan = report.items.find((i) => i.fileName === 'scan.pdf')!;
    expect(scan).toMatchObject({ status: 'warning', imageOnlyPages: [1, 2] });
    expect(report.items.find((i) => i.fileName === 'locked.pdf')).toMatchObject({ status: 'error', problems: [expect.stringMatching(/locked\.pdf.*password-protected/)] });
    expect(report.items.find((i) => i.fileName === 'broken.pdf')).toMatchObject({ status: 'error', problems: [expect.stringMatching(/broken\.pdf.*damaged/)] });
    // The diary's only problem is its font (issue 19): Helvetica, used but not embedded by whoever made the file.
    expect(report.items.find((i) => i.fileName === 'noise-diary.pdf')).toMatchObject({
      status: 'warning',
      problems: [expect.stringMatching(/noise-diary\.pdf.*: its font Helvetica is not embedded in the file.*ask the sender for a copy saved with its fonts embedded/)],
      sha256: report.items.find((i) => i.fileName === 'noise-diary.pdf')!.sha256AtIntake,
    });

    // The bundle itself, read back.
    const manifest = detail.manifest!;
    const check = await checkBundle(pdf.bytes, rowsOf(manifest));
    expect(check.problems, explain(check)).toEqual([]);
    expect(check.pages).toBe(manifest.pageCount);
    expect(check.stamps).toEqual(Array.from({ length: check.pages }, (_, i) => String(i + 1)));

    // Damaged and encrypted files are left out (never a blank page), the duplicate is flagged and left out (B16).
    const keys = manifest.sections.flatMap((s) => s.documents.map((d) => d.key));
    expect(keys).not.toContain(`e:${app.evidence.damaged!.id}`);
    expect(keys).not.toContain(`e:${app.evidence.encrypted!.id}`);
    expect(keys).not.toContain(`e:${app.evidence.duplicate!.id}`);
    expect(sources.warnings).toContainEqual(expect.objectContaining({ code: 'duplicate', key: `e:${app.evidence.duplicate!.id}` }));
    expect(manifest.excluded.map((e) => e.key)).toEqual(expect.arrayContaining([`e:${app.evidence.damaged!.id}`, `e:${app.evidence.encrypted!.id}`, `e:${app.evidence.duplicate!.id}`]));

    // The source's own bookmarks nested under its entry (B7), with their pages.
    const exhibits = check.outline.find((o) => o.title.startsWith('D.'))!;
    const report2 = exhibits.children.find((o) => o.title.includes('Police report'))!;
    expect(report2.children.map((c) => c.title)).toEqual([expect.stringMatching(/^Chapter 1: Summary \(page \d+\)$/), expect.stringMatching(/^Chapter 2: Interviews \(page \d+\)$/)]);
    expect(report2.children[1]!.children.map((c) => c.title)).toEqual([expect.stringMatching(/^2\.1 The neighbour \(page \d+\)$/)]);
    expect(report2.children[0]!.page).toBe(report2.page! + 1); // after the exhibit sheet

    // Scanned pages are listed as OCR-exempt (B8); every generated page has text.
    const scanDoc = manifest.sections.flatMap((s) => s.documents).find((d) => d.key === `e:${app.evidence.scanned!.id}`)!;
    expect(scanDoc.ocrExemptPages).toEqual([scanDoc.start + 1, scanDoc.start + 2]);

    // Landscape pages are landscape; pages turned by /Rotate read left to right (the checker's B9).
    const out = await PDFDocument.load(pdf.bytes);
    const land = manifest.sections.flatMap((s) => s.documents).find((d) => d.key === `e:${app.evidence.landscape!.id}`)!;
    const landPage = out.getPage(land.start); // the page after the exhibit sheet
    expect(landPage.getWidth()).toBeGreaterThan(landPage.getHeight());
    expect(out.getPages().every((p) => p.getRotation().angle === 0)).toBe(true);

    // B11: the 4000 × 3000 photo is taken down to 300 dpi; the PNG is left as it is.
    const dpis = await imageResolutions(pdf.bytes);
    expect(dpis.length).toBeGreaterThanOrEqual(3);
    for (const d of dpis) expect(d.dpi).toBeLessThanOrEqual(300.5);

    // B13: the file name; B1: one PDF, and the index as DOCX.
    expect(detail.summary.fileName).toBe('K00CL123 - Circle 33 v Whitcombe - Bundle A - hearing 2026-12-03.pdf');
    expect(detail.summary.fileName).toMatch(BUNDLE_FILE_NAME);
    const docx = await app.must('bundle:content', { bundleId: detail.summary.id, part: 'index-docx' });
    expect(docx.fileName).toMatch(BUNDLE_FILE_NAME);
    const words = docxText(docx.bytes);
    for (const s of manifest.sections) expect(words).toContain(s.title);
    expect(words).toContain(`${manifest.sections[0]!.documents[0]!.start}–${manifest.sections[0]!.documents[0]!.end}`);

    // Progress was reported as the build went (issue 7 §2).
    expect(seen.at(-1)).toMatchObject({ state: 'done', done: manifest.pageCount, total: manifest.pageCount });
    expect(detail.summary.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Shown in the case's chronology as a document (DESIGN §3), with its hash.
    const chronology = (await app.must('case:get', { id: app.caseId })).chronology;
    expect(chronology).toContainEqual(expect.objectContaining({ kind: 'document', title: `Court bundle A: ${detail.summary.fileName}`, detail: expect.stringContaining(detail.summary.sha256!) }));
  });

  it('shows the same page numbers in the preview as the bundle carries, and re-paginates a reordered plan', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'landscape', 'photo'] });
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const preview = await app.must('bundle:preview', { caseId: app.caseId, plan: sources.defaultPlan });
    const reordered = {
      ...sources.defaultPlan,
      sections: sources.defaultPlan.sections.map((s) => (s.kind === 'exhibits' ? { ...s, items: [...s.items].reverse() } : s)),
    };
    const preview2 = await app.must('bundle:preview', { caseId: app.caseId, plan: reordered });
    expect(preview2.rows.filter((r) => r.tab.startsWith('D')).map((r) => r.key)).toEqual(['exhibits', ...[...sources.defaultPlan.sections.find((s) => s.kind === 'exhibits')!.items].reverse()]);
    const { detail } = await buildDefault(app, () => reordered);
    const built = detail.manifest!.sections.flatMap((s) => [{ tab: s.tab, start: s.start, end: s.end }, ...s.documents.map((d) => ({ tab: d.tab, start: d.start, end: d.end }))]);
    expect(preview2.rows.map((r) => ({ tab: r.tab, start: r.start, end: r.end }))).toEqual(built);
    expect(preview2.totalPages).toBe(detail.manifest!.pageCount);
    expect(preview.fileName).toBe(detail.summary.fileName);
  });
});

describe('confidentiality (P3.13–3.14)', () => {
  const PEOPLE = ['Amira', 'Haddad', 'George', 'Pike', '07700 900123', '07700900123', '4 Elm Road', '6 Elm Road'];

  it('a bundle for a case without consent has no complainant or witness name anywhere in its text, bookmarks or index', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'bookmarked', 'photo'] });
    const { pdf, detail, sources } = await buildDefault(app);
    const text = await allText(pdf.bytes);
    for (const word of PEOPLE) expect(text.toLowerCase(), `“${word}” is in the bundle`).not.toContain(word.toLowerCase());
    expect(text).toContain('the Complainant');
    expect(text).toContain('Witness A');
    expect(text).toContain('Darren Whitcombe'); // the respondent is named
    const docx = docxText((await app.must('bundle:content', { bundleId: detail.summary.id, part: 'index-docx' })).bytes);
    for (const word of PEOPLE) expect(docx.toLowerCase()).not.toContain(word.toLowerCase());
    expect(sources.redaction).toMatchObject({ applies: true, people: [{ label: 'the Complainant', named: false }, { label: 'Witness A', named: false }] });
    expect(sources.warnings).toContainEqual(expect.objectContaining({ code: 'identities-withheld' }));
    expect(detail.summary.warnings).toContainEqual(expect.objectContaining({ code: 'evidence-not-redacted' }));
    expect(sources.defaultPlan.sections.find((s) => s.kind === 'statements')!.items).toContain('g:hearsay-notice');
  });

  it('warns about an evidence file that names a withheld person, with the file and the page', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText('Statement taken from George Pike about the landing', { x: 50, y: 700, size: 12 });
    await app.must('evidence:add', { caseId: app.caseId, fileName: 'witness-note.pdf', source: 'Officer', obtainedOn: '2026-11-20', description: 'Note of what the neighbour saw', bytes: await doc.save() });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'lena', passphrase: 'river stone lantern' });
    const report = await app.must('bundle:check', { caseId: app.caseId });
    const note = report.items.find((i) => i.fileName === 'witness-note.pdf')!;
    expect(note.status).toBe('warning');
    expect(note.problems.join(' ')).toMatch(/witness-note\.pdf.*names or identifies someone withheld from the court \(“George Pike” on page 1/);
  });

  it('flags an evidence file naming the withheld witness by any recorded identifier, not only the name', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    const view = await app.must('case:get', { id: app.caseId });
    const witness = view.parties.find((p) => p.role === 'witness')!;
    await app.must('party:update', { id: witness.id, party: { key: 'w', role: 'witness', name: 'George Pike', otherNames: ['Jorge Pyke'], phone: '07700 900456', address: '6 Elm Road', postcode: 'N1 1AB' } });
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    // No "George Pike" anywhere: another spelling, his phone written with other spaces, his house number in words.
    page.drawText('Caller gave his name as Jorge Pyke, phone 07700900 456.', { x: 50, y: 700, size: 12 });
    page.drawText('He lives at number six and saw the door kicked.', { x: 50, y: 680, size: 12 });
    await app.must('evidence:add', { caseId: app.caseId, fileName: 'call-log.pdf', source: 'Officer', obtainedOn: '2026-11-20', description: 'Call log', bytes: await doc.save() });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'lena', passphrase: 'river stone lantern' });
    const report = await app.must('bundle:check', { caseId: app.caseId });
    const problems = report.items.find((i) => i.fileName === 'call-log.pdf')!.problems.join(' ');
    expect(problems).toMatch(/names or identifies someone withheld from the court/);
    expect(problems).toContain('“Jorge Pyke” on page 1, Witness A’s name as otherwise spelt');
    expect(problems).toContain('“07700900 456” on page 1, Witness A’s phone number');
    expect(problems).toContain('“number six” on page 1, Witness A’s flat or house number');
  });

  it('names the complainant and witness when their written consent covers the court', async () => {
    const app = await bundleCase(temp(), { consent: true, files: ['multi'] });
    const { pdf, sources } = await buildDefault(app);
    const text = await allText(pdf.bytes);
    expect(text).toContain('Amira Haddad');
    expect(sources.redaction.applies).toBe(false);
    expect(sources.defaultPlan.sections.find((s) => s.kind === 'statements')!.items).not.toContain('g:hearsay-notice');
  });
});

describe('late additions (B14)', () => {
  it('appends them after the last page, paginated on, every earlier page keeping its number; the result passes the checker', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'landscape'] });
    const first = await buildDefault(app);
    const before = first.detail.manifest!;
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    const late = await app.must('evidence:add', { caseId: app.caseId, fileName: 'late.pdf', source: 'Police', obtainedOn: '2026-11-21', description: 'Police incident log received after the bundle', bytes: await fx.multiPage(3, 'Police log') });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'lena', passphrase: 'river stone lantern' });
    const plan = { ...first.plan, sections: [{ kind: 'exhibits' as const, items: [`e:${late.id}`] }] };
    await acceptRedactions(app, app.caseId, plan, first.job.bundleId);
    const job = await app.must('bundle:build', { caseId: app.caseId, plan, lateAdditionsTo: first.job.bundleId });
    let p = await app.must('job:status', { jobId: job.jobId });
    while (p.state === 'running') p = await poll(app, job.jobId);
    expect(p).toMatchObject({ state: 'done', progress: 1 });
    const pdf = await app.must('bundle:content', { bundleId: job.bundleId, part: 'pdf' });
    const detail = await app.must('bundle:get', { bundleId: job.bundleId });
    const after = detail.manifest!;
    expect(after.late).toEqual({ basedOn: first.job.bundleId, firstPage: before.pageCount + 1 });
    const lateSection = after.sections.at(-1)!;
    expect(lateSection).toMatchObject({ kind: 'late', tab: String.fromCharCode(65 + before.sections.length), start: before.pageCount + 1 });
    expect(after.sections.slice(0, -1)).toEqual(before.sections);
    expect(after.pageCount).toBe(before.pageCount + 1 + 3);
    const check = await checkBundle(pdf.bytes, rowsOf(after));
    expect(check.problems, explain(check)).toEqual([]);
    // The pages after the index are the very same pages, byte for byte in their content.
    const a = await allText(first.pdf.bytes);
    const b = await allText(pdf.bytes);
    expect(b.split('\n').slice(before.index.end, before.pageCount)).toEqual(a.split('\n').slice(before.index.end, before.pageCount));
  });

  it('or makes a separate supplementary bundle numbered from 1 (UKSC style)', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'landscape'] });
    const first = await buildDefault(app);
    const plan = { ...first.plan, letter: 'A1', sections: [{ kind: 'exhibits' as const, items: [`e:${app.evidence.landscape!.id}`] }] };
    await acceptRedactions(app, app.caseId, plan, first.job.bundleId, 'separate');
    const job = await app.must('bundle:build', { caseId: app.caseId, plan, lateAdditionsTo: first.job.bundleId, lateMode: 'separate' });
    let p = await app.must('job:status', { jobId: job.jobId });
    while (p.state === 'running') p = await poll(app, job.jobId);
    const pdf = await app.must('bundle:content', { bundleId: job.bundleId, part: 'pdf' });
    const check = await checkBundle(pdf.bytes);
    expect(check.problems, explain(check)).toEqual([]);
    expect(check.stamps[0]).toBe('1');
    expect(await allText(pdf.bytes)).toContain('SUPPLEMENTARY BUNDLE');
    expect(p.result).toMatchObject({ kind: 'bundle', bundle: { fileName: expect.stringMatching(/ - Bundle A1 - /) } });
  });
});

describe('the build runs as a job', () => {
  it('can be cancelled: nothing of it is kept but its record', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'photo', 'sideways-photo', 'landscape'] });
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    await acceptRedactions(app, app.caseId, sources.defaultPlan);
    const job = await app.must('bundle:build', { caseId: app.caseId, plan: sources.defaultPlan });
    expect(await app.call('bundle:build', { caseId: app.caseId, plan: sources.defaultPlan })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await app.must('job:cancel', { jobId: job.jobId });
    let p = await app.must('job:status', { jobId: job.jobId });
    while (p.state === 'running') p = await poll(app, job.jobId);
    expect(p.state).toBe('cancelled');
    const list = await app.must('bundle:list', { caseId: app.caseId });
    expect(list[0]).toMatchObject({ id: job.bundleId, status: 'cancelled' });
    const { db } = app.core.sessions.current()!.ws;
    expect(db.prepare('SELECT count(*) AS n FROM bundle_files WHERE bundle_id = ?').get(job.bundleId)).toEqual({ n: 0 });
    expect(await app.call('bundle:content', { bundleId: job.bundleId, part: 'pdf' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('who may build a bundle', () => {
  it('legal users, for cases referred to legal; not officers; a restricted case needs opening with a reason first', async () => {
    const app: BundleCase = await bundleCase(temp(), { files: [], restricted: true });
    expect(await app.call('bundle:sources', { caseId: app.caseId })).toMatchObject({ ok: false, error: { code: 'reason-required', message: expect.stringMatching(/Open the case and give your reason/) } });
    await app.must('case:get', { id: app.caseId, reason: 'Preparing the injunction hearing bundle' });
    const ok = await app.must('bundle:sources', { caseId: app.caseId });
    expect(ok.ref).toBe(app.ref);
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    await app.must('case:get', { id: app.caseId, reason: 'Taking the case back from the legal team' });
    await addUser(app, { username: OFFICER.username, displayName: OFFICER.displayName, role: 'officer', passphrase: OFFICER.passphrase });
    await app.must('case:update', { id: app.caseId, legalReferred: false });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: OFFICER.username, passphrase: OFFICER.passphrase });
    expect(await app.call('bundle:sources', { caseId: app.caseId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'lena', passphrase: 'river stone lantern' });
    // No longer referred: the legal user cannot see it at all.
    expect(await app.call('case:get', { id: app.caseId, reason: 'Preparing the injunction hearing bundle' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await app.call('bundle:sources', { caseId: app.caseId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('the checker itself', () => {
  it('finds stamps that do not match, rows that link elsewhere, upside-down pages and a bundle that does not open at 100%', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'landscape'] });
    const { pdf } = await buildDefault(app);
    const doc = await PDFDocument.load(pdf.bytes);
    // Swap two exhibit pages, turn one upside down, and open at "fit page".
    const pages = doc.getPages();
    const last = doc.getPageCount() - 1;
    doc.removePage(last);
    doc.insertPage(last - 2, pages[last]!);
    doc.getPage(5).setRotation(degrees(180));
    const open = doc.catalog.lookup(PDFName.of('OpenAction'), PDFArray);
    open.set(1, PDFName.of('Fit'));
    const index = doc.getPage(1).node.lookup(PDFName.of('Annots'), PDFArray);
    (index.lookup(2, PDFDict).lookup(PDFName.of('Dest'), PDFArray)).set(0, doc.getPage(9).ref);
    doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: [0, { S: 'D', St: PDFNumber.of(1) }] }));
    const broken = await checkBundle(await doc.save());
    const rules = new Set(broken.problems.map((p) => p.rule));
    expect([...rules].sort()).toEqual(['B10', 'B2', 'B4', 'B6', 'B7', 'B9']);
    expect(broken.problems.find((p) => p.rule === 'B9')!.message).toMatch(/Page 6 has \/Rotate 180/);
  });
});

describe('two workers (engine/part.ts)', () => {
  it('builds the same bundle when a helper worker does half the evidence', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'landscape', 'rotated', 'turned', 'bookmarked', 'scanned', 'photo', 'sideways-photo', 'png'] });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    for (let i = 0; i < 10; i += 1) {
      await app.must('evidence:add', { caseId: app.caseId, fileName: `log-${i}.pdf`, source: 'Estate office', obtainedOn: '2026-11-21', description: `Log sheet ${i}`, bytes: await fx.multiPage(1 + (i % 3), `Log ${i}`) });
    }
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'lena', passphrase: 'river stone lantern' });
    const before = process.env.HEARTH_BUNDLE_HELPER;
    process.env.HEARTH_BUNDLE_HELPER = '1';
    try {
      const { pdf, detail } = await buildDefault(app);
      const check = await checkBundle(pdf.bytes, rowsOf(detail.manifest!));
      expect(check.problems, explain(check)).toEqual([]);
      const exhibits = check.outline.find((o) => o.title.startsWith('D.'))!;
      expect(exhibits.children.find((o) => o.title.includes('Police report'))!.children).toHaveLength(2);
      expect(await allText(pdf.bytes)).toContain('Log 9 page 1 of 1');
    } finally {
      if (before === undefined) delete process.env.HEARTH_BUNDLE_HELPER;
      else process.env.HEARTH_BUNDLE_HELPER = before;
    }
  });
});

describe('the builder screen’s worker warms up (engine/warm-up.ts)', () => {
  it('on a made-up bundle once the preview is shown, and gives way to a build', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'rotated'] });
    // The review done first (its exhibits read for boxes, issue 16), so that "built at once" below is at once.
    await acceptRedactions(app, app.caseId, (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan);
    await stopReadyWorker();
    // Opened, previewed and read: the warm-up runs to the end.
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    await app.must('bundle:preview', { caseId: app.caseId, plan: sources.defaultPlan });
    const left = await readyWorkerWarmedUp();
    expect(left).toMatchObject({ finished: true });
    expect(left!.ms).toBeGreaterThan(0);
    await stopReadyWorker();
    // Previewed and built at once: the warm-up never gets in the way, and the bundle is the officer's own.
    await app.must('bundle:preview', { caseId: app.caseId, plan: (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan });
    const warming = readyWorkerWarmedUp();
    const { pdf, detail } = await buildDefault(app);
    expect(await warming).toMatchObject({ finished: false });
    const check = await checkBundle(pdf.bytes, rowsOf(detail.manifest!));
    expect(check.problems, explain(check)).toEqual([]);
    const text = await allText(pdf.bytes);
    expect(text).toContain('Diary page 1 of 5');
    expect(text).not.toContain('Warm-up');
  });
});

describe('the builder screen’s worker opens the plan’s files while the preview is shown (engine/read-ahead.ts)', () => {
  it('so Build copies them without reading or parsing them again, into the same bundle', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'rotated', 'bookmarked', 'landscape'] });
    await acceptRedactions(app, app.caseId, (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan);
    await stopReadyWorker();
    // Built with no preview first: every file read from the workspace and parsed during the build.
    const plain = await buildDefault(app);
    expect(lastTiming['source files: parse']).toBeGreaterThan(0);
    await stopReadyWorker();
    // Previewed, the officer reads the index (the worker warms up and opens the files), then Build.
    await app.must('bundle:preview', { caseId: app.caseId, plan: (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan });
    expect(await readyWorkerWarmedUp()).toMatchObject({ finished: true });
    expect(await readyWorkerReadAhead()).toBe(true);
    const ahead = await buildDefault(app);
    // No file was parsed during this build (nor hashed: they were checked against their SHA-256 when opened)...
    expect(lastTiming['source files: parse']).toBeUndefined();
    expect(lastTiming['source files: hash']).toBeUndefined();
    expect(lastTiming['source files: copy']).toBeGreaterThan(0);
    // ...and the bundle is the same as the one built the long way: pages, bookmarks, text, and every check passes.
    const check = await checkBundle(ahead.pdf.bytes, rowsOf(ahead.detail.manifest!));
    expect(check.problems, explain(check)).toEqual([]);
    const before = await checkBundle(plain.pdf.bytes, rowsOf(plain.detail.manifest!));
    expect(ahead.detail.summary.pageCount).toBe(plain.detail.summary.pageCount);
    expect(check.outline.map((o) => [o.title.replace(/^[A-Z]\./, ''), o.children.length])).toEqual(before.outline.map((o) => [o.title.replace(/^[A-Z]\./, ''), o.children.length]));
    const text = await allText(ahead.pdf.bytes);
    for (const words of ['Diary page 1 of 5', 'Log 9 page 1 of 1']) expect(text.includes(words)).toBe((await allText(plain.pdf.bytes)).includes(words));
    expect(text).toContain('Diary page 1 of 5');

    // The build's worker is kept for the next request: previewed again on it (warm by now, no warm-up of
    // its own), the files are opened ahead again, and the second build uses them too.
    await app.must('bundle:preview', { caseId: app.caseId, plan: (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan });
    expect(await readyWorkerReadAhead()).toBe(true);
    const again = await buildDefault(app);
    expect(lastTiming['source files: parse']).toBeUndefined();
    expect(again.detail.summary.pageCount).toBe(plain.detail.summary.pageCount);
  });
});

describe('a bundle worker kept ready for the builder screen', () => {
  it('goes when the workspace is locked or signed out of, with the files it opened and the layout it holds', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'rotated'] });
    await acceptRedactions(app, app.caseId, (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan);
    await app.must('bundle:preview', { caseId: app.caseId, plan: (await app.must('bundle:sources', { caseId: app.caseId })).defaultPlan });
    await readyWorkerWarmedUp();
    expect(readyWorkers()).toBeGreaterThan(0);
    await app.must('session:signOut', {});
    // Taken out of the pool as the session closes (and ended), not left for its idle time of two minutes.
    expect(readyWorkers()).toBe(0);
  });
});

describe('typed transcripts of exhibits that are hard to read (B17; PD 32 para 27.11)', () => {
  it('keep an unreadable exhibit out until it has one, then place it straight after the exhibit, indexed, bookmarked and redacted', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'scanned'] });
    const scan = app.evidence.scanned!;
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    // A transcript goes only with an exhibit marked hard to read; the reason is said.
    const stray = await app.call('evidence:transcript', { id: scan.id, illegible: false, transcript: 'Something typed' });
    expect(stray.ok ? null : stray.error.message).toMatch(/Tick “Hard to read”/);
    const marked = await app.must('evidence:transcript', { id: scan.id, illegible: true, transcript: '   ' });
    expect(marked).toMatchObject({ illegible: true, transcript: null, transcriptBy: null });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'lena', passphrase: 'river stone lantern' });

    // Marked but not typed: warned about, left out of the default plan, and refused if put back.
    const sources = await app.must('bundle:sources', { caseId: app.caseId });
    const key = `e:${scan.id}`;
    expect(sources.warnings).toContainEqual(expect.objectContaining({ code: 'needs-transcript', key }));
    expect(sources.defaultPlan.sections.flatMap((s) => s.items)).not.toContain(key);
    const withScan = { ...sources.defaultPlan, sections: sources.defaultPlan.sections.map((s) => (s.kind === 'exhibits' ? { ...s, items: [...s.items, key] } : s)) };
    const refused = await app.call('bundle:build', { caseId: app.caseId, plan: withScan });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'guard', message: expect.stringMatching(/hard to read and has no typed transcript yet.*PD 32 para 27\.11/) });

    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'ada', passphrase: 'correct horse battery staple' });
    const typed = await app.must('evidence:transcript', { id: scan.id, illegible: true, transcript: 'Dear Housing,\r\nAmira Haddad at 4 Elm Road was shouted at again.\n\nSigned, a neighbour' });
    expect(typed).toMatchObject({ illegible: true, transcriptBy: 'Ada Lovelace', transcript: 'Dear Housing,\nAmira Haddad at 4 Elm Road was shouted at again.\n\nSigned, a neighbour' });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'lena', passphrase: 'river stone lantern' });

    const { pdf, detail } = await buildDefault(app);
    const check = await checkBundle(pdf.bytes, rowsOf(detail.manifest!));
    expect(check.problems, explain(check)).toEqual([]);
    const row = detail.manifest!.sections.flatMap((s) => s.documents).find((d) => d.key === key)!;
    expect(row.title).toMatch(/with a typed transcript$/);
    // Exhibit sheet, the two scanned pages, then the transcript: the row's last page.
    expect(row.end - row.start + 1).toBe(4);
    const pages = (await allText(pdf.bytes)).split('\n');
    const transcriptPage = pages[row.end - 1]!;
    expect(transcriptPage).toContain(`Typed transcript of exhibit ${scan.exhibitLabel}`);
    expect(transcriptPage).toContain('was shouted at again');
    expect(transcriptPage).toMatch(/The Complainant at \[address withheld\] was shouted at again/);
    for (const word of ['Amira', 'Haddad', '4 Elm Road']) expect(transcriptPage).not.toContain(word);
    expect(pages[row.end - 2]).not.toContain('Typed transcript');
    const exhibitMark = check.outline.find((o) => o.title.startsWith('D.'))!.children.find((o) => o.title.includes(scan.exhibitLabel))!;
    expect(exhibitMark.children.map((c) => c.title)).toContain(`Typed transcript (page ${row.end})`);
  });
});
