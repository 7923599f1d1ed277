import { createHash } from 'node:crypto';
import type { EvidenceType } from '../../shared/domain/vocabulary';
import { formatDate } from '../../shared/time/format';
import { AppError } from '../../shared/result';
import type { EvidenceAddInput } from '../../shared/schemas/evidence';
import type { EvidenceView } from '../../shared/schemas/cases';
import { londonDate } from '../../shared/time/london';
import type { DB } from '../db/connection';
import { touchCase } from '../db/queries/cases';
import { findEvidenceBySha, getEvidence, insertEvidence, nextExhibitLabel } from '../db/queries/evidence';
import { jpegSize, pngSize, type ImageSize } from './image-size';
import { checkPdf, type PdfCheckOptions } from './pdf-check';
import { nameContradicts, refusal, sniff } from './sniff';

/**
 * Evidence intake (DESIGN §3 "Evidence"; security.md §5 "Bad-input testing"): a size cap, the type
 * decided from the content against an allowlist, a name that contradicts the content refused, SHA-256
 * at intake, duplicates noticed, images with absurd dimensions refused, PDFs inspected off the main
 * thread. The file is then stored byte for byte with its record in one transaction.
 */
export interface IntakeOptions {
  /** Largest file accepted (tests inject a small one). */
  maxBytes?: number;
  /** Largest image accepted, in pixels (width × height). */
  maxImagePixels?: number;
  pdf?: PdfCheckOptions;
}

/** 200 MB: a long audio recording or a large scanned bundle; the browser-mode body limit allows for it. */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;
/** sharp's default limitInputPixels (security.md §5): 16383 × 16383, above any phone camera (200 MP). */
export const MAX_IMAGE_PIXELS = 268_402_689;

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const megapixels = (px: number) => `${(px / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} megapixels`;
const thousands = (n: number) => n.toLocaleString('en-GB');

