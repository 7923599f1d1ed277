import { PDFName, PDFNumber, PDFObjectParser, PDFRef } from './lib';

/**
 * pdf-lib's parser reads a file a byte at a time through method calls (peek, next, done) and builds every
 * name and number as a string one character at a time; reading 300 exhibits spends most of its time there.
 * These replacements read the same bytes straight from the array and give the same objects and the same
 * position afterwards. Anything unusual (a number too long or malformed, a file ending mid-token) is
 * handed back to pdf-lib's own method from where it started, so its errors and warnings are unchanged.
 * Only the line and column pdf-lib keeps for its error messages may differ after a failed keyword match.
 *
 * pdf-lib calls these through `this`, so replacing them on the prototypes is enough; installed once per
 * worker (speed.ts). test/unit/pdf/fast-parse.test.ts holds them to the originals.
 */
interface ByteStream {
  bytes: Uint8Array;
  idx: number;
  line: number;
  column: number;
  length: number;
}
interface Parser {
  bytes: ByteStream;
}
type Method<R> = (this: Parser, ...args: never[]) => R;
interface Prototype {
  parseName: Method<PDFName>;
  parseRawNumber: Method<number>;
  skipWhitespaceAndComments: Method<void>;
  matchKeyword: (this: Parser, keyword: number[]) => boolean;
}

// The parser's prototypes, reached through the public PDFObjectParser (its superclass is BaseParser):
// no deep import into the library, so the library's exports map is respected.
const objects = (PDFObjectParser as unknown as { prototype: Prototype }).prototype;
const base = Object.getPrototypeOf(objects) as Prototype;

/** PDF 32000 7.2.2: the character classes, as pdf-lib's own tables (core/syntax) have them. */
const table = (codes: string) => {
  const t = new Uint8Array(256);
  for (const c of codes) t[c.charCodeAt(0)] = 1;
  return t;
};
const IsWhitespace = table('\0\t\n\f\r ');
const IsDelimiter = table('()<>[]{}/%');
const IsDigit = table('0123456789');
const IsNumeric = table('0123456789.+-');

const SLASH = 0x2f;
const HASH = 0x23;
const PERIOD = 0x2e;
const PERCENT = 0x25;
const NEWLINE = 0x0a;
const CR = 0x0d;
const ENDS_NAME = new Uint8Array(256);
for (let b = 0; b < 256; b += 1) ENDS_NAME[b] = IsWhitespace[b]! | IsDelimiter[b]!;

/** The originals, for the fallbacks and for the tests that compare with them. */
export const originalParser = {
  parseName: objects.parseName,
  parseRawNumber: base.parseRawNumber,
  skipWhitespaceAndComments: base.skipWhitespaceAndComments,
  matchKeyword: base.matchKeyword,
};

function latin1(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 1024) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  let s = '';
  for (let i = start; i < end; i += 1) s += String.fromCharCode(bytes[i]!);
  return s;
}

export function parseName(this: Parser): PDFName {
  const s = this.bytes;
  const bytes = s.bytes;
  if (bytes[s.idx] !== SLASH) return originalParser.parseName.call(this);
  const start = s.idx + 1;
  const end = s.length;
  let i = start;
  let escaped = false;
  while (i < end && !ENDS_NAME[bytes[i]!]) {
    if (bytes[i] === HASH) escaped = true;
    i += 1;
  }
  // #xx escapes are undone by the library's own method (its forks differ on how), from where it started.
  if (escaped) return originalParser.parseName.call(this);
  // A name holds no white space, so no newline: the column moves on by what was read, the slash included.
  s.column += i - s.idx;
  s.idx = i;
  return nameOf(bytes, start, i);
}

/**
 * The PDFName spelled by bytes [start, end) with no #xx escape. A file's names are a few dozen spelled
 * over and over (/Type, /Page, /Font …), so the ones met before are found by a hash of their bytes and
 * compared in place, without making a string for each (the same instances PDFName.of gives). Names met
 * once go through PDFName.of as before; a bucket holds at most a few, so a hostile file's many distinct
 * names cost no more than a string each, as they did.
 */
const seen = new Map<number, { text: string; name: PDFName }[]>();
const SEEN_MAX = 4096;
let seenCount = 0;

function nameOf(bytes: Uint8Array, start: number, end: number): PDFName {
  let h = 2166136261;
  for (let k = start; k < end; k += 1) h = Math.imul(h ^ bytes[k]!, 16777619);
  const bucket = seen.get(h);
  if (bucket) {
    for (const known of bucket) if (spells(known.text, bytes, start, end)) return known.name;
  }
  const text = latin1(bytes, start, end);
  const name = PDFName.of(text);
  if (seenCount < SEEN_MAX && (!bucket || bucket.length < 4)) {
    if (bucket) bucket.push({ text, name });
    else seen.set(h, [{ text, name }]);
    seenCount += 1;
  }
  return name;
}

