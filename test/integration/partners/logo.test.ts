import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkPdfStructure } from '../../helpers/pdf-structure';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from '../documents/fixture';
import { unzip } from '../documents/read-back';

const temp = useTempDirs();

/** A real PNG (one of the Easy Read pictures), 618 bytes or so, that any decoder reads. */
const PNG = readFileSync(join(__dirname, '..', '..', '..', 'templates', 'pictures', 'agree.png'));
const C33 = { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London', postcode: 'N7 8QX', phone: '0300 456 2233', email: 'asb@circle33.org.uk' };

/** The image XObjects page 1 draws, and every Figure's alternative text. */
async function pictures(bytes: Uint8Array): Promise<{ images: number; figureAlts: string[] }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const look = (o: unknown) => (o instanceof PDFRef ? pdf.context.lookup(o) : o);
  const resources = look(pdf.getPages()[0]!.node.get(PDFName.of('Resources'))) as PDFDict;
  const xobjects = look(resources.get(PDFName.of('XObject'))) as PDFDict | undefined;
  const images = [...(xobjects?.entries() ?? [])].filter(([, ref]) => (look(ref) as { dict?: PDFDict }).dict?.get(PDFName.of('Subtype')) === PDFName.of('Image')).length;
  const figureAlts: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('S')) !== PDFName.of('Figure')) continue;
    const alt = look(object.get(PDFName.of('Alt')));
    if (alt instanceof PDFString || alt instanceof PDFHexString) figureAlts.push(alt.decodeText());
  }
  return { images, figureAlts };
}

describe('a partner’s logo on the letterhead (issue 17)', () => {
  it('is printed at the head of the PDF as a Figure named for the partner, and in the DOCX as a picture with its description', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const saved = await app.must('partners:save', { ...C33, logo: PNG });
    expect(saved.logo).toMatchObject({ format: 'png', size: PNG.length });
    expect(saved.logo!.width).toBeGreaterThan(0);

    const request = { caseId: c.id, templateId: 'first-warning', partyId: c.perp.id, actionId: c.first, slots: { incidentsText: 'On 19/11/2026 you threatened to burn a neighbour’s front door.' } };
    const doc = await app.must('document:generate', request);
    const pdf = (await app.must('document:export', { id: doc.id, format: 'pdf' })).bytes;
    const found = await pictures(pdf);
    expect(found.images).toBe(1);
    expect(found.figureAlts).toContain('Circle 33 Housing Trust logo');
    expect(await checkPdfStructure(pdf)).toEqual([]);

    const docx = unzip((await app.must('document:export', { id: doc.id, format: 'docx' })).bytes);
    expect([...docx.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(docx.get('word/document.xml')!.toString('utf8')).toContain('descr="Circle 33 Housing Trust logo"');
  });

  it('stays when the partner is saved as listed, and goes with logo: null', async () => {
    const app = await makeWorkspace(temp());
    await app.must('partners:save', { ...C33, logo: PNG });
    const listed = (await app.must('partners:list', {})).find((p) => p.code === 'C33')!;
    expect((await app.must('partners:save', { ...listed, phone: '0300 111 2222' })).logo).toEqual(listed.logo);
    expect((await app.must('partners:save', { ...listed, logo: null })).logo).toBeNull();
  });

  it.each([
    ['a damaged PNG (a byte of its picture data changed)', () => Object.assign(Buffer.from(PNG), { [PNG.indexOf('IDAT') + 10]: PNG[PNG.indexOf('IDAT') + 10]! ^ 0xff }), /The logo could not be read as a PNG: its “IDAT” part fails its checksum\. The file is damaged or not really a PNG\. Open it in an image editor, save it again as PNG or JPEG/],
    ['a PNG cut short', () => PNG.subarray(0, PNG.length - 40), /The logo could not be read as a PNG: .*cut short|no end/],
    ['a file that is not a picture', () => Buffer.from('%PDF-1.7 not a picture'), /The logo must be a PNG or JPEG picture; this file is neither\./],
    ['a JPEG that is only its first bytes', () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), /The logo could not be read as a JPEG/],
    ['a logo over 512 kB', () => Buffer.alloc(600 * 1024), /logo: The logo can be at most 512 kB/],
  ])('refuses %s with words that say what to do, and keeps the logo it had', async (_what, bytes, message) => {
    const app = await makeWorkspace(temp());
    await app.must('partners:save', { ...C33, logo: PNG });
    const r = await app.call('partners:save', { ...C33, phone: '0300 999 8888', logo: bytes() });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(message) } });
    const after = (await app.must('partners:list', {})).find((p) => p.code === 'C33')!;
    expect(after).toMatchObject({ phone: C33.phone, logo: { format: 'png', size: PNG.length } });
  });

  it('refuses a logo over 2000 pixels wide, saying how big it is', async () => {
    const app = await makeWorkspace(temp());
    // The header says 2400 × 10; the size check comes before the pixels are unpacked.
    const wide = Buffer.from(PNG);
    const ihdr = wide.indexOf('IHDR');
    wide.writeUInt32BE(2400, ihdr + 4);
    const { crc32 } = await import('node:zlib');
    wide.writeUInt32BE(crc32(wide.subarray(ihdr, ihdr + 17)), ihdr + 17);
    expect(await app.call('partners:save', { ...C33, logo: wide })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/The logo is 2400 × \d+ pixels; it can be at most 2000 pixels wide and high\./) } });
  });
});
