import { CONSENT_RECIPIENTS, labelOf, PARTY_ROLES, type ConsentRecipient, type PartyRole } from '../domain/vocabulary';
import type { TextPiece } from './plain-text';

/**
 * The disclosure guard (P3.13–3.14, DESIGN §5): a document addressed to anyone but the complainant may not
 * name a complainant, victim or witness, or give details that identify them, unless that person's written
 * consent covers the recipient. It reads the finished text of the document (so a name typed into a
 * free-text slot is caught as surely as a template field), and says what it found and where.
 *
 * Matching: case-insensitive and on whole words; a full name and the surname alone; the first line of an
 * address; a postcode with or without its space; a phone number by its digits whatever the spacing
 * (+44 read as 0); an e-mail address; and anything an officer marked as identifying (a car, a workplace).
 * Anything the recipient shares (a surname, an address in the same household) is not counted: it is the
 * recipient's own detail too.
 */

export interface ProtectedPerson {
  id: number;
  name: string;
  role: PartyRole;
  anonymous: boolean;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  identifyingDetails: readonly string[];
}

export interface ConsentRecord {
  partyId: number;
  recipient: ConsentRecipient;
  recipientName: string;
  writtenOn: string;
  withdrawnOn: string | null;
}

export type IdentifierKind = 'name' | 'surname' | 'address' | 'postcode' | 'phone' | 'email' | 'detail';
export interface Identifier {
  kind: IdentifierKind;
  value: string;
}

const KIND_WORDS: Record<IdentifierKind, string> = {
  name: 'name',
  surname: 'surname',
  address: 'address',
  postcode: 'postcode',
  phone: 'phone number',
  email: 'e-mail address',
  detail: 'identifying detail',
};

