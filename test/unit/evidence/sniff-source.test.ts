import { describe, expect, it } from 'vitest';
import { EVIDENCE_CHUNK_BYTES } from '../../../shared/schemas/evidence';
import { sniff } from '../../../main/evidence/sniff';
import { mp4HandlersIn, sniffSource } from '../../../main/evidence/sniff-source';
import { bytesSource, type EvidenceSource } from '../../../main/evidence/source';
import * as files from '../../helpers/evidence-files';

/**
 * A file received in parts is typed without being held whole: file-type reads it through a tokenizer
 * over its 1 MiB pieces. It must reach the same answer as sniff() on the whole file.
 */

/** The file as a staged upload presents it: pieces only, nothing in memory. */
const inPieces = (bytes: Uint8Array): EvidenceSource => ({ ...bytesSource(bytes), inMemory: null });

/** An MPEG-4 file with `lead` bytes of media data before its track boxes. */
function mp4With(lead: number, tracks: ('soun' | 'vide')[]): Buffer {
  const plain = files.mp4('isom', tracks);
  const ftypEnd = plain.readUInt32BE(0);
  const mdat = Buffer.concat([Buffer.alloc(4), Buffer.from('mdat', 'latin1'), Buffer.alloc(lead)]);
  mdat.writeUInt32BE(mdat.length, 0);
  return Buffer.concat([plain.subarray(0, ftypEnd), mdat, plain.subarray(ftypEnd)]);
}

/** A sound-only MPEG-4 whose handler type ('soun') is cut in two by the 1 MiB piece boundary. */
function soundSplitAcrossPieces(): Buffer {
  const probe = mp4With(0, ['soun']);
  const kindAt = probe.indexOf('hdlr') + 12;
  return mp4With(EVIDENCE_CHUNK_BYTES - 2 - kindAt, ['soun']);
}

describe('sniffSource: a file in pieces is typed as the whole file is', () => {
  it.each([
    ['PDF', () => files.pdf(2)],
    ['JPEG', () => files.jpeg(640, 480, { exifThumbnail: true })],
    ['PNG', () => files.png(40, 30)],
    ['Word', () => files.docx()],
    ['MP3', () => files.mp3()],
    ['WAV over three pieces', () => files.wav(1_500_000)],
    ['M4A', () => files.mp4('M4A ', ['soun'])],
    ['sound-only MPEG-4', () => files.mp4('isom', ['soun'])],
    ['Ogg Opus', () => files.oggOpus()],
    ['FLAC', () => files.flac()],
    ['an MPEG-4 video with 2 MB of media first', () => mp4With(2 * EVIDENCE_CHUNK_BYTES, ['vide', 'soun'])],
    ['a sound-only MPEG-4 whose track handler straddles two pieces', soundSplitAcrossPieces],
    ['a ZIP archive', () => files.zip({ 'notes.txt': 'hello' })],
    ['a Windows program', () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(3 * EVIDENCE_CHUNK_BYTES)])],
    ['plain text', () => Buffer.from('He shouted at her again on Tuesday.')],
  ])('%s', async (_what, make) => {
    const bytes = await make();
    expect(await sniffSource(inPieces(bytes))).toEqual(await sniff(bytes));
  });

  it('finds a track handler split between two pieces', () => {
    const bytes = soundSplitAcrossPieces();
    expect(bytes.length).toBeGreaterThan(EVIDENCE_CHUNK_BYTES);
    expect(mp4HandlersIn(inPieces(bytes).pieces())).toEqual({ sound: true, video: false });
    // Scanned piece by piece without the overlap, the handler would be missed.
    const first = bytes.subarray(0, EVIDENCE_CHUNK_BYTES);
    const rest = bytes.subarray(EVIDENCE_CHUNK_BYTES);
    expect(mp4HandlersIn([first]).sound || mp4HandlersIn([rest]).sound).toBe(false);
  });
});
