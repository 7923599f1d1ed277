/**
 * Image dimensions read from the header only, without decoding a pixel, so a decompression bomb is
 * refused before anything tries to draw it. The original bytes are kept as they are (no re-encoding:
 * evidence stays byte for byte, with its SHA-256).
 */
export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: the first chunk must be IHDR (PNG spec §5.6, §11.2.2): width and height, 4 bytes each, big-endian. */
export function pngSize(b: Uint8Array): ImageSize | null {
  if (b.length < 24 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view.getUint32(8) !== 13 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Start-of-frame markers (ITU T.81 table B.1): C0–CF except C4 (DHT), C8 (JPG) and CC (DAC). */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * JPEG: walk the marker segments from SOI to the first start-of-frame, whose payload is precision (1),
 * height (2), width (2). Segments are skipped by their length, so a thumbnail inside EXIF is never
 * mistaken for the picture. A height of 0 (set later by a DNL marker) counts as unreadable. On the way,
 * the EXIF orientation (APP1) is read: 1 when there is none. The one JPEG header reader in Hearth
 * (intake's size check and the bundle's placing of photos both use it).
 */
export interface JpegInfo extends ImageSize {
  /** EXIF orientation, 1 to 8 (1: upright). */
  orientation: number;
}

export function jpegInfo(b: Uint8Array): JpegInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let orientation = 1;
  let at = 2;
  while (at + 3 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame header
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (length < 2) return null;
    if (marker === 0xe1 && length >= 8 && String.fromCharCode(...b.subarray(at + 4, at + 8)) === 'Exif') {
      orientation = exifOrientation(b.subarray(at + 10, Math.min(b.length, at + 2 + length))) ?? orientation;
    }
    if (isStartOfFrame(marker)) {
      if (at + 9 > b.length || length < 7) return null;
      const height = (b[at + 5]! << 8) | b[at + 6]!;
      const width = (b[at + 7]! << 8) | b[at + 8]!;
      return width > 0 && height > 0 ? { width, height, orientation } : null;
    }
    at += 2 + length;
  }
  return null;
}

export function jpegSize(b: Uint8Array): ImageSize | null {
  const info = jpegInfo(b);
  return info && { width: info.width, height: info.height };
}

/** The Orientation tag (0x0112) of a TIFF header's first directory (EXIF 2.3 §4.6.4), or null. */
function exifOrientation(tiff: Uint8Array): number | null {
  if (tiff.length < 8) return null;
  const little = tiff[0] === 0x49;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (o: number) => view.getUint16(o, little);
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let k = 0; k < count; k += 1) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > tiff.length) break;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}