const APOSTROPHES = /[’‘`´]/g;
const normal = (s: string) => s.replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const digitsOf = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.startsWith('44') && d.length === 12 ? `0${d.slice(2)}` : d;
};

/** The first line of an address: up to the first comma or line break ("Flat 3, 12 High Street" keeps both parts). */
export function addressFirstLine(address: string): string {
  const parts = address
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return '';
  if (parts.length > 1 && /^(flat|apartment|apt|unit|room|maisonette)\b/i.test(parts[0]!)) return `${parts[0]}, ${parts[1]}`;
  return parts[0]!;
}

export function surnameOf(name: string): string | null {
  const tokens = normal(name).split(' ').filter(Boolean);
  if (tokens.length < 2) return null;
  const last = tokens.at(-1)!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return last.length >= 2 ? last : null;
}

/** Everything that identifies one person, as this guard looks for it. */
export function identifiersOf(p: Pick<ProtectedPerson, 'name' | 'anonymous' | 'address' | 'postcode' | 'phone' | 'email' | 'identifyingDetails'>): Identifier[] {
  const ids: Identifier[] = [];
  const name = normal(p.name);
  if (name.length >= 2) {
    ids.push({ kind: 'name', value: name });
    const surname = surnameOf(name);
    if (surname) ids.push({ kind: 'surname', value: surname });
  }
  const first = normal(addressFirstLine(p.address));
  if (first.length >= 3) ids.push({ kind: 'address', value: first });
  const postcode = p.postcode.replace(/\s+/g, '').toUpperCase();
  if (postcode.length >= 5) ids.push({ kind: 'postcode', value: `${postcode.slice(0, -3)} ${postcode.slice(-3)}` });
  if (digitsOf(p.phone).length >= 6) ids.push({ kind: 'phone', value: normal(p.phone) });
  if (p.email.trim()) ids.push({ kind: 'email', value: p.email.trim() });
  for (const d of p.identifyingDetails) if (normal(d).length >= 2) ids.push({ kind: 'detail', value: normal(d) });
  return ids;
}

const sameIdentifier = (a: Identifier, b: Identifier) => {
  if (a.kind === 'phone' || b.kind === 'phone') return a.kind === b.kind && digitsOf(a.value) === digitsOf(b.value);
  if (a.kind === 'postcode' || b.kind === 'postcode') return a.value.replace(/\s/g, '').toLowerCase() === b.value.replace(/\s/g, '').toLowerCase();
  return a.value.toLowerCase() === b.value.toLowerCase();
};

interface Hit {
  index: number;
  length: number;
}

/**
 * The pattern that finds an identifier, and for phone numbers a check on each candidate. Patterns are made
 * once per identifier and kept: a bundle redacts hundreds of texts against the same few dozen identifiers,
 * and building a Unicode-aware RegExp costs far more than running it.
 */
interface Matcher {
  re: RegExp;
  accept: ((match: string) => boolean) | null;
  /**
   * Lower-case text every match must contain, checked before the pattern runs (most texts contain
   * none of a person's details). Only for ASCII identifiers, and only used on ASCII texts: there
   * lower-casing agrees with the pattern's case-insensitive matching, which elsewhere also folds ſ to s
   * and the Kelvin sign to k.
   */
  needle: string | null;
}

const ASCII = /^\p{ASCII}*$/u;
const needleOf = (s: string) => (s && ASCII.test(s) ? s.toLowerCase() : null);

const matchers = new Map<string, Matcher>();
const MATCHERS_KEPT = 2000;

const wordPattern = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');

function makeMatcher(id: Identifier): Matcher {
  switch (id.kind) {
    case 'phone': {
      const want = digitsOf(id.value);
      return { re: /\+?\d[\d\s\-().]{4,}\d/g, accept: (m) => want.length >= 6 && digitsOf(m).includes(want), needle: null };
    }
    case 'postcode': {
      const compact = id.value.replace(/\s/g, '');
      return { re: wordPattern(`${escapeRegex(compact.slice(0, -3))}\\s*${escapeRegex(compact.slice(-3))}`), accept: null, needle: needleOf(compact.slice(-3)) };
    }
    case 'email':
      return { re: new RegExp(`(?<![\\w.+-])${escapeRegex(id.value)}(?![\\w-])`, 'gi'), accept: null, needle: needleOf(id.value) };
    default: {
      // Words of the phrase, with any run of spaces or commas between them ("4 Elm Road" = "4, Elm  Road").
      const words = id.value.split(/[\s,]+/).filter(Boolean);
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
      return { re: wordPattern(words.map(escapeRegex).join('[\\s,]+')), accept: null, needle: needleOf(longest) };
    }
  }
}

function matcherFor(id: Identifier): Matcher {
  const key = `${id.kind}\u0000${id.value}`;
  let m = matchers.get(key);
  if (!m) {
    if (matchers.size >= MATCHERS_KEPT) matchers.clear();
    m = makeMatcher(id);
    matchers.set(key, m);
  }
  return m;
}

/** The text lower-cased if it is ASCII, else null; the last answer is kept (one text is checked for many identifiers). */
let lastText = '';
let lastLower: string | null = '';
function lowerAscii(text: string): string | null {
  if (text !== lastText) {
    lastText = text;
    lastLower = ASCII.test(text) ? text.toLowerCase() : null;
  }
  return lastLower;
}

/** Where an identifier occurs in a text: whole words, any case. */
export function findIdentifier(text: string, id: Identifier): Hit[] {
  const hay = text.replace(APOSTROPHES, "'");
  const hits: Hit[] = [];
  const { re, accept, needle } = matcherFor(id);
  if (needle !== null) {
    const lower = lowerAscii(hay);
    if (lower !== null && !lower.includes(needle)) return hits;
  }
  re.lastIndex = 0; // the pattern is shared: start from the beginning whatever the last search left
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    if (!accept || accept(m[0])) hits.push({ index: m.index, length: m[0].length });
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return hits;
}

export interface Disclosure {
  partyId: number;
  partyName: string;
  role: PartyRole;
  kind: IdentifierKind;
  value: string;
  place: string;
  excerpt: string;
}

function excerptOf(text: string, hit: Hit): string {
  const from = Math.max(0, hit.index - 40);
  const to = Math.min(text.length, hit.index + hit.length + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Who a document goes to, for the guard. `category` is the consent recipient code the consent must name
 * ('alleged-perpetrator', 'court', 'police' …); `own` are the recipient's own identifiers, never counted.
 */
export interface GuardRecipient {
  partyId: number | null;
  role: PartyRole | null;
  category: ConsentRecipient;
  description: string;
  own: readonly Identifier[];
}

/** A complainant or victim may read about the case they reported (DESIGN §5: "anyone but the complainant"). */
export const needsNoConsent = (recipient: GuardRecipient, person: ProtectedPerson) =>
  recipient.partyId === person.id || recipient.role === 'complainant' || recipient.role === 'victim';

/** A consent covers a recipient when it names the recipient's kind, was given on or before today and is not withdrawn. */
export function consentCovers(c: ConsentRecord, partyId: number, recipient: GuardRecipient, today: string): boolean {
  if (c.partyId !== partyId || c.recipient !== recipient.category) return false;
  if (c.writtenOn > today) return false;
  if (c.withdrawnOn !== null && c.withdrawnOn <= today) return false;
  if (c.recipient === 'other') {
    // "Someone else (named)": the consent must name this recipient.
    const a = c.recipientName.trim().toLowerCase();
    const b = recipient.description.trim().toLowerCase();
    return a.length > 0 && (b.includes(a) || a.includes(b));
  }
  return true;
}

/** Every place the text would disclose a protected person to this recipient without a consent covering it. */
export function findDisclosures(pieces: readonly TextPiece[], people: readonly ProtectedPerson[], consents: readonly ConsentRecord[], recipient: GuardRecipient, today: string): Disclosure[] {
  const found: Disclosure[] = [];
  for (const person of people) {
    if (needsNoConsent(recipient, person)) continue;
    if (consents.some((c) => consentCovers(c, person.id, recipient, today))) continue;
    const ids = identifiersOf(person).filter((id) => !recipient.own.some((o) => sameIdentifier(id, o)));
    for (const piece of pieces) {
      for (const id of ids) {
        const hit = findIdentifier(piece.text, id)[0];
        // A surname inside the full name already found at the same place is one disclosure, not two.
        if (hit && !found.some((f) => f.partyId === person.id && f.place === piece.place && f.kind === 'name' && id.kind === 'surname')) {
          found.push({ partyId: person.id, partyName: person.anonymous || !person.name ? 'an anonymous person' : person.name, role: person.role, kind: id.kind, value: id.value, place: piece.place, excerpt: excerptOf(piece.text, hit) });
        }
      }
    }
  }
  return found;
}

/** One sentence per disclosure, then what to do: the refusal an officer reads. */
export function describeDisclosures(found: readonly Disclosure[], recipient: GuardRecipient): string {
  const to = `${recipient.description} (${labelOf(CONSENT_RECIPIENTS, recipient.category).replace(/^(The|A|An) /, '').toLowerCase()})`;
  const lines = found.slice(0, 6).map((f) => `It would give the ${KIND_WORDS[f.kind]} of ${f.partyName} (${labelOf(PARTY_ROLES, f.role).toLowerCase()}), “${f.value}”, in ${f.place}: “${f.excerpt}”.`);
  const more = found.length > 6 ? ` And ${found.length - 6} more.` : '';
  const who = [...new Set(found.map((f) => f.partyName))].join(' and ');
  return (
    `This document to ${to} cannot be made (P3.13–3.14). ${lines.join(' ')}${more} ` +
    `${who} has not given written consent that covers this recipient. Record their written consent, or take the detail out of the wording.`
  );
}
