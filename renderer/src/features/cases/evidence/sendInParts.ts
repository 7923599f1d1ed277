import type { Result } from '../../../../../shared/result';
import { hearth } from '../../../api/hearth';

/**
 * Sends a chosen file to main in the parts main asks for (evidence:uploadStart, then evidence:uploadChunk
 * for each part in order), reading one part of the file at a time: neither this window nor main ever
 * holds the whole file, however large (issue 13). Returns the upload's number for evidence:uploadFinish.
 * A part that is refused ends the upload here, and main is told to throw it away.
 */
export async function sendInParts(caseId: number, file: File, onSent: (bytes: number) => void): Promise<Result<string>> {
  const started = await hearth.evidence.uploadStart({ caseId, fileName: file.name, size: file.size });
  if (!started.ok) return started;
  const { uploadId, chunkBytes } = started.value;
  for (let index = 0, offset = 0; offset < file.size; index += 1, offset += chunkBytes) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
    } catch {
      void hearth.evidence.uploadCancel({ uploadId });
      return { ok: false, error: { code: 'bad-input', message: `The file “${file.name}” could not be read any more (it may have been moved or changed). Choose it again.` } };
    }
    const sent = await hearth.evidence.uploadChunk({ uploadId, index, bytes });
    if (!sent.ok) {
      void hearth.evidence.uploadCancel({ uploadId });
      return sent;
    }
    onSent(sent.value.received);
  }
  return { ok: true, value: uploadId };
}

/** Tells main to throw an upload away; nothing to do if it has already gone. */
export function cancelUpload(uploadId: string): void {
  void hearth.evidence.uploadCancel({ uploadId });
}
