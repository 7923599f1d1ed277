import { loadImage } from '@napi-rs/canvas';
import { blankCanvas } from './render';

/**
 * A picture exhibit (a photograph, a scan saved as JPEG or PNG) as a page: fitted to an A4 page turned to
 * suit it (landscape for a wide picture), at most its own size. Its boxes are in that page's points. The
 * picture is drawn again from its pixels, so its EXIF data (camera, place, owner) never reaches the output.
 */
const A4 = { short: 595.28, long: 841.89 };

export async function imagePage(bytes: Uint8Array, scaleOf: (w: number, h: number) => number) {
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const wide = image.width > image.height;
  const [maxW, maxH] = wide ? [A4.long, A4.short] : [A4.short, A4.long];
  // A picture's own size at 96 dpi, shrunk to fit the page if larger.
  const natural = 72 / 96;
  const fit = Math.min(natural, maxW / image.width, maxH / image.height);
  const width = image.width * fit;
  const height = image.height * fit;
  const scale = scaleOf(width, height);
  const canvas = blankCanvas(width, height, scale);
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  return { width, height, scale, canvas };
}
