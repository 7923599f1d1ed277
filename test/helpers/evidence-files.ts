import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * Small, real-enough files of every kind the evidence tests need, built in memory: the headers are
 * what file-type and Hearth's own checks read, so each is exact where it matters.
 */

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const u16 = (n: number) => Buffer.from([(n >> 8) & 255, n & 255]);

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.from(type, 'latin1');
  return Buffer.concat([u32(data.length), head, data, u32(crc32(Buffer.concat([head, data])))]);
}

/**
 * A PNG of the given size. Small ones are complete and valid (grey, 8-bit); for huge ones only the
 * header claims the size (as a decompression bomb's would) and the pixel data is a token.
 */
export function png(width: number, height: number): Buffer {
  const ihdr = Buffer.concat([u32(width), u32(height), Buffer.from([8, 0, 0, 0, 0])]);
  const raw = width * height <= 1_000_000 ? Buffer.alloc((width + 1) * height, 0x80) : Buffer.alloc(16);
  if (width * height <= 1_000_000) for (let y = 0; y < height; y += 1) raw[y * (width + 1)] = 0; // filter type 0 per row
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}

const segment = (marker: number, payload: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), u16(payload.length + 2), payload]);
const sof0 = (width: number, height: number) => segment(0xc0, Buffer.concat([Buffer.from([8]), u16(height), u16(width), Buffer.from([1, 1, 0x11, 0])]));

/**
 * A baseline JPEG header with the given size, and (optionally) an EXIF block holding a thumbnail
 * whose own frame header says 160 × 120, to prove the reader skips it. Scan data is a token.
 */
export function jpeg(width: number, height: number, opts: { exifThumbnail?: boolean; fillBytes?: boolean } = {}): Buffer {
  const parts = [Buffer.from([0xff, 0xd8]), segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'))];
  if (opts.exifThumbnail) {
    const thumb = Buffer.concat([Buffer.from([0xff, 0xd8]), sof0(160, 120), Buffer.from([0xff, 0xd9])]);
    parts.push(segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), thumb])));
  }
  parts.push(segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])));
  if (opts.fillBytes) parts.push(Buffer.from([0xff, 0xff]));
  parts.push(sof0(width, height));
  parts.push(segment(0xc4, Buffer.concat([Buffer.from([0]), Buffer.alloc(16, 0), Buffer.alloc(0)])));
  parts.push(segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])));
  parts.push(Buffer.from([0x12, 0x34, 0x56, 0x78, 0xff, 0xd9]));
  return Buffer.concat(parts);
}

/** A ZIP archive with stored (uncompressed) entries: enough for file-type and any unzip tool. */
export function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const common = Buffer.concat([u16le(20), u16le(0), u16le(0), u16le(0), u16le(0x21), u32le(crc), u32le(data.length), u32le(data.length), u16le(nameBytes.length), u16le(0)]);
    const local = Buffer.concat([u32le(0x04034b50), common, nameBytes, data]);
    centrals.push(Buffer.concat([u32le(0x02014b50), u16le(20), common, u16le(0), u16le(0), u16le(0), u32le(0), u32le(offset), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([u32le(0x06054b50), u16le(0), u16le(0), u16le(centrals.length), u16le(centrals.length), u32le(central.length), u32le(offset), u16le(0)]);
  return Buffer.concat([...locals, central, end]);
}
function u16le(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A minimal Word document: the parts Word itself needs, and what file-type looks for. */
export function docx(text = 'Statement of Amira Haddad'): Buffer {
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

/** An MP3: an ID3v2 tag, then MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each). */
export function mp3(frames = 4): Buffer {
  const id3 = Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([4, 0, 0, 0, 0, 0, 10]), Buffer.alloc(10)]);
  const frame = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)]);
  return Buffer.concat([id3, ...Array.from({ length: frames }, () => frame)]);
}

/** A WAV: RIFF/WAVE with a PCM fmt chunk and a little silence. */
export function wav(samples = 800): Buffer {
  const fmt = Buffer.concat([u16le(1), u16le(1), u32le(8000), u32le(16000), u16le(2), u16le(16)]);
  const data = Buffer.alloc(samples * 2);
  const body = Buffer.concat([Buffer.from('WAVE', 'latin1'), Buffer.from('fmt ', 'latin1'), u32le(16), fmt, Buffer.from('data', 'latin1'), u32le(data.length), data]);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(body.length), body]);
}

function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([u32(body.length + 8), Buffer.from(type, 'latin1'), body]);
}
const hdlr = (kind: 'soun' | 'vide') => box('hdlr', Buffer.alloc(4), Buffer.alloc(4), Buffer.from(kind, 'latin1'), Buffer.alloc(12), Buffer.from('Handler\0', 'latin1'));

/**
 * An MPEG-4 file: brand 'M4A ' (what iPhones write) or 'isom' (many Android recorders), with tracks
 * whose handlers say sound and/or video.
 */
export function mp4(brand: 'M4A ' | 'isom', tracks: ('soun' | 'vide')[]): Buffer {
  const ftyp = box('ftyp', Buffer.from(brand, 'latin1'), u32(0), Buffer.from(`${brand}mp42isom`, 'latin1'));
  const traks = tracks.map((t) => box('trak', box('mdia', hdlr(t))));
  return Buffer.concat([ftyp, box('moov', ...traks), box('mdat', Buffer.alloc(64))]);
}

/** An Ogg page holding an Opus head (a WhatsApp voice note starts like this). */
export function oggOpus(): Buffer {
  const head = Buffer.concat([Buffer.from('OpusHead', 'latin1'), Buffer.from([1, 1]), u16le(312), u32le(48000), u16le(0), Buffer.from([0])]);
  const page = Buffer.concat([Buffer.from('OggS', 'latin1'), Buffer.from([0, 2]), Buffer.alloc(8), u32le(1), u32le(0), u32le(0), Buffer.from([1, head.length]), head]);
  return Buffer.concat([page, Buffer.alloc(64)]);
}

/** A FLAC stream header (STREAMINFO only). */
export function flac(): Buffer {
  return Buffer.concat([Buffer.from('fLaC', 'latin1'), Buffer.from([0x80, 0, 0, 34]), Buffer.alloc(34, 1), Buffer.alloc(64)]);
}

/** A real PDF made with pdf-lib, with the given number of pages, each saying its number. */
export async function pdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i += 1) doc.addPage([595, 842]).drawText(`Exhibit page ${i}`, { x: 72, y: 770, size: 14, font });
  return Buffer.from(await doc.save());
}
