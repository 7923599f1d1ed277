/**
 * A baseline JPEG encoder (ITU T.81: 8-bit, 4:2:0, the standard Annex K tables), for photographs taken
 * down to 300 dpi (B11): the project has no image library, and keeping a phone photo as Flate pixels
 * would make the bundle several times larger than the JPEG it came from.
 */

const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23,
  30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];

const LUMA_Q = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24,
  35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMA_Q = [
  17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
  99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
];

const DC_LUMA_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_LUMA_VALS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const DC_CHROMA_BITS = [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
const DC_CHROMA_VALS = DC_LUMA_VALS;
const AC_LUMA_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
const AC_LUMA_VALS = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07, 0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1,
  0x15, 0x52, 0xd1, 0xf0, 0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39,
  0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74, 0x75,
  0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
  0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8,
  0xd9, 0xda, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
];
const AC_CHROMA_BITS = [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77];
const AC_CHROMA_VALS = [
  0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71, 0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09,
  0x23, 0x33, 0x52, 0xf0, 0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38,
  0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x73, 0x74,
  0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5,
  0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6,
  0xd7, 0xd8, 0xd9, 0xda, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa,
];

interface Huffman {
  code: Uint16Array;
  size: Uint8Array;
}

function huffman(bits: number[], vals: number[]): Huffman {
  const code = new Uint16Array(256);
  const size = new Uint8Array(256);
  let c = 0;
  let k = 0;
  for (let len = 1; len <= 16; len += 1) {
    for (let i = 0; i < bits[len - 1]!; i += 1) {
      code[vals[k]!] = c;
      size[vals[k]!] = len;
      c += 1;
      k += 1;
    }
    c <<= 1;
  }
  return { code, size };
}

function scaledTable(base: number[], quality: number): Uint8Array {
  const q = Math.max(1, Math.min(100, quality));
  const scale = q < 50 ? 5000 / q : 200 - q * 2;
  return Uint8Array.from(base, (v) => Math.max(1, Math.min(255, Math.floor((v * scale + 50) / 100))));
}

/** cos((2x+1)uπ/16) · c(u) / 2, for the separable 8×8 DCT. */
const DCT = new Float64Array(64);
for (let u = 0; u < 8; u += 1) for (let x = 0; x < 8; x += 1) DCT[u * 8 + x] = (u === 0 ? Math.SQRT1_2 : 1) * Math.cos(((2 * x + 1) * u * Math.PI) / 16) * 0.5;

class BitWriter {
  private bytes: Uint8Array = new Uint8Array(1 << 16);
  private len = 0;
  private acc = 0;
  private count = 0;

  byte(b: number): void {
    if (this.len >= this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.len++] = b;
  }

  raw(bytes: number[]): void {
    for (const b of bytes) this.byte(b);
  }

  bits(value: number, n: number): void {
    for (let i = n - 1; i >= 0; i -= 1) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      this.count += 1;
      if (this.count === 8) {
        this.byte(this.acc);
        if (this.acc === 0xff) this.byte(0);
        this.acc = 0;
        this.count = 0;
      }
    }
  }

  flushBits(): void {
    if (this.count > 0) this.bits((1 << (8 - this.count)) - 1, 8 - this.count);
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.len);
  }
}

const category = (v: number) => {
  let a = v < 0 ? -v : v;
  let n = 0;
  while (a) {
    n += 1;
    a >>= 1;
  }
  return n;
};

