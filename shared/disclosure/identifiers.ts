import type { PartyRole } from '../domain/vocabulary';
import { homeOf, type Home } from './homes';
import { digitsOf, normal } from './text';

/**
 * Everything in the record that identifies one protected person (issue 16, build 1): their names and
 * the parts people use (surname alone, first name written as a name, initials), other spellings recorded
 * on the case, relatives named on the case, their address and its parts as people write them ("Flat 6",
 * "number 12", "flat six", "the flat above"), their postcode, phone, e-mail, vehicle registrations and
 * the identifying details the officer recorded. Whether a match discloses them to a particular reader is
 * context-rules.ts's question, not this file's.
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
  /** Other spellings of the name recorded on the case (a Welsh or an Arabic name written other ways). */
  otherNames?: readonly string[];
  /** Names of relatives on the case (the household they are responsible for, or who is responsible for them). */
  relatives?: readonly string[];
}

export type IdentifierKind =
  | 'name'
  | 'other-name'
  | 'surname'
  | 'first-name'
  | 'initials'
  | 'relative'
  | 'address'
  | 'unit'
  | 'nearby'
  | 'street'
  | 'postcode'
  | 'phone'
  | 'email'
  | 'vehicle'
  | 'detail';

export interface Identifier {
  kind: IdentifierKind;
  value: string;
  /**
   * For a name part that is also an ordinary word ("May", "Rose", "Green") or only two letters: it counts
   * only written as a name (capitalised and not opening a sentence), see match.ts.
   */
  strict?: boolean;
}

/** A withheld person's identifiers under the label a reader knows them by ("Witness A"). */
export interface WithheldIdentifiers {
  label: string;
  ids: Identifier[];
}

/**
 * Name parts that are ordinary English words too. Written in lower case, or opening a sentence, they are
 * read as the word ("May I remind you", "the grass is green"); capitalised inside a sentence, or after a
 * title or a role word ("neighbour May", "Mrs Green"), as the name.
 */
export const COMMON_WORD_NAMES = new Set(
  (
    'may june april august summer autumn dawn rose lily iris ivy holly hazel heather daisy ruby pearl amber crystal ' +
    'hope faith grace joy patience honor honour charity mercy sky rain storm star sunny ' +
    'will mark bill frank pat sue rob jack art gene guy ray max drew chase hunter victor ' +
    'green brown white black grey gray gold silver young old long little short small strong sharp rich ' +
    'king queen prince bishop knight page cook baker butcher carpenter mason smith turner fisher shepherd ' +
    'wood hill field lane street brook marsh moor heath bush ford bridge bell hall ward fox wolf lamb swan crane ' +
    'best fair gay free good hardy moody noble savage wise early'
  ).split(' '),
);

/** Titles a surname is written after ("Mr Pike"): the redaction takes the title with the name. */
export const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Lady', 'Lord', 'Rev'];

const VEHICLE = /^(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-Z])$/i;
const tokensOf = (name: string) =>
  normal(name)
    .split(' ')
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);

const strictWord = (w: string) => w.length <= 2 || COMMON_WORD_NAMES.has(w.toLowerCase());

export function surnameOf(name: string): string | null {
  const tokens = tokensOf(name);
  if (tokens.length < 2) return null;
  const last = tokens.at(-1)!;
  return last.length >= 2 ? last : null;
}

/** "G P", "G. P.", "G.P." — a name recorded as initials only; null for an ordinary name. */
export function initialsOf(name: string): string[] | null {
  const n = normal(name);
  const dotted = n.replace(/\./g, ' ').split(' ').filter(Boolean);
  if (dotted.length >= 2 && dotted.every((t) => /^\p{Lu}$/u.test(t))) return dotted;
  if (/^\p{Lu}{2,3}$/u.test(n)) return [...n];
  return null;
}

