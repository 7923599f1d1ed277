import { inflateSync } from 'node:zlib';
import { AppError } from '../../shared/result';
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS } from '../../shared/schemas/partners';
import { decodeJpeg } from '../pdf/images';

/**
 * A partner's logo, checked before it is stored (issue 17): a PNG or JPEG, at most LOGO_MAX_BYTES, and
 * decoded here — every PNG chunk's checksum and its pixel data inflated to the size its header promises,
 * a JPEG through the decoder that would draw it — so a damaged file is refused with words that say what
 * to do, not found out when a letter is made. At most LOGO_MAX_PIXELS either way: a letterhead needs far
 * less, and a huge picture only makes every letter heavy.
 */
export interface CheckedLogo {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SAVE_AGAIN = 'Open it in an image editor, save it again as PNG or JPEG, and upload that file.';

const refuse = (message: string): never => {
  throw new AppError('bad-input', message);
};

export function checkLogo(bytes: Uint8Array): CheckedLogo {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length > LOGO_MAX_BYTES) refuse(`The logo is ${Math.ceil(buf.length / 1024)} kB; it can be at most ${LOGO_MAX_BYTES / 1024} kB. Save it smaller (a letterhead needs about 600 pixels wide at most) and upload it again.`);
  const checked = buf.subarray(0, 8).equals(PNG_SIGNATURE) ? checkPng(buf) : buf[0] === 0xff && buf[1] === 0xd8 ? checkJpeg(buf) : refuse(`The logo must be a PNG or JPEG picture; this file is neither. ${SAVE_AGAIN}`);
  if (checked.width > LOGO_MAX_PIXELS || checked.height > LOGO_MAX_PIXELS) {
    refuse(`The logo is ${checked.width} × ${checked.height} pixels; it can be at most ${LOGO_MAX_PIXELS} pixels wide and high. Save it smaller and upload it again.`);
  }
  return checked;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function checkPng(buf: Buffer): CheckedLogo {
  const damaged = (what: string): never => refuse(`The logo could not be read as a PNG: ${what}. The file is damaged or not really a PNG. ${SAVE_AGAIN}`);
  let at = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | null = null;
  const data: Buffer[] = [];
  let ended = false;
  while (at < buf.length && !ended) {
    if (at + 12 > buf.length) damaged('it ends in the middle of a part');
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > buf.length) damaged(`its “${type}” part is cut short`);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) damaged(`its “${type}” part fails its checksum`);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, colour: body[9]!, interlace: body[12]! };
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  if (!header) return damaged('it has no header');
  if (!ended) damaged('it has no end');
  const channels = CHANNELS[header.colour] ?? damaged('its colour type is unknown');
  if (header.width === 0 || header.height === 0) damaged('it has no pixels');
  if (header.width > LOGO_MAX_PIXELS || header.height > LOGO_MAX_PIXELS) return { format: 'png', width: header.width, height: header.height };
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(data));
  } catch {
    return damaged('its picture data cannot be unpacked');
  }
  const rowBytes = Math.ceil((header.width * channels * header.depth) / 8);
  // Interlaced pictures are stored in seven passes; their size is at least the plain layout's pixel bytes.
  const expected = header.interlace ? rowBytes * header.height : (rowBytes + 1) * header.height;
  if (pixels.length < expected) damaged('its picture data is shorter than its size says');
  return { format: 'png', width: header.width, height: header.height };
}

function checkJpeg(buf: Buffer): CheckedLogo {
  try {
    const p = decodeJpeg(buf, (LOGO_MAX_PIXELS * LOGO_MAX_PIXELS) / 1e6);
    return { format: 'jpeg', width: p.width, height: p.height };
  } catch (error) {
    return refuse(`The logo could not be read as a JPEG (${(error as Error).message.replace(/\.$/, '')}). The file is damaged or not really a JPEG. ${SAVE_AGAIN}`);
  }
}

let table: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
