import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { Result } from '../../shared/result';
import type { EvidenceContentPart } from '../../shared/schemas/evidence';
import { NODE_BASE64 } from '../wire/node-base64';
import type { Forward } from './bridge';

/**
 * Evidence downloads in parts (issue 22 item 5): when the renderer on a PC asks for an evidence file
 * (evidence:content), the bridge fetches it from the office host one stored 1 MiB part at a time
 * (evidence:contentPart) and gives the renderer the whole file as it would in single-PC mode. Nothing larger
 * than a part crosses the LAN in one answer, and the host never builds the whole file into one body.
 */
export function downloadInParts(forward: Forward): Forward {
  return async (channel, body) => {
    if (channel !== 'evidence:content') return forward(channel, body);
    const { id } = JSON.parse(body) as { id?: unknown };
    const pieces: Uint8Array[] = [];
    let first: EvidenceContentPart | null = null;
    for (let index = 0; first === null || index < first.parts; index += 1) {
      const text = await forward('evidence:contentPart', JSON.stringify({ id, index }));
      const answer = decodeWire(JSON.parse(text), NODE_BASE64) as Result<EvidenceContentPart>;
      if (!answer.ok) return text;
      first ??= answer.value;
      pieces.push(answer.value.bytes);
    }
    const bytes = Buffer.concat(pieces);
    return JSON.stringify(encodeWire({ ok: true, value: { fileName: first.fileName, type: first.type, mediaType: first.mediaType, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) } }, NODE_BASE64));
  };
}
