import { inflateSync } from 'node:zlib';
import { PDFName, type PDFRawStream } from 'pdf-lib';

type Decode = { decodePDFRawStream: (stream: PDFRawStream) => { decode(): Uint8Array } };
// The module object itself (a plain require, which esbuild resolves to the same bundled module pdf-lib uses).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const decode = require('pdf-lib/cjs/core/streams/decode') as Decode;

/**
 * pdf-lib inflates compressed object streams with its own JavaScript inflater while it parses a file; in
 * a fresh worker that was a noticeable share of reading 300 exhibits. Plain Flate streams (no predictor)
 * are inflated with Node's zlib instead; anything else, or anything zlib refuses, goes to pdf-lib's own.
 * pdf-lib reads the function from its module object on each call, so replacing it there is enough.
 */
const original = decode.decodePDFRawStream;
const FLATE = PDFName.of('FlateDecode');
const FILTER = PDFName.of('Filter');
const PARMS = PDFName.of('DecodeParms');

let installed = false;

export function installFastInflate(): void {
  if (installed) return;
  installed = true;
  const fast = (stream: PDFRawStream): { decode(): Uint8Array } => {
    if (stream.dict.get(FILTER) === FLATE && !stream.dict.has(PARMS)) {
      try {
        const bytes = inflateSync(stream.contents);
        return { decode: () => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
      } catch {
        // a damaged stream: let pdf-lib's inflater do what it can, as it would have
      }
    }
    return original(stream);
  };
  decode.decodePDFRawStream = fast;
}
