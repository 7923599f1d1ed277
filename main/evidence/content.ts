import { AppError } from '../../shared/result';
import type { EvidenceContent, EvidenceContentPart } from '../../shared/schemas/evidence';
import type { ReadableDB } from '../db/connection';
import { getEvidence, readEvidenceBytes, readEvidencePiece } from './store';
import { formatOf, provenFileName } from './file-name';
import { sniff } from './sniff';

const FALLBACK_MEDIA: Record<EvidenceContent['type'], string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  audio: 'application/octet-stream',
};

/** The evidence record's case, for the caller to authorise before reading any bytes. */
export function evidenceCaseId(db: ReadableDB, id: number): number {
  const found = getEvidence(db, id);
  if (!found) throw new AppError('not-found', 'There is no such evidence, or it is not on a case you can see.');
  return found.caseId;
}

/**
 * The stored file, byte for byte, with the media type read again from its bytes (the record keeps
 * only Hearth's type: 'audio' may be MP3, WAV, M4A…), so the renderer can show or save it exactly.
 */
export async function readEvidenceContent(db: ReadableDB, id: number): Promise<EvidenceContent> {
  const record = getEvidence(db, id);
  if (!record) throw new AppError('not-found', 'There is no such evidence, or it is not on a case you can see.');
  const stored = readEvidenceBytes(db, id);
  const bytes: Uint8Array = new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength);
  const found = await sniff(bytes);
  const proven = found.type === record.type;
  const mediaType = proven && found.mime ? found.mime : FALLBACK_MEDIA[record.type];
  // Saved under the extension its content proves (file-name.ts), whatever name an older record was kept under.
  const fileName = provenFileName(record.fileName, formatOf(proven ? found.ext : null, record.type));
  return { fileName, type: record.type, mediaType, bytes };
}

/**
 * One stored piece of the file (1 MiB), as a PC on an office host downloads it (issue 22): never the whole
 * file in one answer. The media type and proven name are read from the first piece, as readEvidenceContent
 * reads them from the whole.
 */
export async function readEvidenceContentPart(db: ReadableDB, id: number, index: number): Promise<EvidenceContentPart> {
  const record = getEvidence(db, id);
  if (!record) throw new AppError('not-found', 'There is no such evidence, or it is not on a case you can see.');
  const piece = readEvidencePiece(db, id, index);
  if (!piece) throw new AppError('bad-input', `This file has no part ${index + 1}.`);
  const first = index === 0 ? piece.data : readEvidencePiece(db, id, 0)!.data;
  const found = await sniff(new Uint8Array(first.buffer, first.byteOffset, first.byteLength));
  const proven = found.type === record.type;
  const mediaType = proven && found.mime ? found.mime : FALLBACK_MEDIA[record.type];
  const fileName = provenFileName(record.fileName, formatOf(proven ? found.ext : null, record.type));
  return { fileName, type: record.type, mediaType, size: record.size, parts: piece.pieces, index, bytes: new Uint8Array(piece.data.buffer, piece.data.byteOffset, piece.data.byteLength) };
}
