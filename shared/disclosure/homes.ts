import { normal } from './text';

/**
 * Where someone lives, in the parts people write: "Flat 6, Marlowe Court" is flat 6 of the block Marlowe
 * Court; "12 Elm Road" is number 12 of the street Elm Road; "Flat 3, 12 High Street" is flat 3 of the
 * building 12 High Street. The guard needs the parts to judge a flat number against the reader's own home.
 */
export interface Home {
  /** "Flat 6" → { word: 'Flat', id: '6' }. */
  unit: { word: string; id: string } | null;
  /** The house number on the street ("12", "12a"), when there is one. */
  number: string | null;
  /** The street or the named block ("Elm Road", "Marlowe Court"). */
  street: string | null;
  /** The building a flat is in: "Marlowe Court", "12 High Street"; for a house, its street. */
  block: string | null;
  /** The first line as written, flat included ("Flat 6, Marlowe Court"). */
  firstLine: string;
  /** Upper case, one space ("N1 1AA"), or ''. */
  postcode: string;
}

const UNIT = /^(flat|apartment|apt|unit|room|maisonette)\.?\s*(?:no\.?\s*|number\s*)?(\d+[a-z]?|[a-z])\b[\s,]*(.*)$/i;
const NUMBERED = /^(\d+[a-z]?)\s*,?\s+(\D.*)$/i;

export function normalPostcode(postcode: string): string {
  const p = postcode.replace(/\s+/g, '').toUpperCase();
  return p.length >= 5 ? `${p.slice(0, -3)} ${p.slice(-3)}` : p;
}

/** The first line of an address: up to the first comma or line break ("Flat 3, 12 High Street" keeps both parts). */
export function addressFirstLine(address: string): string {
  const parts = address
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return '';
  if (parts.length > 1 && /^(flat|apartment|apt|unit|room|maisonette)\.?\s*\S+$/i.test(parts[0]!)) return `${parts[0]}, ${parts[1]}`;
  return parts[0]!;
}

/** The parts of an address, or null when nothing is recorded (a protected person with no address). */
export function homeOf(address: string, postcode: string): Home | null {
  const first = normal(addressFirstLine(address));
  const code = normalPostcode(postcode);
  if (!first && !code) return null;
  let unit: Home['unit'] = null;
  let rest = first;
  const u = UNIT.exec(first);
  if (u) {
    unit = { word: u[1]![0]!.toUpperCase() + u[1]!.slice(1).toLowerCase(), id: u[2]!.toUpperCase() };
    rest = u[3]!.trim();
  }
  let number: string | null = null;
  let street: string | null = null;
  const n = NUMBERED.exec(rest);
  if (n) {
    number = n[1]!.toUpperCase();
    street = n[2]!.trim();
  } else if (rest && /\p{L}/u.test(rest)) street = rest;
  const block = unit && number && street ? `${number} ${street}` : street;
  return { unit, number, street, block, firstLine: first, postcode: code };
}

const key = (s: string | null) => (s ? s.toLowerCase().replace(/[\s,.]+/g, ' ').trim() : '');

/** Two homes in the same block (flats) or on the same street (houses). */
export function sameBlock(a: Home | null, b: Home | null): boolean {
  if (!a?.block || !b?.block) return false;
  // One street often has several postcodes (N1 1AA, N1 1AB): only a different district (N1, N7) says it is another street.
  if (a.postcode && b.postcode && a.postcode.split(' ')[0] !== b.postcode.split(' ')[0]) return false;
  return key(a.block) === key(b.block) || (key(a.street) !== '' && key(a.street) === key(b.street));
}

/** The same household: same first line and postcode (when both are known). */
export function sameHome(a: Home | null, b: Home | null): boolean {
  if (!a || !b || !a.firstLine || !b.firstLine) return false;
  return key(a.firstLine) === key(b.firstLine) && (!a.postcode || !b.postcode || a.postcode === b.postcode);
}
