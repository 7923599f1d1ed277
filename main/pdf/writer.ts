import type { PDFContext, PDFObject, PDFRef } from './lib';

/**
 * Writes a PDF as it is built, so memory stays bounded however long the bundle is (pdf-lib holds a whole
 * document in memory and has no streaming output: pdf-lib #197, #831). Objects are serialised with
 * pdf-lib's own writers and dropped from the context once written; only the references the end of the
 * file needs (pages, fonts, the outline) are kept. The cross-reference table is a classic one.
 */
export type Sink = (chunk: Uint8Array) => void;

const CHUNK = 1 << 20;
const latin1 = (s: string) => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) out[i] = s.charCodeAt(i) & 0xff;
  return out;
};

const ENDOBJ = latin1('\nendobj\n');

export class StreamingWriter {
  private buffer = new Uint8Array(CHUNK);
  private pos = 0;
  /** Bytes handed to the sink so far plus those waiting in the buffer. */
  private offset = 0;
  private readonly offsets = new Map<number, number>();

  constructor(private readonly sink: Sink) {
    this.raw(latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'));
  }

  get bytesWritten(): number {
    return this.offset;
  }

  private raw(bytes: Uint8Array): void {
    if (bytes.length > this.buffer.length - this.pos) {
      this.drain();
      if (bytes.length > this.buffer.length) {
        this.sink(bytes.slice());
        this.offset += bytes.length;
        return;
      }
    }
    this.buffer.set(bytes, this.pos);
    this.pos += bytes.length;
    this.offset += bytes.length;
  }

  private drain(): void {
    if (this.pos === 0) return;
    this.sink(this.buffer.slice(0, this.pos));
    this.pos = 0;
  }

  writeObject(ref: PDFRef, object: PDFObject): void {
    this.offsets.set(ref.objectNumber, this.offset);
    const size = object.sizeInBytes();
    const head = latin1(`${ref.objectNumber} 0 obj\n`);
    const tail = ENDOBJ;
    if (size + head.length + tail.length <= this.buffer.length - this.pos) {
      this.buffer.set(head, this.pos);
      this.pos += head.length;
      object.copyBytesInto(this.buffer, this.pos);
      this.pos += size;
      this.buffer.set(tail, this.pos);
      this.pos += tail.length;
      this.offset += head.length + size + tail.length;
      return;
    }
    this.raw(head);
    const body = new Uint8Array(size);
    object.copyBytesInto(body, 0);
    this.raw(body);
    this.raw(tail);
  }

  /** Writes objects another worker serialised: `entries` are [object number, offset within bytes]. */
  append(bytes: Uint8Array, entries: readonly number[]): void {
    for (let i = 0; i + 1 < entries.length; i += 2) this.offsets.set(entries[i]!, this.offset + entries[i + 1]!);
    this.raw(bytes);
  }

  /** Writes every object in the context except those kept, and forgets them. */
  flush(ctx: PDFContext, keep: ReadonlySet<PDFRef> = new Set()): number {
    let n = 0;
    for (const [ref, object] of ctx.enumerateIndirectObjects()) {
      if (keep.has(ref)) continue;
      this.writeObject(ref, object);
      ctx.delete(ref);
      n += 1;
    }
    return n;
  }

  /** Writes what is left, the cross-reference table and the trailer, and hands over the last bytes. */
  finish(ctx: PDFContext, trailer: { root: PDFRef; info: PDFRef; id: [string, string] }): void {
    this.flush(ctx);
    const size = ctx.largestObjectNumber + 1;
    const xrefAt = this.offset;
    const lines: string[] = [`xref\n0 ${size}\n`];
    // Free entries (numbers reserved but never written) are chained, as PDF 32000 7.5.4 asks.
    const free: number[] = [];
    for (let n = 1; n < size; n += 1) if (!this.offsets.has(n)) free.push(n);
    lines.push(`${String(free[0] ?? 0).padStart(10, '0')} 65535 f \n`);
    let f = 0;
    for (let n = 1; n < size; n += 1) {
      const at = this.offsets.get(n);
      if (at === undefined) {
        f += 1;
        lines.push(`${String(free[f] ?? 0).padStart(10, '0')} 00001 f \n`);
      } else lines.push(`${String(at).padStart(10, '0')} 00000 n \n`);
    }
    this.raw(latin1(lines.join('')));
    this.raw(
      latin1(
        `trailer\n<< /Size ${size} /Root ${trailer.root.objectNumber} 0 R /Info ${trailer.info.objectNumber} 0 R /ID [<${trailer.id[0]}> <${trailer.id[1]}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`,
      ),
    );
    this.drain();
  }
}
