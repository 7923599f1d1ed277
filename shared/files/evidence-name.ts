import type { EvidenceType } from '../domain/vocabulary';
import { cleanFileName, lastExtension, peelDangerousExtensions, safeFileName, withoutLastExtension } from './safe-name';

/**
 * The name an evidence file is kept and handed back under (issue 13, finding 4). The rule:
 *
 * 1. The content decides the extension. The name ends in an extension the detected format really has:
 *    the person's own spelling is kept when it is one ("IMG_0001.JPG", "scan.jfif"), otherwise the
 *    format's own is put on ("scan" → "scan.pdf", "call.wav" holding MP3 → "call.mp3").
 * 2. A name ending in a program's, script's or web page's extension loses it: "invoice.pdf.js" holding a
 *    PDF is kept as "invoice.pdf", "photo.jpg.exe" holding a JPEG as "photo.jpg", "statement.hta" holding
 *    a PDF as "statement.pdf". The content has been proved to be evidence; only the name was dangerous.
 * 3. A name that says it is another kind of file Hearth knows ("statement.pdf" holding a PNG) is still
 *    refused, as before: that is usually the wrong file chosen, and the person should look.
 * 4. The rest is cleaned by shared/files/safe-name.ts: no control or bidi characters, no characters
 *    Windows forbids, no trailing dots or spaces, no Windows device names, a bounded length.
 *
 * Content that is not an allowed type is refused before any of this (sniff.ts, refusal()).
 */
export interface Format {
  /** The extension to put on when the name has none of `names`; null when unknown (an old audio record). */
  ext: string | null;
  /** Extensions the name may already end in for this format. */
  names: readonly string[];
}

/** By file-type's extension for the detected format. */
const FORMATS: Record<string, Format> = {
  pdf: { ext: 'pdf', names: ['pdf'] },
  jpg: { ext: 'jpg', names: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  png: { ext: 'png', names: ['png'] },
  apng: { ext: 'png', names: ['png', 'apng'] },
  docx: { ext: 'docx', names: ['docx'] },
  mp3: { ext: 'mp3', names: ['mp3'] },
  wav: { ext: 'wav', names: ['wav', 'wave'] },
  m4a: { ext: 'm4a', names: ['m4a', 'm4b', 'mp4'] },
  aac: { ext: 'aac', names: ['aac'] },
  ogg: { ext: 'ogg', names: ['ogg', 'oga'] },
  oga: { ext: 'oga', names: ['oga', 'ogg'] },
  opus: { ext: 'opus', names: ['opus', 'ogg', 'oga'] },
  flac: { ext: 'flac', names: ['flac'] },
  amr: { ext: 'amr', names: ['amr'] },
};

const AUDIO_NAMES = [...new Set(['mp3', 'wav', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'flac', 'amr'].flatMap((f) => FORMATS[f]!.names))];

/** By Hearth's type alone, for a record whose bytes are not at hand (listings). Audio has many formats. */
const BY_TYPE: Record<EvidenceType, Format> = {
  pdf: FORMATS.pdf!,
  jpeg: FORMATS.jpg!,
  png: FORMATS.apng!,
  docx: FORMATS.docx!,
  audio: { ext: null, names: AUDIO_NAMES },
};

/**
 * Extensions that say what kind of file something is, replaced rather than kept in front of the right
 * one ("call.wav" holding MP3 becomes "call.mp3", not "call.wav.mp3"). Anything else after the last dot
 * is part of the name ("Minutes 21.11.2026" → "Minutes 21.11.2026.pdf").
 */
const KIND_EXTENSIONS = new Set([
  ...Object.values(FORMATS).flatMap((f) => f.names),
  ...['doc', 'dot', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'rtf', 'txt', 'csv', 'msg', 'eml', 'gif', 'webp', 'heic', 'heif', 'avif', 'tif', 'tiff', 'bmp'],
  ...['zip', 'rar', '7z', 'gz', 'mov', 'avi', 'mkv', 'webm', 'wmv', 'mpg', 'mpeg', 'wma'],
]);

export function formatOf(sniffedExt: string | null, type: EvidenceType): Format {
  return (sniffedExt && FORMATS[sniffedExt]) || BY_TYPE[type];
}

/**
 * Rules 1, 2 and 4 (never refuses): for names at intake after the contradiction check, for downloads,
 * and for records kept before this rule existed. Applying it to its own result changes nothing.
 */
export function provenFileName(name: string, format: Format): string {
  const kept = peelDangerousExtensions(cleanFileName(name));
  const ext = lastExtension(kept);
  if (ext && format.names.includes(ext)) return safeFileName(withoutLastExtension(kept), kept.slice(kept.lastIndexOf('.') + 1), 'evidence');
  const stem = ext && KIND_EXTENSIONS.has(ext) && format.ext ? withoutLastExtension(kept) : kept;
  return format.ext ? safeFileName(stem, format.ext, 'evidence') : safeFileName(withoutLastExtension(stem), lastExtension(stem) ?? '', 'evidence');
}

/** The name a stored record is shown and listed under: old records may predate the rule. */
export function listedFileName(stored: string, type: EvidenceType): string {
  return provenFileName(stored, BY_TYPE[type]);
}
