import { PDFName, PDFXRefStreamParser, type PDFRawStream } from './lib';

/**
 * pdf-lib reads a file's objects one after another. When it meets a cross-reference stream it decodes
 * all of it: it inflates the stream, undoes the predictor and reads every entry. It then keeps only four
 * keys of the stream's dictionary as the trailer and drops the entries, because it never looks objects
 * up by offset. Hearth takes those four keys from the dictionary and leaves the stream undecoded.
 *
 * The result is the same objects and the same trailer (fast-xref.test.ts). A cold bundle worker no longer
 * inflates 300 cross-reference streams for nothing (issue 15: about 12 ms of a cold `hearth bundle` build
 * of 300 exhibits). A damaged or oversized cross-reference stream is no longer decoded at all; it made no
 * difference before either, since pdf-lib's parser carries on past an object it cannot read.
 *
 * pdf-lib's parser reads `PDFXRefStreamParser.forStream` from the public class on each call, so
 * replacing it there is enough.
 */
const ROOT = PDFName.of('Root');
const ENCRYPT = PDFName.of('Encrypt');
const INFO = PDFName.of('Info');
const ID = PDFName.of('ID');

let installed = false;

export function installFastXref(): void {
  if (installed) return;
  installed = true;
  PDFXRefStreamParser.forStream = (stream: PDFRawStream) =>
    ({
      parseIntoContext: () => {
        const dict = stream.dict;
        dict.context.trailerInfo = { Root: dict.get(ROOT), Encrypt: dict.get(ENCRYPT), Info: dict.get(INFO), ID: dict.get(ID) };
        return [];
      },
    }) as unknown as PDFXRefStreamParser;
}
