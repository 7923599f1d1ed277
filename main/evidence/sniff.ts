import type * as FileType from 'file-type';
import type { EvidenceType } from '../../shared/domain/vocabulary';

/**
 * What a file is, decided from its bytes (security.md §5: magic bytes against an allowlist), never from
 * its name. The detection itself is the well-kept `file-type` package; this module holds Hearth's
 * allowlist, the names people read, and the one check file-type cannot make: whether an MPEG-4 file
 * (.mp4 from many Android recorders) holds only sound.
 *
 * file-type is ESM-only and Hearth's main process is CommonJS (esbuild bundle), so it is loaded with a
 * dynamic import: esbuild bundles it, and vitest and tsx load it natively (test/unit/evidence/sniff-loading).
 */
type FileTypeModule = typeof FileType;
let fileTypeModule: Promise<FileTypeModule> | undefined;
const loadFileType = (): Promise<FileTypeModule> => (fileTypeModule ??= import('file-type'));

export interface Sniffed {
  /** file-type's extension for what the bytes are, e.g. 'png', 'zip'; null when it cannot tell. */
  ext: string | null;
  mime: string | null;
  /** The Hearth evidence type, or null when the content is not one Hearth keeps. */
  type: EvidenceType | null;
  /** What the bytes are, for a sentence: "a PNG image". */
  described: string;
}

/** What Hearth accepts, for messages: "PDF, JPEG, PNG, Word, audio". */
export const ACCEPTED_KINDS = 'PDF, JPEG, PNG, Word, audio';

const ALLOWED: Record<string, EvidenceType> = {
  pdf: 'pdf',
  jpg: 'jpeg',
  png: 'png',
  apng: 'png', // an animated PNG is still a PNG file
  docx: 'docx',
  mp3: 'audio',
  wav: 'audio',
  m4a: 'audio',
  aac: 'audio',
  ogg: 'audio',
  oga: 'audio',
  opus: 'audio', // WhatsApp voice notes
  flac: 'audio',
  amr: 'audio', // older phone call recordings
};

const DESCRIBED: Record<string, string> = {
  pdf: 'a PDF document',
  jpg: 'a JPEG photo',
  png: 'a PNG image',
  apng: 'a PNG image',
  docx: 'a Word document',
  zip: 'a ZIP archive',
  rar: 'a RAR archive',
  '7z': 'a 7-Zip archive',
  gz: 'a compressed (gzip) file',
  cfb: 'an old-format Office file (.doc or .xls)',
  docm: 'a Word document with macros',
  xlsx: 'an Excel spreadsheet',
  pptx: 'a PowerPoint presentation',
  odt: 'an OpenDocument text file',
  rtf: 'an RTF document',
  gif: 'a GIF image',
  webp: 'a WebP image',
  heic: 'a HEIC photo (as iPhones take them)',
  avif: 'an AVIF image',
  tif: 'a TIFF image',
  bmp: 'a BMP image',
  mp4: 'an MPEG-4 video',
  mov: 'a QuickTime video',
  avi: 'an AVI video',
  mkv: 'a Matroska video',
  webm: 'a WebM video',
  exe: 'a Windows program',
  elf: 'a Linux program',
  html: 'a web page',
  xml: 'an XML file',
};

/** What to do instead, for the refusals people will meet most. */
const HINTS: Record<string, string> = {
  cfb: 'Save it as .docx or PDF and add that.',
  odt: 'Save it as .docx or PDF and add that.',
  rtf: 'Save it as .docx or PDF and add that.',
  heic: 'Export it as a JPEG and add that.',
  webp: 'Save it as a PNG or JPEG and add that.',
};

/** The sentence refusing content Hearth does not keep. */
export function refusal(s: Sniffed): string {
  if (!s.ext) return `Hearth cannot tell from its contents what kind of file this is, so it cannot keep it as evidence. It accepts: ${ACCEPTED_KINDS}.`;
  const hint = HINTS[s.ext];
  return `This file is ${s.described}, not one of: ${ACCEPTED_KINDS}.${hint ? ` ${hint}` : ''}`;
}

