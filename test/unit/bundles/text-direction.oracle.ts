/**
 * The first reading of a content stream's text direction (string tokens and Number()), kept as the
 * reference the faster one in main/bundles/engine/text-direction.ts is held to.
 */
type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const ENDS_TOKEN = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32, 0x2f, 0x5b, 0x5d, 0x3c, 0x3e, 0x28, 0x29, 0x7b, 0x7d, 0x25]) ENDS_TOKEN[c] = 1;

export function oracleTextDirection(content: Uint8Array): number | null {
  const votes = [0, 0, 0, 0];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  const operands: number[] = [];
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
      operands.length = 0;
      continue;
    }
    if (ch === 0x3c || ch === 0x3e || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d || ch === 0x2f) {
      if (ch === 0x3c && content[i + 1] !== 0x3c) while (i < len && content[i] !== 0x3e) i += 1;
      i += 1;
      if (ch === 0x2f) while (i < len && !ENDS_TOKEN[content[i]!]) i += 1;
      if (ch !== 0x5b && ch !== 0x5d) operands.length = 0;
      continue;
    }
    const start = i;
    while (i < len && !ENDS_TOKEN[content[i]!] && content[i]! > 32) i += 1;
    if (i === start) {
      i += 1;
      continue;
    }
    const token = i - start > 64 ? '' : String.fromCharCode(...content.subarray(start, i));
    const value = Number(token);
    if (token !== '' && !Number.isNaN(value)) {
      operands.push(value);
      if (operands.length > 6) operands.shift();
      continue;
    }
    switch (token) {
      case 'q':
        stack.push(ctm);
        break;
      case 'Q':
        ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
        break;
      case 'cm':
        if (operands.length >= 6) ctm = mul(operands.slice(-6) as Matrix, ctm);
        break;
      case 'BT':
        tm = [1, 0, 0, 1, 0, 0];
        break;
      case 'Tm':
        if (operands.length >= 6) tm = operands.slice(-6) as Matrix;
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"': {
        const m = mul(tm, ctm);
        const angle = (Math.round((Math.atan2(m[1], m[0]) * 180) / Math.PI / 90) * 90 + 360) % 360;
        votes[angle / 90] = (votes[angle / 90] ?? 0) + 1;
        shown += 1;
        break;
      }
      case 'BI': {
        // Skip inline image data up to "EI".
        while (i < len - 2 && !(content[i] === 0x45 && content[i + 1] === 0x49 && (content[i + 2]! <= 32 || i + 2 === len))) i += 1;
        i += 2;
        break;
      }
      default:
        break;
    }
    operands.length = 0;
  }
  const best = votes.indexOf(Math.max(...votes));
  return votes[best] ? best * 90 : null;
}

