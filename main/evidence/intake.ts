import { formatDate } from '../../shared/time/format';
import { AppError } from '../../shared/result';
import type { EvidenceAddInput, EvidenceDetails } from '../../shared/schemas/evidence';
import type { EvidenceView } from '../../shared/schemas/cases';
import { londonDate } from '../../shared/time/london';
import type { ReadableDB, WritableDB } from '../db/connection';
import { touchCase } from '../db/queries/cases';
import { exhibitWithLabel, findEvidenceBySha, getEvidence, insertEvidencePieces, nextExhibitLabel } from './store';
import { listedFileName } from './file-name';
import { inspectContent, type InspectOptions } from './inspect';
import { bytesSource, type EvidenceSource } from './source';

/**
 * Evidence intake (DESIGN §3 "Evidence"; security.md §5 "Bad-input testing"): a size cap, the type
 * decided from the content against an allowlist and the name made to match it (inspect.ts), SHA-256
 * at intake, duplicates noticed. The file is then stored byte for byte with its record in one
 * transaction, one 1 MiB piece at a time, whether it came in one request or in parts (uploads.ts).
 */
export interface IntakeOptions extends InspectOptions {
  /** Largest file accepted (tests inject a small one). */
  maxBytes?: number;
  /**
   * How the record is committed: dispatch passes the request's ctx.commit, so the evidence and its audit
   * event are written in one transaction (issue 13). Alone (tests, import), a plain transaction.
   */
  commit?: (write: () => number) => number;
}

/** 200 MB: a long audio recording or a large scanned bundle, sent in 1 MiB parts (uploads.ts). */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;
export { MAX_IMAGE_PIXELS } from './inspect';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function assertSize(size: number, maxBytes = MAX_EVIDENCE_BYTES): void {
  if (size === 0) throw new AppError('bad-input', 'This file is empty (0 bytes), so there is nothing to keep as evidence.');
  if (size > maxBytes) {
    throw new AppError('bad-input', `This file is ${formatSize(size)}; the largest file Hearth can keep as evidence is ${formatSize(maxBytes)}. Split or compress it, or keep it outside Hearth and record where it is.`);
  }
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

function duplicateMessage(existing: EvidenceView): string {
  return `This file is already on the case as exhibit ${existing.exhibitLabel} ("${existing.fileName}"), added on ${formatDate(existing.addedAt)} by ${existing.addedBy}. Add it again only if you mean to.`;
}

function assertLabelFree(db: ReadableDB, caseId: number, label: string): void {
  const taken = exhibitWithLabel(db, caseId, label);
  if (taken) throw new AppError('conflict', `Exhibit ${label} is already used on this case (for "${listedFileName(taken.fileName, taken.type)}"). Choose another label, or leave it empty for the next free one.`);
}

export interface Adder {
  id: number;
  username: string;
  displayName: string;
}

/**
 * Adds a file sent in one request (a small one: evidence:add) to a case the caller has already authorised.
 */
export async function addEvidence(db: WritableDB, caseId: number, input: EvidenceAddInput, adder: Adder, now: Date, options: IntakeOptions = {}): Promise<EvidenceView> {
  const { bytes, fileName, ...details } = input;
  assertSize(bytes.length, options.maxBytes);
  return addEvidenceFrom(db, caseId, fileName, details, bytesSource(bytes), adder, now, options);
}

/**
 * Adds a file, wherever its bytes are, to a case the caller has already authorised. Everything slow
 * (hashing, the PDF worker) happens before the one write transaction, which re-checks duplicates and
 * labels so that two adds at once cannot both take AL/1.
 */
export async function addEvidenceFrom(db: WritableDB, caseId: number, fileName: string, details: EvidenceDetails, file: EvidenceSource, adder: Adder, now: Date, options: IntakeOptions = {}): Promise<EvidenceView> {
  assertSize(file.size, options.maxBytes);
  if (details.obtainedOn > londonDate(now)) throw new AppError('bad-input', 'The date the evidence was obtained is in the future.');
  if (details.exhibitLabel) assertLabelFree(db, caseId, details.exhibitLabel);

  const sha256 = file.sha256();
  const duplicate = () => {
    const existing = details.allowDuplicate ? null : findEvidenceBySha(db, caseId, sha256);
    if (existing) throw new AppError('conflict', duplicateMessage(existing));
  };
  duplicate();

  const inspected = await inspectContent(file, fileName, options);

  // The workspace may have been locked (its database closed) while the file was being checked.
  if (!db.open) throw new AppError('not-signed-in', 'The workspace was locked while the file was being checked. Nothing was saved: unlock it and add the file again.');

  const at = now.toISOString();
  const commit = options.commit ?? ((write: () => number) => write());
  const id = commit(() => db.transaction(() => {
    duplicate();
    let exhibitLabel = details.exhibitLabel;
    if (exhibitLabel) assertLabelFree(db, caseId, exhibitLabel);
    else exhibitLabel = nextExhibitLabel(db, caseId, initialsOf(adder.displayName, adder.username));
    const newId = insertEvidencePieces(
      db,
      {
        caseId,
        exhibitLabel,
        fileName: inspected.fileName,
        type: inspected.type,
        size: file.size,
        sha256,
        source: details.source,
        obtainedOn: details.obtainedOn,
        description: details.description,
        usableInBundle: inspected.usableInBundle,
        unusableReason: inspected.unusableReason,
        pageCount: inspected.pageCount,
        addedBy: adder.id,
        addedAt: at,
      },
      file.pieces(),
    );
    touchCase(db, caseId, at);
    return newId;
  })());
  const { caseId: _caseId, ...view } = getEvidence(db, id)!;
  return view;
}
