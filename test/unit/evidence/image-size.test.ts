import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jpegSize, pngSize } from '../../../main/evidence/image-size';
import * as files from '../../helpers/evidence-files';

describe('image dimensions from the header', () => {
  it('reads a PNG’s IHDR', () => {
    expect(pngSize(files.png(7, 3))).toEqual({ width: 7, height: 3 });
    expect(pngSize(files.png(40_000, 40_000))).toEqual({ width: 40_000, height: 40_000 });
  });

  it('reads a JPEG’s frame header, skipping an EXIF thumbnail and fill bytes', () => {
    expect(jpegSize(files.jpeg(4032, 3024))).toEqual({ width: 4032, height: 3024 });
    expect(jpegSize(files.jpeg(4032, 3024, { exifThumbnail: true, fillBytes: true }))).toEqual({ width: 4032, height: 3024 });
  });

  it('gives null for a header it cannot trust rather than guessing', () => {
    expect(jpegSize(files.jpeg(0, 100))).toBeNull(); // height set later by DNL: unknown
    expect(jpegSize(files.jpeg(640, 480).subarray(0, 30))).toBeNull(); // cut off before the frame header
    expect(pngSize(files.png(7, 3).subarray(0, 20))).toBeNull();
    expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeNull();
  });

  it('round-trips any size a JPEG or PNG header can hold (property-based)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65_535 }), fc.integer({ min: 1, max: 65_535 }), fc.boolean(), (w, h, exif) => {
        expect(jpegSize(files.jpeg(w, h, { exifThumbnail: exif }))).toEqual({ width: w, height: h });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 2 ** 31 - 1 }), fc.integer({ min: 1001, max: 2 ** 31 - 1 }), (w, h) => {
        expect(pngSize(files.png(w, h))).toEqual({ width: w, height: h });
      }),
    );
  });

  it('never throws or loops on damaged bytes (fuzz: random bytes and mutated headers)', () => {
    const jpegSeed = files.jpeg(640, 480, { exifThumbnail: true });
    const pngSeed = files.png(8, 8);
    const mutate = (seed: Buffer) =>
      fc.tuple(fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(seed.length)).map(([edits, cut]) => {
        const b = Buffer.from(seed);
        for (const [at, v] of edits) b[at] = v;
        return b.subarray(0, cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), mutate(jpegSeed), mutate(pngSeed)), (bytes) => {
        for (const read of [jpegSize, pngSize]) {
          const size = read(bytes);
          if (size) expect(size.width * size.height).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
