import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from '../documents/fixture';

/**
 * Issue 17: a letter's stored model copied the partner's logo (about 700 kB with a 512 kB logo, in every
 * letter). The logo is now stored once by SHA-256 and the model names it; a letter made before the partner
 * changed its logo still re-renders with the logo it was made with.
 */
const temp = useTempDirs();

const picture = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'templates', 'pictures', name));
const FIRST = picture('agree.png');
const SECOND = picture('home.png');
const C33 = { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London', postcode: 'N7 8QX', phone: '0300 456 2233', email: 'asb@circle33.org.uk' };
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The bytes of every image XObject page 1 draws (the picture data as written into the PDF), in order. */
async function imageBytes(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const look = (o: unknown) => (o instanceof PDFRef ? pdf.context.lookup(o) : o);
  const resources = look(pdf.getPages()[0]!.node.get(PDFName.of('Resources'))) as PDFDict;
  const xobjects = look(resources.get(PDFName.of('XObject'))) as PDFDict | undefined;
  return [...(xobjects?.entries() ?? [])]
    .map(([, ref]) => look(ref))
    .filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
    .map((o) => sha256(o.contents));
}

describe('the letterhead logo is stored once and named by its hash (issue 17)', () => {
  it('keeps one copy for many letters, none in the stored models, and re-renders an old letter with its own logo after the partner changes theirs', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const { db } = app.core.sessions.current()!.ws;
    await app.must('partners:save', { ...C33, logo: FIRST });
    const request = { caseId: c.id, templateId: 'first-warning', partyId: c.perp.id, actionId: c.first, slots: { incidentsText: 'On 19/11/2026 you threatened to burn a neighbour’s front door.' } };
    const first = await app.must('document:generate', request);
    const second = await app.must('document:generate', request);

    const base64 = FIRST.toString('base64');
    for (const id of [first.id, second.id]) {
      const stored = (db.prepare('SELECT model FROM documents WHERE id = ?').get(id) as { model: string }).model;
      expect(stored).not.toContain(base64.slice(0, 200));
      expect(JSON.parse(stored).letterhead.logo).toMatchObject({ sha256: sha256(FIRST), alt: 'Circle 33 Housing Trust logo', format: 'png' });
    }
    expect(db.prepare('SELECT sha256, length(bytes) AS size FROM letterhead_logos').all()).toEqual([{ sha256: sha256(FIRST), size: FIRST.length }]);
    // Read back, the model carries the picture again (the writers and the preview see a whole model).
    expect((await app.must('document:get', { id: first.id })).model.letterhead?.logo?.data).toBe(base64);

    const asMade = await imageBytes((await app.must('document:export', { id: first.id, format: 'pdf' })).bytes);
    expect(asMade.length).toBeGreaterThan(0);

    await app.must('partners:save', { ...C33, logo: SECOND });
    const newer = await app.must('document:generate', request);
    const withNewLogo = await imageBytes((await app.must('document:export', { id: newer.id, format: 'pdf' })).bytes);
    expect(withNewLogo).not.toEqual(asMade);

    // The old letter, laid out again for a window envelope after the change: the logo it was made with.
    const again = await app.must('document:postPdf', { id: first.id, layout: 'window' });
    expect(await imageBytes(again.bytes)).toEqual(asMade);
    expect(db.prepare('SELECT count(*) AS n FROM letterhead_logos').get()).toEqual({ n: 2 });
  });
});