function nameIdentifiers(name: string, kind: 'name' | 'other-name'): Identifier[] {
  const ids: Identifier[] = [];
  const initials = initialsOf(name);
  if (initials) return [{ kind: 'initials', value: initials.join(' ') }];
  const full = normal(name);
  if (full.length < 2) return ids;
  const tokens = tokensOf(full);
  // A one-word name ("Rose") is a first name or a surname; it is matched like a part, never as a bare word.
  if (tokens.length === 1) return [{ kind: 'first-name', value: tokens[0]!, strict: strictWord(tokens[0]!) }];
  ids.push({ kind, value: full });
  const surname = surnameOf(full);
  if (surname) ids.push({ kind: 'surname', value: surname, strict: strictWord(surname) });
  const first = tokens[0]!;
  if (first.length >= 2 && first !== surname) ids.push({ kind: 'first-name', value: first, strict: strictWord(first) });
  return ids;
}

function homeIdentifiers(home: Home): Identifier[] {
  const ids: Identifier[] = [];
  if (home.firstLine.length >= 3) ids.push({ kind: 'address', value: home.firstLine });
  if (home.unit && home.street) ids.push({ kind: 'address', value: `${home.unit.id} ${home.street}` });
  // "Flat 6" (its forms are in match.ts: "flat six", "flat no. 6", "number 6"); "No 12" for a house.
  if (home.unit) ids.push({ kind: 'unit', value: `${home.unit.word} ${home.unit.id}` });
  else if (home.number) ids.push({ kind: 'unit', value: `No ${home.number}` });
  if (home.block) ids.push({ kind: 'nearby', value: home.block });
  if (home.street && home.street.length >= 3) ids.push({ kind: 'street', value: home.street });
  if (home.postcode.length >= 5) ids.push({ kind: 'postcode', value: home.postcode });
  return ids;
}

/** Everything that identifies one person, as the guard looks for it. */
export function identifiersOf(p: Omit<ProtectedPerson, 'id' | 'role'>): Identifier[] {
  const ids: Identifier[] = [];
  if (p.name.trim()) {
    ids.push(...nameIdentifiers(p.name, 'name'));
    for (const other of p.otherNames ?? []) ids.push(...nameIdentifiers(other, 'other-name'));
  }
  for (const r of p.relatives ?? []) if (tokensOf(r).length >= 2) ids.push({ kind: 'relative', value: normal(r) });
  const home = homeOf(p.address, p.postcode);
  if (home) ids.push(...homeIdentifiers(home));
  if (digitsOf(p.phone).length >= 6) ids.push({ kind: 'phone', value: normal(p.phone) });
  if (p.email.trim()) ids.push({ kind: 'email', value: p.email.trim() });
  for (const d of p.identifyingDetails) {
    const v = normal(d);
    if (v.length >= 2) ids.push({ kind: VEHICLE.test(v) ? 'vehicle' : 'detail', value: v });
  }
  return dedupe(ids);
}

function dedupe(ids: Identifier[]): Identifier[] {
  const seen = new Set<string>();
  return ids.filter((id) => {
    const k = `${id.kind}\u0000${id.value.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Whether two identifiers are the same detail (a reader's own detail is not a disclosure to them). */
export function sameIdentifier(a: Identifier, b: Identifier): boolean {
  const compact = (s: string) => s.replace(/\s/g, '').toLowerCase();
  if (a.kind === 'phone' || b.kind === 'phone') return a.kind === b.kind && digitsOf(a.value) === digitsOf(b.value);
  if (['postcode', 'vehicle'].includes(a.kind) || ['postcode', 'vehicle'].includes(b.kind)) return a.kind === b.kind && compact(a.value) === compact(b.value);
  const nameKinds = ['name', 'other-name', 'surname', 'first-name', 'relative'];
  const kindsAgree = a.kind === b.kind || (nameKinds.includes(a.kind) && nameKinds.includes(b.kind));
  return kindsAgree && normal(a.value).toLowerCase() === normal(b.value).toLowerCase();
}
