import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import type { TestApp } from './core';

type Details = Omit<ChannelInput<'evidence:uploadFinish'>, 'uploadId'>;

const detailsOf = (d: Details): Details => ({ source: d.source, obtainedOn: d.obtainedOn, description: d.description, exhibitLabel: d.exhibitLabel, allowDuplicate: d.allowDuplicate });

/**
 * What the renderer does to add a file (AddEvidenceForm): evidence:uploadStart, the 1 MiB parts in
 * order, evidence:uploadFinish. Stops at the first refusal and returns it.
 */
export async function uploadInParts(
  app: Pick<TestApp, 'call'>,
  caseId: number,
  fileName: string,
  bytes: Uint8Array,
  details: Details,
  extra: { sha256?: string } = {},
): Promise<Result<ChannelOutput<'evidence:uploadFinish'>>> {
  const started = await app.call('evidence:uploadStart', { caseId, fileName, size: bytes.length, ...extra });
  if (!started.ok) return started;
  const { uploadId, chunkBytes } = started.value;
  for (let index = 0; index * chunkBytes < bytes.length; index += 1) {
    const part = await app.call('evidence:uploadChunk', { uploadId, index, bytes: bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes) });
    if (!part.ok) return part;
  }
  return app.call('evidence:uploadFinish', { uploadId, ...detailsOf(details) });
}
