import { randomBytes } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflate, inflate } from '../../../main/pdf/deflate';

/**
 * The output's streams (main/pdf/deflate.ts): a short stream is compressed with a small output chunk,
 * so one that does not compress (a picture's bytes, say) comes out in several chunks, which must join
 * into one whole zlib stream. Read back with zlib itself, as a PDF reader would.
 */
describe('deflate for the output', () => {
  it('gives whole zlib streams that read back exactly, whether the output fits one chunk or needs several', () => {
    const page = Buffer.from('BT /HF1 12 Tf 0 g 1 0 0 1 60 702.89 Tm <0027001500190019> Tj ET\n'.repeat(70), 'latin1');
    const noise = randomBytes(15 * 1024); // does not compress: about 15 KB out, several 4,000-byte chunks
    const large = Buffer.concat([page, page, page, page, page]); // 22 KB: the level-6 path
    for (const input of [page, noise, large]) {
      const out = deflate(input);
      expect(Buffer.from(inflateSync(out)).equals(input)).toBe(true);
      expect(Buffer.from(inflate(out)).equals(input)).toBe(true);
    }
    expect(deflate(page).length).toBeLessThan(page.length / 10);
    expect(deflate(noise).length).toBeGreaterThan(4000 * 3);
  });
});
