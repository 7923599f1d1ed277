import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkPdfStructure } from '../../helpers/pdf-structure';
import { useTempDirs } from '../../helpers/temp';
import * as fx from '../../fixtures/bundles/make';
import { acceptRedactions, ADMIN, buildDefault, bundleCase, LEGAL } from './setup';

/**
 * The bundle is a tagged PDF (issue 15): the parts Hearth writes carry a structure tree (a Document
 * root, headings, paragraphs, the index as a table, in reading order), the language is en-GB, and the
 * photo exhibit is a Figure whose alternative text is the exhibit's description. Read back by poppler's
 * pdfinfo and by walking the objects with pdf-lib, neither of which shares code with the writer.
 */
const temp = useTempDirs();

function run(tool: 'pdfinfo' | 'qpdf', bytes: Uint8Array, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-pdfinfo-'));
  try {
    writeFileSync(join(dir, 'b.pdf'), bytes);
    return execFileSync(tool, [...args, join(dir, 'b.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const pdfinfo = (bytes: Uint8Array) => run('pdfinfo', bytes);
/** qpdf's structural check: throws on errors (exit 2) and on warnings (exit 3). */
const qpdfCheck = (bytes: Uint8Array) => run('qpdf', bytes, ['--check']);

interface Element {
  role: string;
  alt: string | null;
  title: string | null;
  page: number | null;
  mcids: number[];
  kids: Element[];
}

function text(o: PDFObject | undefined): string | null {
  return o instanceof PDFHexString || o instanceof PDFString ? o.decodeText() : null;
}

/** The structure tree as plain data: each element's role, /Alt, page number and marked-content ids. */
function structure(doc: PDFDocument): Element {
  const ctx = doc.context;
  const pageNumber = new Map(doc.getPages().map((p, i) => [p.ref.objectNumber, i + 1]));
  const look = (o: PDFObject | undefined) => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const walk = (d: PDFDict, pageRef: PDFRef | null): Element => {
    const pg = d.get(PDFName.of('Pg'));
    const here = pg instanceof PDFRef ? pg : pageRef;
    const el: Element = { role: (d.get(PDFName.of('S')) as PDFName | undefined)?.decodeText() ?? '(root)', alt: text(d.get(PDFName.of('Alt'))), title: text(d.get(PDFName.of('T'))), page: here ? (pageNumber.get(here.objectNumber) ?? null) : null, mcids: [], kids: [] };
    const k = look(d.get(PDFName.of('K')));
    const items = k instanceof PDFArray ? k.asArray().map(look) : [k];
    for (const item of items) {
      if (item instanceof PDFNumber) el.mcids.push(item.asNumber());
      else if (item instanceof PDFDict) el.kids.push(walk(item, here));
    }
    return el;
  };
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  return walk(root, null);
}

const flat = (e: Element): Element[] => [e, ...e.kids.flatMap(flat)];

describe('the tagged bundle', () => {
  it('says Tagged: yes, has a Document root with headings and the index as a table, and the photo’s description as its /Alt', async () => {
    const app = await bundleCase(temp(), { files: ['multi', 'photo'] });
    const built = await buildDefault(app);
    const bytes = built.pdf.bytes;
    const info = pdfinfo(bytes);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors found/);

    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);

    const tree = structure(doc);
    expect(tree.kids.map((k) => k.role)).toEqual(['Document']);
    const all = flat(tree.kids[0]!);
    const m = built.detail.manifest!;
    // Reading order: the top-level elements follow the pages (cover first, then the index).
    const pages = tree.kids[0]!.kids.map((k) => k.page!);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages[0]).toBe(1);
    // The index: a heading, then a table whose first row is the header and whose rows each have cells.
    const indexPage = m.index.start;
    const onIndex = tree.kids[0]!.kids.filter((k) => k.page === indexPage);
    expect(onIndex[0]).toMatchObject({ role: 'H1' });
    const table = onIndex.find((k) => k.role === 'Table')!;
    expect(table.kids.every((r) => r.role === 'TR')).toBe(true);
    expect(table.kids[0]!.kids.map((c) => c.role)).toEqual(['TH', 'TH', 'TH', 'TH']);
    expect(table.kids.length).toBeGreaterThan(m.sections.length);
    // Headings in the court papers (the application's sections).
    expect(all.filter((e) => e.role === 'H2').length).toBeGreaterThan(3);
    // The photo exhibit: a Figure on its page, its /Alt the description.
    const photo = m.sections.flatMap((s) => s.documents).find((d) => /scorched front door/.test(d.title))!;
    const figures = all.filter((e) => e.role === 'Figure');
    expect(figures).toEqual([expect.objectContaining({ alt: 'Photo of the scorched front door', page: photo.end })]);
    // The imported PDF exhibit's pages (issue 19): each page is one Div, titled with the exhibit, page and
    // description, holding the page's own text (its marked content 0), after its exhibit sheet.
    const diary = m.sections.flatMap((s) => s.documents).find((d) => /Noise diary/.test(d.title))!;
    const tagged = new Set(all.map((e) => e.page));
    expect(tagged.has(diary.start)).toBe(true); // its exhibit sheet
    const pagesOfDiary = diary.end - diary.start;
    for (let p = diary.start + 1; p <= diary.end; p += 1) {
      const onPage = tree.kids[0]!.kids.filter((k) => k.page === p);
      expect(onPage, `page ${p}`).toEqual([expect.objectContaining({ role: 'Div', mcids: [0], title: expect.stringMatching(new RegExp(`^Exhibit \\S+, page ${p - diary.start} of ${pagesOfDiary}: `)) })]);
    }

    // The structure check (issue 19) passes on every page, Hearth's and the imported diary's: no untagged
    // content anywhere. What it still finds is the diary's own: its font (Helvetica, not embedded by whoever
    // made the file: the triage names such files, main/bundles/engine/triage.ts) and its lines, which are
    // the file's as received (a heading line over a sentence) and not Hearth's to rewrite.
    const problems = await checkPdfStructure(bytes);
    const diaryPages = new Set(Array.from({ length: pagesOfDiary }, (_, i) => diary.start + 1 + i));
    expect(problems.filter((p) => p.startsWith('untagged content'))).toEqual([]);
    const receivedAsIs = (p: string) => p === 'font Helvetica is not embedded' || /^run-on lines in one Div: “Diary page \d of \d”/.test(p);
    expect(problems.filter((p) => !receivedAsIs(p))).toEqual([]);
    expect(diaryPages.size).toBeGreaterThan(0);
    expect(all.filter((e) => e.role === 'L').length).toBeGreaterThan(1);
    expect(all.filter((e) => e.role === 'Lbl').length).toBeGreaterThan(10);

    // Each tagged page's /StructParents entry in the parent tree has one element per marked-content id.
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    const parentTree = new Map<number, number>();
    for (let i = 0; i < nums.size(); i += 2) parentTree.set((nums.get(i) as PDFNumber).asNumber(), (nums.lookup(i + 1, PDFArray)).size());
    const mcidsByPage = new Map<number, number>();
    for (const e of all) if (e.page !== null) mcidsByPage.set(e.page, (mcidsByPage.get(e.page) ?? 0) + e.mcids.length);
    doc.getPages().forEach((p, i) => {
      const key = p.node.get(PDFName.of('StructParents'));
      if (!(key instanceof PDFNumber)) return expect(mcidsByPage.has(i + 1), `page ${i + 1}`).toBe(false);
      expect(parentTree.get(key.asNumber()), `page ${i + 1}`).toBe(mcidsByPage.get(i + 1));
    });
  });

  it('makes each page of a scanned exhibit a Figure whose /Alt names the exhibit, the page and its description (issue 19)', async () => {
    const app = await bundleCase(temp(), { files: ['scanned'] });
    const built = await buildDefault(app);
    const bytes = built.pdf.bytes;
    const tree = structure(await PDFDocument.load(bytes, { updateMetadata: false }));
    const scan = built.detail.manifest!.sections.flatMap((s) => s.documents).find((d) => /Scanned handwritten note/.test(d.title))!;
    expect(scan.end - scan.start).toBe(2);
    for (const page of [1, 2]) {
      const onPage = tree.kids[0]!.kids.filter((k) => k.page === scan.start + page);
      expect(onPage).toEqual([expect.objectContaining({ role: 'Figure', mcids: [0], alt: expect.stringMatching(new RegExp(`^Exhibit \\S+, page ${page} of 2, a scanned page with no text layer: Scanned handwritten note$`)) })]);
    }
    // Nothing on any page is outside the tree or an artefact, and every Figure has its text.
    expect(await checkPdfStructure(bytes)).toEqual([]);
  });

  it('puts the pages a second worker writes in the tree too, in reading order (engine/part.ts)', async () => {
    // Cheap to build, for what it proves is the tree, not the pictures or the redaction: everyone consents
    // (no exhibit is read by OCR for the review) and the first part's photo is small (not 4000 × 3000).
    const app = await bundleCase(temp(), { files: ['multi'], consent: true });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await app.must('evidence:add', { caseId: app.caseId, fileName: 'door.jpg', source: 'Police', obtainedOn: '2026-11-21', description: 'Photo of the scorched front door', bytes: fx.photo(640, 480) });
    for (let i = 0; i < 4; i += 1) {
      await app.must('evidence:add', { caseId: app.caseId, fileName: `log-${i}.pdf`, source: 'Estate office', obtainedOn: '2026-11-21', description: `Log sheet ${i}`, bytes: await fx.multiPage(1, `Log ${i}`) });
    }
    await app.must('evidence:add', { caseId: app.caseId, fileName: 'letterbox.jpg', source: 'Police', obtainedOn: '2026-11-21', description: 'Photo of the damaged letterbox', bytes: fx.photo(800, 600) });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
    const before = process.env.HEARTH_BUNDLE_HELPER;
    process.env.HEARTH_BUNDLE_HELPER = '1';
    try {
      const built = await buildDefault(app);
      const bytes = built.pdf.bytes;
      expect(pdfinfo(bytes)).toMatch(/^Tagged:\s+yes$/m);
      expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors found/);
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      const tree = structure(doc);
      const all = flat(tree.kids[0]!);
      const pages = tree.kids[0]!.kids.map((k) => k.page!);
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
      const docs = built.detail.manifest!.sections.flatMap((s) => s.documents);
      const tagged = new Set(all.map((e) => e.page));
      // The helper builds the later files: their exhibit sheets are in the tree, and the last photo is a Figure.
      for (const i of [2, 3]) expect(tagged.has(docs.find((d) => d.title.includes(`Log sheet ${i}`))!.start), `Log sheet ${i}`).toBe(true);
      const letterbox = docs.find((d) => /damaged letterbox/.test(d.title))!;
      expect(all.filter((e) => e.role === 'Figure')).toContainEqual(expect.objectContaining({ alt: 'Photo of the damaged letterbox', page: letterbox.end }));
      // Every page with /StructParents has its own entry in the parent tree, one element per marked-content id.
      const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
      const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
      const keys: number[] = [];
      const sizes = new Map<number, number>();
      for (let i = 0; i < nums.size(); i += 2) {
        const key = (nums.get(i) as PDFNumber).asNumber();
        keys.push(key);
        sizes.set(key, nums.lookup(i + 1, PDFArray).size());
      }
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      const mcidsByPage = new Map<number, number>();
      for (const e of all) if (e.page !== null) mcidsByPage.set(e.page, (mcidsByPage.get(e.page) ?? 0) + e.mcids.length);
      let withKeys = 0;
      doc.getPages().forEach((p, i) => {
        const key = p.node.get(PDFName.of('StructParents'));
        if (!(key instanceof PDFNumber)) return expect(mcidsByPage.has(i + 1), `page ${i + 1}`).toBe(false);
        withKeys += 1;
        expect(sizes.get(key.asNumber()), `page ${i + 1}`).toBe(mcidsByPage.get(i + 1));
      });
      expect(withKeys).toBe(sizes.size);
    } finally {
      if (before === undefined) delete process.env.HEARTH_BUNDLE_HELPER;
      else process.env.HEARTH_BUNDLE_HELPER = before;
    }
  });

  it('stays tagged when late additions are appended (the new cover, index and additions in the tree)', async () => {
    const app = await bundleCase(temp(), { files: ['multi'] });
    const first = await buildDefault(app);
    const before = first.detail.manifest!;
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    const late = await app.must('evidence:add', { caseId: app.caseId, fileName: 'door.jpg', source: 'Police', obtainedOn: '2026-11-21', description: 'Photo of the damaged letterbox', bytes: fx.photo(800, 600) });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
    const plan = { ...first.plan, sections: [{ kind: 'exhibits' as const, items: [`e:${late.id}`] }] };
    await acceptRedactions(app, app.caseId, plan, first.job.bundleId);
    const job = await app.must('bundle:build', { caseId: app.caseId, plan, lateAdditionsTo: first.job.bundleId });
    let p = await app.must('job:status', { jobId: job.jobId });
    while (p.state === 'running') {
      await new Promise((r) => setTimeout(r, 30));
      p = await app.must('job:status', { jobId: job.jobId });
    }
    expect(p.state).toBe('done');
    const bytes = (await app.must('bundle:content', { bundleId: job.bundleId, part: 'pdf' })).bytes;
    expect(pdfinfo(bytes)).toMatch(/^Tagged:\s+yes$/m);
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors found/);
    const all = flat(structure(await PDFDocument.load(bytes, { updateMetadata: false })));
    expect(all.filter((e) => e.role === 'Figure')).toEqual([expect.objectContaining({ alt: 'Photo of the damaged letterbox', page: (await PDFDocument.load(bytes)).getPageCount() })]);
    expect(all.some((e) => e.page === before.index.start && e.role === 'Table')).toBe(true);
  });
});
