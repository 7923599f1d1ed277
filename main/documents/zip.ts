import { crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';

/**
 * Zip packages for DOCX files (fflate, the zip library docx and pdfkit already use): putting a batch's
 * document.xml back into the package the docx writer made for one letter, and the bundle's DOCX index.
 * Reading is bounded: a package with too many entries, or entries that say they inflate to more than
 * the limits, is refused before anything is inflated (the packages read here are Hearth's own, so this is
 * a guard, not a path anyone should meet).
 */
export const MAX_ENTRIES = 10_000;
export const MAX_UNZIPPED = 256 * 1024 * 1024;

export function unzipEntries(bytes: Uint8Array): Map<string, Buffer> {
  let entries = 0;
  let total = 0;
  const files = unzipSync(bytes, {
    filter(file) {
      entries += 1;
      total += file.originalSize;
      if (entries > MAX_ENTRIES) throw new Error(`zip: more than ${MAX_ENTRIES} entries`);
      if (total > MAX_UNZIPPED) throw new Error(`zip: the entries would unzip to more than ${MAX_UNZIPPED / (1024 * 1024)} MB`);
      return true;
    },
  });
  const out = new Map<string, Buffer>();
  for (const [name, data] of Object.entries(files)) {
    // Declared sizes are only claims: the inflated sizes are checked too.
    if (data.length > MAX_UNZIPPED) throw new Error(`zip: ${name} unzips to more than ${MAX_UNZIPPED / (1024 * 1024)} MB`);
    out.set(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  return out;
}

/** 1 January 2000, 00:00 (local time, as zip's DOS dates are): a fixed stamp, so the same letters make the same bytes. */
const STAMP = new Date(2000, 0, 1);

/**
 * The container is fflate's; the deflating is Node's zlib (fflate's JavaScript deflate cost a bundle's
 * DOCX index about twenty times as long, measured): each entry goes in already compressed, with its size
 * and CRC, as fflate's streaming interface allows.
 */
export function zipEntries(files: ReadonlyMap<string, Uint8Array>): Buffer {
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else chunks.push(chunk);
  });
  for (const [name, data] of files) {
    const entry: ZipInputFile = { filename: name, size: data.length, crc: crc32(data), compression: 8, mtime: STAMP };
    zip.add(entry);
    entry.ondata!(null, deflateRawSync(data), true);
  }
  zip.end();
  if (failed) throw failed;
  return Buffer.concat(chunks);
}
