import { unzipSync, zipSync, type Zippable } from 'fflate';

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

export function zipEntries(files: ReadonlyMap<string, Uint8Array>): Buffer {
  const zippable: Zippable = {};
  for (const [name, data] of files) zippable[name] = [data, { level: 6, mtime: STAMP }];
  const out = zipSync(zippable);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