/** Encodes RGB pixels (3 bytes each, row by row) as a baseline JPEG. */
export function encodeJpeg(rgb: Uint8Array | Uint8ClampedArray, width: number, height: number, quality = 82): Uint8Array {
  const qY = scaledTable(LUMA_Q, quality);
  const qC = scaledTable(CHROMA_Q, quality);
  const dcY = huffman(DC_LUMA_BITS, DC_LUMA_VALS);
  const acY = huffman(AC_LUMA_BITS, AC_LUMA_VALS);
  const dcC = huffman(DC_CHROMA_BITS, DC_CHROMA_VALS);
  const acC = huffman(AC_CHROMA_BITS, AC_CHROMA_VALS);
  const w = new BitWriter();
  const segment = (marker: number, body: number[]) => w.raw([0xff, marker, ((body.length + 2) >> 8) & 255, (body.length + 2) & 255, ...body]);
  w.raw([0xff, 0xd8]);
  segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  segment(0xdb, [0x00, ...ZIGZAG.map((z) => qY[z]!), 0x01, ...ZIGZAG.map((z) => qC[z]!)]);
  segment(0xc0, [8, (height >> 8) & 255, height & 255, (width >> 8) & 255, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  segment(0xc4, [0x00, ...DC_LUMA_BITS, ...DC_LUMA_VALS, 0x10, ...AC_LUMA_BITS, ...AC_LUMA_VALS, 0x01, ...DC_CHROMA_BITS, ...DC_CHROMA_VALS, 0x11, ...AC_CHROMA_BITS, ...AC_CHROMA_VALS]);
  segment(0xda, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]);

  const block = new Float64Array(64);
  const tmp = new Float64Array(64);
  const prev = [0, 0, 0];

  const encodeBlock = (q: Uint8Array, dc: Huffman, ac: Huffman, comp: number) => {
    // 2-D DCT: rows then columns.
    for (let y = 0; y < 8; y += 1)
      for (let u = 0; u < 8; u += 1) {
        let s = 0;
        for (let x = 0; x < 8; x += 1) s += DCT[u * 8 + x]! * block[y * 8 + x]!;
        tmp[y * 8 + u] = s;
      }
    const coeffs = new Int32Array(64);
    for (let v = 0; v < 8; v += 1)
      for (let u = 0; u < 8; u += 1) {
        let s = 0;
        for (let y = 0; y < 8; y += 1) s += DCT[v * 8 + y]! * tmp[y * 8 + u]!;
        coeffs[v * 8 + u] = Math.round(s / q[v * 8 + u]!);
      }
    const diff = coeffs[0]! - prev[comp]!;
    prev[comp] = coeffs[0]!;
    const dcCat = category(diff);
    w.bits(dc.code[dcCat]!, dc.size[dcCat]!);
    if (dcCat) w.bits(diff < 0 ? diff + (1 << dcCat) - 1 : diff, dcCat);
    let run = 0;
    for (let k = 1; k < 64; k += 1) {
      const v = coeffs[ZIGZAG[k]!]!;
      if (v === 0) {
        run += 1;
        continue;
      }
      while (run > 15) {
        w.bits(ac.code[0xf0]!, ac.size[0xf0]!);
        run -= 16;
      }
      const cat = category(v);
      const sym = (run << 4) | cat;
      w.bits(ac.code[sym]!, ac.size[sym]!);
      w.bits(v < 0 ? v + (1 << cat) - 1 : v, cat);
      run = 0;
    }
    if (run > 0) w.bits(ac.code[0]!, ac.size[0]!);
  };

  const px = (x: number, y: number, c: number) => rgb[(Math.min(height - 1, y) * width + Math.min(width - 1, x)) * 3 + c]!;
  const luma = (x: number, y: number) => 0.299 * px(x, y, 0) + 0.587 * px(x, y, 1) + 0.114 * px(x, y, 2);
  for (let my = 0; my < height; my += 16) {
    for (let mx = 0; mx < width; mx += 16) {
      for (const [bx, by] of [
        [0, 0],
        [8, 0],
        [0, 8],
        [8, 8],
      ] as const) {
        for (let y = 0; y < 8; y += 1) for (let x = 0; x < 8; x += 1) block[y * 8 + x] = luma(mx + bx + x, my + by + y) - 128;
        encodeBlock(qY, dcY, acY, 0);
      }
      for (const comp of [1, 2]) {
        for (let y = 0; y < 8; y += 1)
          for (let x = 0; x < 8; x += 1) {
            let sum = 0;
            for (let dy = 0; dy < 2; dy += 1)
              for (let dx = 0; dx < 2; dx += 1) {
                const sx = mx + x * 2 + dx;
                const sy = my + y * 2 + dy;
                const r = px(sx, sy, 0);
                const g = px(sx, sy, 1);
                const b = px(sx, sy, 2);
                sum += comp === 1 ? -0.168736 * r - 0.331264 * g + 0.5 * b : 0.5 * r - 0.418688 * g - 0.081312 * b;
              }
            block[y * 8 + x] = sum / 4;
          }
        encodeBlock(qC, dcC, acC, comp);
      }
    }
  }
  w.flushBits();
  w.raw([0xff, 0xd9]);
  return w.result();
}
