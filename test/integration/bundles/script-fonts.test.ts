import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkBundle, describe as explain } from '../../bundle-checker/check';
import { useTempDirs } from '../../helpers/temp';
import { ADMIN, buildDefault, bundleCase, LEGAL } from './setup';

/**
 * A script font goes into a bundle only when a page shows text in it (issue 15): every bundle once
 * embedded Noto Sans Arabic, read and subset on every build, though most bundles have no Arabic at all.
 * The built PDF is walked two ways: the fonts each page's resources name, and every font object in the file.
 */
const temp = useTempDirs();
const ARABIC = 'سمعت دارين ويتكومب يركل بابي';

async function fontsOf(bytes: Uint8Array): Promise<{ named: Set<string>; objects: Set<string> }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const baseName = (font: PDFDict) => (font.lookup(PDFName.of('BaseFont'), PDFName).decodeText() ?? '').replace(/^[A-Z]{6}\+/, '');
  const named = new Set<string>();
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, ref] of fonts?.entries() ?? []) named.add(baseName(doc.context.lookup(ref, PDFDict)));
  }
  const objects = new Set<string>();
  for (const [, o] of doc.context.enumerateIndirectObjects()) if (o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Font') && o.get(PDFName.of('BaseFont'))) objects.add(baseName(o));
  return { named, objects };
}

describe('script fonts in a bundle (issue 15)', () => {
  it('leaves Noto Sans Arabic out of a bundle with no Arabic, and embeds it, extractable, in one with Arabic', async () => {
    const dir = temp();
    const app = await bundleCase(dir, { files: ['multi'] });
    const plain = await buildDefault(app);
    const before = await fontsOf(plain.pdf.bytes);
    // The text fonts are there (the checker's own reading relies on them); no Arabic font anywhere.
    expect(before.named.size).toBeGreaterThan(0);
    expect([...before.named].some((f) => f.includes('Arabic'))).toBe(false);
    expect([...before.objects].filter((f) => f.includes('Arabic'))).toEqual([]);

    // An incident described in Arabic: its words go in the chronology, in Noto Sans Arabic.
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: ADMIN.username, passphrase: ADMIN.passphrase });
    await app.must('incident:add', { caseId: app.caseId, incident: { occurredAt: '2026-11-20T21:10:00Z', description: ARABIC, acts: ['verbal-abuse'] } });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: LEGAL.username, passphrase: LEGAL.passphrase });
    const arabic = await buildDefault(app);
    const after = await fontsOf(arabic.pdf.bytes);
    expect([...after.named]).toContain('NotoSansArabic-Regular');
    expect([...after.objects].filter((f) => f.includes('Arabic'))).toEqual(['NotoSansArabic-Regular']);
    const check = await checkBundle(arabic.pdf.bytes);
    expect(check.problems, explain(check)).toEqual([]);
    // pdftotext wraps right-to-left stretches in embedding marks; without them the words read as written
    // (over two lines of the chronology's narrow column).
    writeFileSync(join(dir, 'arabic.pdf'), arabic.pdf.bytes);
    const text = execFileSync('pdftotext', [join(dir, 'arabic.pdf'), '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(ARABIC);
  });
});
