import { constants, deflateRawSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { installFastInflate } from '../../../main/pdf/fast-inflate';
import { openEvidencePdf } from '../../../main/pdf/evidence-pdf';
import { bookmarked, multiPage, rotated } from '../../fixtures/bundles/make';

/**
 * The inflate shortcut (main/pdf/fast-inflate.ts) must read object streams into the same objects as
 * pdf-lib's own inflater, and must stop a decompression bomb inside an object stream at the cap.
 */
async function dump(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
  return [...doc.context.enumerateIndirectObjects()]
    .sort(([a], [b]) => a.objectNumber - b.objectNumber)
    .map(([ref, object]) => `${ref.toString()} ${object.toString()}`)
    .join('\n');
}

/** An object stream holding one real object, followed by `mib` MiB of zeros in the same Flate stream. */
function objectStreamBomb(mib: number): Uint8Array {
  const objects = '<< /Type /Catalog /Pages 3 0 R >>';
  const header = '2 0 ';
  const prefix = Buffer.from(`${header}${objects}`, 'latin1');
  let a = 1;
  let b = 0;
  for (const byte of prefix) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const zeros = mib * 1024 * 1024;
  b = (b + ((zeros % 65521) * a) % 65521) % 65521;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([Buffer.from([0x78, 0x9c]), deflateRawSync(prefix, { finishFlush: constants.Z_SYNC_FLUSH }), ...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00]), adler]);
  const body = [
    '%PDF-1.5',
    `1 0 obj << /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${data.length} >> stream`,
  ].join('\n');
  const tail = ['', 'endstream endobj', '3 0 obj << /Type /Pages /Kids [4 0 R] /Count 1 >> endobj', '4 0 obj << /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] >> endobj', 'trailer << /Root 2 0 R /Size 5 >>', '%%EOF', ''].join('\n');
  return Buffer.concat([Buffer.from(`${body}\n`, 'latin1'), data, Buffer.from(tail, 'latin1')]);
}

describe('the inflate shortcut (main/pdf/fast-inflate.ts)', () => {
  it('reads object streams into the same objects as pdf-lib’s own inflater', async () => {
    const files = [await multiPage(4), await bookmarked(), await rotated()];
    const before = await Promise.all(files.map(dump));
    expect(before[0]).toContain('/Type /Page');
    installFastInflate();
    expect(await Promise.all(files.map(dump))).toEqual(before);
  });

  it('stops a bomb inside an object stream at the cap instead of inflating it', async () => {
    installFastInflate();
    const bytes = objectStreamBomb(200);
    expect(bytes.length).toBeLessThan(400 * 1024);
    const started = performance.now();
    const opened = await openEvidencePdf(bytes);
    // The object stream is refused whole (pdf-lib carries on without its objects): no catalog, so no pages.
    expect(opened.ok ? opened.pages.length : 0).toBe(0);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
