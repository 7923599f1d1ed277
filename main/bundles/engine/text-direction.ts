/**
 * Which way a page's text runs (B9: a turned or landscape page must read left to right). A small reading
 * of the content stream, byte by byte: the CTM (cm, q, Q) and the text matrix (Tm) at each text-showing
 * operator, until 24 texts have been shown. It runs on every turned or landscape page of every exhibit, so
 * it makes no strings: numbers are read from their digits, operators from their bytes.
 */
export type Matrix = [number, number, number, number, number, number];

export const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** Bytes that end a token in a content stream: white space and the delimiters / [ ] < > ( ) { } %. */
const ENDS_TOKEN = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32, 0x2f, 0x5b, 0x5d, 0x3c, 0x3e, 0x28, 0x29, 0x7b, 0x7d, 0x25]) ENDS_TOKEN[c] = 1;
for (let c = 0; c <= 32; c += 1) ENDS_TOKEN[c] = 1;

const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/**
 * The number spelled by bytes [start, end), or NaN if they are not one: an optional sign, digits, and at
 * most one decimal point, with at least one digit (PDF 32000 7.3.3).
 */
export function numberAt(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let sign = 1;
  if (bytes[i] === PLUS || bytes[i] === MINUS) {
    if (bytes[i] === MINUS) sign = -1;
    i += 1;
  }
  let whole = 0;
  let fraction = 0;
  let scale = 1;
  let digits = 0;
  let dot = false;
  for (; i < end; i += 1) {
    const b = bytes[i]!;
    if (isDigit(b)) {
      digits += 1;
      if (dot) {
        fraction = fraction * 10 + (b - 0x30);
        scale *= 10;
      } else whole = whole * 10 + (b - 0x30);
    } else if (b === DOT && !dot) dot = true;
    else return NaN;
  }
  return digits ? sign * (whole + fraction / scale) : NaN;
}

/** The operator at [start, end) as a small code, or 0: only the ones the reading follows. */
const OP_q = 1;
const OP_Q = 2;
const OP_cm = 3;
const OP_BT = 4;
const OP_Tm = 5;
const OP_SHOW = 6;
const OP_BI = 7;

function operatorAt(bytes: Uint8Array, start: number, end: number): number {
  const a = bytes[start]!;
  if (end - start === 1) {
    if (a === 0x71) return OP_q;
    if (a === 0x51) return OP_Q;
    if (a === 0x27 || a === 0x22) return OP_SHOW; // ' and "
    return 0;
  }
  if (end - start !== 2) return 0;
  const b = bytes[start + 1]!;
  if (a === 0x63 && b === 0x6d) return OP_cm;
  if (a === 0x42 && b === 0x54) return OP_BT;
  if (a === 0x42 && b === 0x49) return OP_BI;
  if (a === 0x54) {
    if (b === 0x6d) return OP_Tm;
    if (b === 0x6a || b === 0x4a) return OP_SHOW; // Tj, TJ
  }
  return 0;
}

/**
 * The direction most of a page's text runs in its own (unrotated) space, in degrees anticlockwise
 * (0, 90, 180 or 270), or null if it shows no text.
 */
export function textDirection(content: Uint8Array): number | null {
  const votes = [0, 0, 0, 0];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  // The last six numbers seen (an operator takes at most six).
  const operands = [0, 0, 0, 0, 0, 0];
  let count = 0;
  const lastSix = (): Matrix => operands.slice(0) as Matrix;
  const len = content.length;
  let i = 0;
  let shown = 0;
  while (i < len && shown < 24) {
    const ch = content[i]!;
    if (ch <= 32) {
      i += 1;
      continue;
    }
    if (ch === 0x25) {
      while (i < len && content[i] !== 10 && content[i] !== 13) i += 1;
      continue;
    }
    if (ch === 0x28) {
      // (string) with nesting and escapes
      let depth = 0;
      for (; i < len; i += 1) {
        const c = content[i]!;
        if (c === 0x5c) i += 1;
        else if (c === 0x28) depth += 1;
        else if (c === 0x29 && --depth === 0) break;
      }
      i += 1;
      count = 0;
      continue;
    }
    if (ch === 0x3c || ch === 0x3e || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d || ch === 0x2f) {
      if (ch === 0x3c && content[i + 1] !== 0x3c) while (i < len && content[i] !== 0x3e) i += 1;
      i += 1;
      if (ch === 0x2f) while (i < len && !ENDS_TOKEN[content[i]!]) i += 1;
      if (ch !== 0x5b && ch !== 0x5d) count = 0;
      continue;
    }
    const start = i;
    while (i < len && !ENDS_TOKEN[content[i]!]) i += 1;
    if (i === start) {
      i += 1;
      continue;
    }
    const first = content[start]!;
    const value = isDigit(first) || first === PLUS || first === MINUS || first === DOT ? numberAt(content, start, i) : NaN;
    if (!Number.isNaN(value)) {
      operands.copyWithin(0, 1);
      operands[5] = value;
      count = Math.min(6, count + 1);
      continue;
    }
    switch (operatorAt(content, start, i)) {
      case OP_q:
        stack.push(ctm);
        break;
      case OP_Q:
        ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
        break;
      case OP_cm:
        if (count >= 6) ctm = mul(lastSix(), ctm);
        break;
      case OP_BT:
        tm = [1, 0, 0, 1, 0, 0];
        break;
      case OP_Tm:
        if (count >= 6) tm = lastSix();
        break;
      case OP_SHOW: {
        const m = mul(tm, ctm);
        const angle = (Math.round((Math.atan2(m[1], m[0]) * 180) / Math.PI / 90) * 90 + 360) % 360;
        votes[angle / 90] = (votes[angle / 90] ?? 0) + 1;
        shown += 1;
        break;
      }
      case OP_BI:
        // Skip inline image data up to "EI".
        while (i < len - 2 && !(content[i] === 0x45 && content[i + 1] === 0x49 && (content[i + 2]! <= 32 || i + 2 === len))) i += 1;
        i += 2;
        break;
      default:
        break;
    }
    count = 0;
  }
  const best = votes.indexOf(Math.max(...votes));
  return votes[best] ? best * 90 : null;
}
