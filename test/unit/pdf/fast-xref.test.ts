import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { installFastXref } from '../../../main/pdf/fast-xref';
import { bookmarked, multiPage, rotated } from '../../fixtures/bundles/make';

/**
 * The cross-reference stream shortcut (main/pdf/fast-xref.ts): a file saved with object streams (as
 * pdf-lib, and most PDF writers since 1.5, save) has a cross-reference stream. With the shortcut pdf-lib
 * must read the same objects and the same trailer without decoding that stream.
 */
async function dump(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
  const objects = [...doc.context.enumerateIndirectObjects()]
    .sort(([a], [b]) => a.objectNumber - b.objectNumber)
    .map(([ref, object]) => `${ref.toString()} ${object.toString()}`);
  const t = doc.context.trailerInfo;
  return [`trailer Root=${String(t.Root)} Info=${String(t.Info)} Encrypt=${String(t.Encrypt)} ID=${String(t.ID)}`, `pages ${doc.getPageCount()}`, ...objects].join('\n');
}

/** The same file with its cross-reference stream's data overwritten (same length): only decoding it would notice. */
function withXrefDataDamaged(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const at = text.lastIndexOf('/Type /XRef');
  const start = text.indexOf('stream', at) + 'stream'.length + 1;
  const end = text.indexOf('endstream', start);
  const copy = Uint8Array.from(bytes);
  copy.fill(0x41, start + 2, end - 1); // keep the two zlib header bytes, the rest is nonsense
  return copy;
}

describe('the cross-reference stream shortcut (main/pdf/fast-xref.ts)', () => {
  it('reads the same objects and trailer as pdf-lib’s own decoding, and never decodes the stream', async () => {
    const files = [await multiPage(4), await bookmarked(), await rotated()];
    for (const f of files) expect(Buffer.from(f).toString('latin1')).toContain('/Type /XRef');
    const before = await Promise.all(files.map(dump));
    expect(before[0]).toMatch(/trailer Root=\d+ 0 R Info=\d+ 0 R/);
    expect(before[0]).toContain('pages 4');

    installFastXref();
    expect(await Promise.all(files.map(dump))).toEqual(before);

    // With the stream's data destroyed the trailer still comes from its dictionary: it was not decoded.
    expect(await dump(withXrefDataDamaged(files[0]!))).toEqual(before[0]);
  });
});