function spells(text: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let k = 0; k < text.length; k += 1) if (text.charCodeAt(k) !== bytes[start + k]) return false;
  return true;
}

export function parseRawNumber(this: Parser): number {
  const s = this.bytes;
  const bytes = s.bytes;
  const from = s.idx;
  const end = s.length;
  let i = from;
  let plain = true;
  // As pdf-lib: numeric characters up to and including a first period, then digits.
  while (i < end) {
    const b = bytes[i]!;
    if (!IsNumeric[b]) break;
    if (!IsDigit[b]) plain = false;
    i += 1;
    if (b === PERIOD) break;
  }
  while (i < end && IsDigit[bytes[i]!]) i += 1;
  const n = i - from;
  let value: number;
  if (plain && n > 0 && n <= 15) {
    value = 0;
    for (let k = from; k < i; k += 1) value = value * 10 + (bytes[k]! - 48);
  } else {
    value = n > 0 ? Number(latin1(bytes, from, i)) : NaN;
    // Empty, malformed ("1-2") or beyond the safe range: pdf-lib's own method throws or warns as it does.
    if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return originalParser.parseRawNumber.call(this);
  }
  s.column += n;
  s.idx = i;
  return value;
}

export function skipWhitespaceAndComments(this: Parser): void {
  const s = this.bytes;
  const bytes = s.bytes;
  const end = s.length;
  let i = s.idx;
  let line = s.line;
  let column = s.column;
  for (;;) {
    while (i < end && IsWhitespace[bytes[i]!]) {
      if (bytes[i] === NEWLINE) {
        line += 1;
        column = 0;
      } else column += 1;
      i += 1;
    }
    if (i >= end || bytes[i] !== PERCENT) break;
    while (i < end && bytes[i] !== NEWLINE && bytes[i] !== CR) {
      column += 1;
      i += 1;
    }
  }
  s.idx = i;
  s.line = line;
  s.column = column;
}

export function matchKeyword(this: Parser, keyword: number[]): boolean {
  const s = this.bytes;
  const bytes = s.bytes;
  const start = s.idx;
  const n = keyword.length;
  if (start + n > s.length) return originalParser.matchKeyword.call(this, keyword);
  for (let k = 0; k < n; k += 1) if (bytes[start + k] !== keyword[k]) return false;
  for (let k = 0; k < n; k += 1) {
    if (keyword[k] === NEWLINE) {
      s.line += 1;
      s.column = 0;
    } else s.column += 1;
  }
  s.idx = start + n;
  return true;
}

/**
 * PDFRef.of makes a string key ("12 0 R") for every reference it is asked for. Generation-0 references
 * are looked up by number first, in a map in front of pdf-lib's pool holding the same instances
 * (references are compared by identity throughout pdf-lib).
 */
function installFastRefs(): void {
  const original = PDFRef.of.bind(PDFRef);
  const byNumber = new Map<number, PDFRef>();
  PDFRef.of = (objectNumber: number, generationNumber = 0): PDFRef => {
    if (generationNumber !== 0) return original(objectNumber, generationNumber);
    let ref = byNumber.get(objectNumber);
    if (!ref) {
      ref = original(objectNumber, 0);
      byNumber.set(objectNumber, ref);
    }
    return ref;
  };
}

/**
 * PDFNumber works out its printed form when it is made, with string splitting for every number, and the
 * parser makes one for every number in a file. Numbers never change once made, so whole numbers up to
 * about a million are made once each and shared.
 */
const SHARED_UP_TO = 1 << 20;
function installSharedNumbers(): void {
  const original = PDFNumber.of.bind(PDFNumber);
  const shared = new Map<number, PDFNumber>();
  PDFNumber.of = (value: number): PDFNumber => {
    if (!Number.isInteger(value) || value < 0 || value >= SHARED_UP_TO) return original(value);
    let n = shared.get(value);
    if (!n) {
      n = original(value);
      shared.set(value, n);
    }
    return n;
  };
}

let installed = false;

export function installFastParse(): void {
  if (installed) return;
  installed = true;
  base.parseRawNumber = parseRawNumber;
  base.skipWhitespaceAndComments = skipWhitespaceAndComments;
  base.matchKeyword = matchKeyword;
  objects.parseName = parseName;
  installFastRefs();
  installSharedNumbers();
}
