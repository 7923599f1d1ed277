import { inflateSync } from 'node:zlib';
import { LimitError, STREAM_LIMIT } from './limits';
import { PDFContext, PDFName, PDFObjectParser, type PDFRawStream } from './lib';

/**
 * pdf-lib inflates compressed object streams (and cross-reference streams) with its own JavaScript
 * inflater while it parses a file; in a fresh worker that was a noticeable share of reading 300 exhibits.
 * Plain Flate streams (no predictor, not encrypted) are inflated with Node's zlib instead; anything else,
 * or anything zlib refuses as damaged, goes to pdf-lib's own (a Flate stream with a predictor only once
 * zlib has found its size within the limit).
 *
 * A stream that would inflate past STREAM_LIMIT (a decompression bomb) stops there with a LimitError: it
 * is never handed on to pdf-lib's inflater, which would try to hold all of it.
 *
 * The parser reads ByteStream.fromPDFRawStream from the class on each call, so replacing it there is
 * enough; the class is reached through a parser's own byte stream (no deep import into the library).
 */
interface ByteStreamClass {
  of(bytes: Uint8Array): unknown;
  fromPDFRawStream(stream: PDFRawStream): unknown;
}
const byteStream = (PDFObjectParser.forBytes(new Uint8Array(0), PDFContext.create()) as unknown as { bytes: { constructor: ByteStreamClass } }).bytes.constructor;

/** The original, for the fallback and the tests. */
export const originalFromRawStream = byteStream.fromPDFRawStream;

const FLATE = PDFName.of('FlateDecode');
const FILTER = PDFName.of('Filter');
const PARMS = PDFName.of('DecodeParms');

const tooLarge = (error: unknown) => (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';

let installed = false;

export function installFastInflate(): void {
  if (installed) return;
  installed = true;
  byteStream.fromPDFRawStream = (stream: PDFRawStream) => {
    const encrypted = (stream as { transform?: unknown }).transform !== undefined;
    if (!encrypted && stream.dict.get(FILTER) === FLATE) {
      try {
        const bytes = inflateSync(stream.contents, { maxOutputLength: STREAM_LIMIT });
        // With a predictor (cross-reference streams have one) pdf-lib undoes it; its size is now known to be safe.
        if (!stream.dict.has(PARMS)) return byteStream.of(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      } catch (error) {
        if (tooLarge(error)) throw new LimitError('bomb', `one of its compressed streams would inflate to more than ${STREAM_LIMIT / (1024 * 1024)} MB (a “decompression bomb”)`);
        // a damaged stream: let pdf-lib's inflater do what it can, as it would have
      }
    }
    return originalFromRawStream.call(byteStream, stream);
  };
}