/** Extensions people give files of each allowed type (for spotting a name that says something else). */
const NAME_EXTENSIONS: Record<EvidenceType, readonly string[]> = {
  pdf: ['pdf'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png', 'apng'],
  docx: ['docx'],
  audio: ['mp3', 'wav', 'wave', 'm4a', 'm4b', 'mp4', 'aac', 'ogg', 'oga', 'opus', 'flac', 'amr'],
};
const TYPE_BY_NAME_EXT = new Map(Object.entries(NAME_EXTENSIONS).flatMap(([type, exts]) => exts.map((e) => [e, type as EvidenceType] as const)));

/** Common extensions file-type reports under another name (a .doc is 'cfb') or does not detect (text). */
const OTHER_KNOWN_EXTENSIONS = new Set(['doc', 'dot', 'xls', 'ppt', 'msg', 'txt', 'csv', 'htm', 'html', 'eml', 'tiff', 'jpg2', 'mpeg', 'mpg']);

const TYPE_LABEL: Record<EvidenceType, string> = { pdf: 'a PDF document', jpeg: 'a JPEG photo', png: 'a PNG image', docx: 'a Word document', audio: 'an audio recording' };

export function describeType(type: EvidenceType): string {
  return TYPE_LABEL[type];
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
const HDLR = ascii('hdlr');
const SOUN = ascii('soun');
const VIDE = ascii('vide');

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  return Buffer.from(hay.buffer, hay.byteOffset, hay.byteLength).indexOf(needle, from);
}

/**
 * Handler types in an MPEG-4 file: a 'hdlr' box is size, 'hdlr', version/flags (4), pre_defined (4),
 * then the handler type ('soun' for sound, 'vide' for video) — ISO/IEC 14496-12 §8.4.3.
 */
export function mp4Handlers(bytes: Uint8Array): { sound: boolean; video: boolean } {
  let sound = false;
  let video = false;
  for (let at = indexOf(bytes, HDLR, 0); at >= 0; at = indexOf(bytes, HDLR, at + 4)) {
    const kind = bytes.subarray(at + 12, at + 16);
    if (kind.length === 4 && kind.every((b, i) => b === SOUN[i])) sound = true;
    if (kind.length === 4 && kind.every((b, i) => b === VIDE[i])) video = true;
  }
  return { sound, video };
}

export async function sniff(bytes: Uint8Array): Promise<Sniffed> {
  const { fileTypeFromBuffer } = await loadFileType();
  return classify(await fileTypeFromBuffer(bytes), () => mp4Handlers(bytes));
}

/** file-type's answer in Hearth's terms; `handlers` scans an MPEG-4 file's track handlers when needed. */
export function classify(found: FileType.FileTypeResult | undefined, handlers: () => { sound: boolean; video: boolean }): Sniffed {
  if (!found) return { ext: null, mime: null, type: null, described: 'a file of a kind Hearth cannot recognise' };
  const { ext, mime } = found;
  // Many phones record sound into an .mp4/.m4a container whose brand file-type reads as video: it is
  // audio if it has a sound track and no video track.
  if (ext === 'mp4') {
    const h = handlers();
    if (h.sound && !h.video) return { ext: 'm4a', mime: 'audio/mp4', type: 'audio', described: 'an audio recording' };
  }
  const type = ALLOWED[ext] ?? null;
  const described = type === 'audio' ? `an audio recording (${ext.toUpperCase()})` : (DESCRIBED[ext] ?? `a ${ext.toUpperCase()} file (${mime})`);
  return { ext, mime, type, described };
}

/** The extension of a file name, lower case, or null when it has none. */
export function nameExtension(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return null;
  return fileName.slice(dot + 1).toLowerCase();
}

/**
 * Does the name say something the bytes contradict? Returns the sentence to show (quoting `shown`, the
 * name as the person chose it), or null. A name with no extension, or one no program would recognise,
 * says nothing and is fine.
 */
export async function nameContradicts(fileName: string, type: EvidenceType, described: string, shown = fileName): Promise<string | null> {
  const ext = nameExtension(fileName);
  if (!ext) return null;
  const claimed = TYPE_BY_NAME_EXT.get(ext);
  if (claimed === type) return null;
  if (claimed) return `The file name "${shown}" says it is ${TYPE_LABEL[claimed]} (.${ext}), but its contents are ${described}. Check you chose the right file, or correct its name.`;
  const { supportedExtensions } = await loadFileType();
  if (!supportedExtensions.has(ext) && !OTHER_KNOWN_EXTENSIONS.has(ext)) return null;
  return `The file name "${shown}" ends in .${ext}, but its contents are ${described}. Check you chose the right file, or correct its name.`;
}