export function assertSize(size: number, maxBytes = MAX_EVIDENCE_BYTES): void {
  if (size === 0) throw new AppError('bad-input', 'This file is empty (0 bytes), so there is nothing to keep as evidence.');
  if (size > maxBytes) {
    throw new AppError('bad-input', `This file is ${formatSize(size)}; the largest file Hearth can keep as evidence is ${formatSize(maxBytes)}. Split or compress it, or keep it outside Hearth and record where it is.`);
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The adding officer's initials for exhibit labels (AL for Ada Lovelace, JPS for Jean-Paul Sartre). */
export function initialsOf(displayName: string, username = ''): string {
  const letters = displayName
    .split(/[\s\-‐–]+/u)
    .map((w) => w.match(/\p{L}/u)?.[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 4);
  if (letters) return letters;
  const first = username.match(/\p{L}/u)?.[0];
  return first ? first.toUpperCase() : 'EX';
}

export interface Inspection {
  type: EvidenceType;
  usableInBundle: boolean;
  unusableReason: string | null;
  pageCount: number | null;
}

function checkImage(type: 'jpeg' | 'png', bytes: Uint8Array, maxPixels: number): Inspection {
  const size: ImageSize | null = type === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size) return { type, usableInBundle: false, unusableReason: 'damaged: the image’s size could not be read', pageCount: null };
  const pixels = size.width * size.height;
  if (pixels > maxPixels) {
    throw new AppError(
      'bad-input',
      `This image is ${thousands(size.width)} × ${thousands(size.height)} pixels (${megapixels(pixels)}). Hearth does not accept images over ${megapixels(maxPixels)}, because opening one could exhaust the computer’s memory.`,
    );
  }
  return { type, usableInBundle: true, unusableReason: null, pageCount: null };
}

/** What the content is and whether a bundle can use it. Refusals throw 'bad-input' with a sentence. */
export async function inspectContent(bytes: Uint8Array, fileName: string, options: IntakeOptions = {}): Promise<Inspection> {
  const found = await sniff(bytes);
  if (!found.type) throw new AppError('bad-input', refusal(found));
  const contradiction = await nameContradicts(fileName, found.type, found.described);
  if (contradiction) throw new AppError('bad-input', contradiction);

  switch (found.type) {
    case 'jpeg':
    case 'png':
      return checkImage(found.type, bytes, options.maxImagePixels ?? MAX_IMAGE_PIXELS);
    case 'pdf': {
      const pdf = await checkPdf(bytes, options.pdf);
      return pdf.usable
        ? { type: 'pdf', usableInBundle: true, unusableReason: null, pageCount: pdf.pageCount }
        : { type: 'pdf', usableInBundle: false, unusableReason: pdf.reason, pageCount: pdf.pageCount };
    }
    case 'docx':
      // Bundles merge PDFs and embed images; nothing here converts Word offline.
      return { type: 'docx', usableInBundle: false, unusableReason: 'a Word document: save it as a PDF to put it in a bundle', pageCount: null };
    case 'audio':
      return { type: 'audio', usableInBundle: false, unusableReason: 'an audio recording has no pages: list it and give it to the court separately', pageCount: null };
  }
}

function duplicateMessage(existing: EvidenceView): string {
  return `This file is already on the case as exhibit ${existing.exhibitLabel} ("${existing.fileName}"), added on ${formatDate(existing.addedAt)} by ${existing.addedBy}. Add it again only if you mean to.`;
}

function assertLabelFree(db: DB, caseId: number, label: string): void {
  const taken = db.prepare('SELECT file_name FROM evidence WHERE case_id = ? AND exhibit_label = ?').get(caseId, label) as { file_name: string } | undefined;
  if (taken) throw new AppError('conflict', `Exhibit ${label} is already used on this case (for "${taken.file_name}"). Choose another label, or leave it empty for the next free one.`);
}

export interface Adder {
  id: number;
  username: string;
  displayName: string;
}

/**
 * Adds a file to a case the caller has already authorised. Everything slow (hashing, the PDF worker)
 * happens before the one write transaction, which re-checks duplicates and labels so that two adds at
 * once cannot both take AL/1.
 */
export async function addEvidence(db: DB, caseId: number, input: EvidenceAddInput, adder: Adder, now: Date, options: IntakeOptions = {}): Promise<EvidenceView> {
  const { bytes } = input;
  assertSize(bytes.length, options.maxBytes);
  if (input.obtainedOn > londonDate(now)) throw new AppError('bad-input', 'The date the evidence was obtained is in the future.');
  if (input.exhibitLabel) assertLabelFree(db, caseId, input.exhibitLabel);

  const sha256 = sha256Hex(bytes);
  const duplicate = () => {
    const existing = input.allowDuplicate ? null : findEvidenceBySha(db, caseId, sha256);
    if (existing) throw new AppError('conflict', duplicateMessage(existing));
  };
  duplicate();

  const inspected = await inspectContent(bytes, input.fileName, options);

  // The workspace may have been locked (its database closed) while the file was being checked.
  if (!db.open) throw new AppError('not-signed-in', 'The workspace was locked while the file was being checked. Nothing was saved: unlock it and add the file again.');

  const at = now.toISOString();
  const id = db.transaction(() => {
    duplicate();
    let exhibitLabel = input.exhibitLabel;
    if (exhibitLabel) assertLabelFree(db, caseId, exhibitLabel);
    else exhibitLabel = nextExhibitLabel(db, caseId, initialsOf(adder.displayName, adder.username));
    const newId = insertEvidence(
      db,
      {
        caseId,
        exhibitLabel,
        fileName: input.fileName,
        type: inspected.type,
        size: bytes.length,
        sha256,
        source: input.source,
        obtainedOn: input.obtainedOn,
        description: input.description,
        usableInBundle: inspected.usableInBundle,
        unusableReason: inspected.unusableReason,
        pageCount: inspected.pageCount,
        addedBy: adder.id,
        addedAt: at,
      },
      bytes,
    );
    touchCase(db, caseId, at);
    return newId;
  })();
  const { caseId: _caseId, ...view } = getEvidence(db, id)!;
  return view;
}
