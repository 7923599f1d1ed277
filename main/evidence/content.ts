import { AppError } from '../../shared/result';
import type { EvidenceContent } from '../../shared/schemas/evidence';
import type { ReadableDB } from '../db/connection';
import { getEvidence, readEvidenceBytes } from './store';
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
