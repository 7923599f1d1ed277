import { homeOf, sameBlock, sameHome, type Home } from './homes';
import { identifiersOf, sameIdentifier, type Identifier, type IdentifierKind, type ProtectedPerson } from './identifiers';
import { findIdentifier } from './match';

/**
 * Context decides (issue 16, build 2). A detail of a protected person in a text identifies them *to
 * this reader* only if it narrows to them:
 *
 * - a name, another recorded spelling, a relative's name, initials, the first line of the address, a
 *   phone number, an e-mail address, a registration or a detail the officer marked: always;
 * - a flat or house number ("Flat 6", "number 12", "flat six"): yes, unless it is the reader's own
 *   number. It is said why: the reader lives in the same block; or the text names the block; or, with
 *   neither, because anyone who knows the place can go from a number to a door;
 * - "the flat above", "next door" and the like: only when the reader lives in the same block or street
 *   as the protected person (it points from the reader's home); elsewhere it points nowhere;
 * - a street or block name on its own: never (many households share it);
 * - a postcode: not when the reader shares it, nor when several households on the case's record do;
 *   otherwise yes (it is theirs alone on the record);
 * - anything that is the reader's own detail too (a surname shared in a household, their own address):
 *   never.
 *
 * Each verdict carries a rule and its reason in words, so a refusal can say why, and a review screen can
 * list the passage with a replacement.
 */

export interface Reader {
  /** Who reads it, for the refusal ("Darren Whitcombe", "the court (and so the Defendant)"). */
  description: string;
  /** Where the reader lives, when known (for the court: the Defendant, who is served the bundle). */
  home: Home | null;
  /** The reader's own details: never a disclosure to them. */
  own: readonly Identifier[];
  /** The homes of everyone on the case's record, to judge whether a postcode is shared. */
  households: readonly Home[];
}

export type RuleId =
  | 'name'
  | 'other-name'
  | 'surname'
  | 'first-name'
  | 'initials'
  | 'relative'
  | 'address'
  | 'unit-same-block'
  | 'unit-block-named'
  | 'unit'
  | 'nearby-same-block'
  | 'nearby-elsewhere'
  | 'street-alone'
  | 'postcode-theirs-alone'
  | 'postcode-readers-own'
  | 'postcode-shared'
  | 'phone'
  | 'email'
  | 'vehicle'
  | 'detail'
  | 'readers-own';

export interface Verdict {
  identifies: boolean;
  rule: RuleId;
  reason: string;
}

const ALWAYS: Partial<Record<IdentifierKind, string>> = {
  name: 'it is their name',
  'other-name': 'it is their name as otherwise spelt on the case',
  surname: 'it is their surname, which on its own points to them',
  'first-name': 'it is their first name, written as a name (capitalised inside a sentence, after a title or a word such as “neighbour”, or opening a sentence before a verb such as “saw” or “said”)',
  initials: 'it is their initials, written as initials',
  relative: 'it names a relative of theirs on the case, which points to them',
  address: 'it is their address',
  phone: 'it is their phone number',
  email: 'it is their e-mail address',
  vehicle: 'it is their vehicle’s registration',
  detail: 'it is a detail the officer recorded as identifying them',
};

const verdict = (identifies: boolean, rule: RuleId, reason: string): Verdict => ({ identifies, rule, reason });

/** Whether `id`, a detail of a person living at `home`, identifies them to `reader`, in a document whose whole text is `documentText`. */
export function judge(id: Identifier, home: Home | null, reader: Reader, documentText: string): Verdict {
  if (id.kind === 'postcode') {
    if (reader.home?.postcode === id.value) return verdict(false, 'postcode-readers-own', 'the postcode is the recipient’s own too, so it tells them nothing about who');
    const sharing = reader.households.filter((h) => h.postcode === id.value && !sameHome(h, home));
    if (sharing.length) return verdict(false, 'postcode-shared', 'several households on the case share this postcode, so on its own it does not point to one of them');
    return verdict(true, 'postcode-theirs-alone', 'it is their postcode, which no one else on the case shares');
  }
  // A street or a block is judged for what it is, whoever else lives there: the reader sharing it is the point.
  if (id.kind === 'street') return verdict(false, 'street-alone', 'a street or block named on its own is shared by many households');
  if (id.kind === 'nearby') {
    return sameBlock(home, reader.home)
      ? verdict(true, 'nearby-same-block', `the recipient lives in the same block or street (${reader.home!.block}), so from their home it points to one household: theirs`)
      : verdict(false, 'nearby-elsewhere', 'the recipient does not live in their block or street, so it does not point to a home they know');
  }
  if (reader.own.some((o) => sameIdentifier(o, id))) return verdict(false, 'readers-own', 'it is the recipient’s own detail too (a shared surname, their own household or number)');
  switch (id.kind) {
    case 'unit': {
      if (sameBlock(home, reader.home)) return verdict(true, 'unit-same-block', `it is the number of their home, and the recipient lives in the same block or street (${reader.home!.block}), so it points to one household`);
      const block = home?.block ?? home?.street;
      if (block && findIdentifier(documentText, { kind: 'street', value: block }).length) return verdict(true, 'unit-block-named', `it is the number of their home, and the document names their block or street (${block}), so together they point to one household`);
      return verdict(true, 'unit', 'it is the number of their home, which takes anyone who knows the place to their door');
    }
    default:
      return verdict(true, id.kind as RuleId, ALWAYS[id.kind] ?? 'it identifies them');
  }
}

/** The words that stand in for a detail when it is taken out (for the bundle's text and a review screen). */
export function suggestionFor(kind: IdentifierKind, label: string): string {
  switch (kind) {
    case 'name':
    case 'other-name':
    case 'surname':
    case 'first-name':
    case 'initials':
      return label;
    case 'relative':
      return '[a relative’s name withheld]';
    case 'address':
    case 'unit':
    case 'nearby':
      return '[address withheld]';
    case 'phone':
      return '[phone number withheld]';
    case 'email':
      return '[e-mail address withheld]';
    default:
      return '[withheld]';
  }
}

export interface Piece {
  place: string;
  text: string;
}

/** One passage that would identify a protected person to the reader: what, whose, which rule and why. */
export interface Finding {
  partyId: number;
  /** How the person is shown to whoever reads the finding: their name to the officer, "Witness A" in a bundle. */
  person: string;
  kind: IdentifierKind;
  /** The record's detail it matched ("Flat 6"). */
  value: string;
  /** The words as the text has them ("flat six"). */
  words: string;
  rule: RuleId;
  reason: string;
  place: string;
  index: number;
  length: number;
  excerpt: string;
  /** What to write instead ("Witness A", "[address withheld]"). */
  suggestion: string;
}

export interface Allowance {
  partyId: number;
  kind: IdentifierKind;
  words: string;
  rule: RuleId;
  reason: string;
  place: string;
}

export interface Subject {
  person: ProtectedPerson;
  /** How findings show them ("George Pike" to the officer, "Witness A" in a bundle). */
  label: string;
  /** What a name becomes when taken out, when not the label ("a neighbour" in a letter). */
  standIn?: string;
}

/** A person's identifiers and home, worked out once per person object (a bundle checks thousands of passages). */
const derivedOf = new WeakMap<ProtectedPerson, { ids: Identifier[]; home: Home | null }>();
function derived(person: ProtectedPerson): { ids: Identifier[]; home: Home | null } {
  let d = derivedOf.get(person);
  if (!d) {
    d = { ids: identifiersOf(person), home: homeOf(person.address, person.postcode) };
    derivedOf.set(person, d);
  }
  return d;
}

function excerptOf(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 40);
  const to = Math.min(text.length, index + length + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

const overlaps = (a: { index: number; length: number }, b: { index: number; length: number }) => a.index < b.index + b.length && b.index < a.index + a.length;

/**
 * Every passage of the pieces that identifies one of the subjects to the reader (longest first where
 * they overlap: "Flat 6, Marlowe Court" is one finding, not three), and the passages that matched a
 * detail but were allowed, with why.
 */
export function assess(pieces: readonly Piece[], subjects: readonly Subject[], reader: Reader): { findings: Finding[]; allowed: Allowance[] } {
  const findings: Finding[] = [];
  const allowed: Allowance[] = [];
  const documentText = pieces.map((p) => p.text).join('\n');
  for (const { person, label, standIn } of subjects) {
    const { ids, home } = derived(person);
    for (const piece of pieces) {
      const hits: { index: number; length: number; id: Identifier; v: Verdict }[] = [];
      for (const id of ids) for (const h of findIdentifier(piece.text, id)) hits.push({ ...h, id, v: judge(id, home, reader, documentText) });
      hits.sort((a, b) => b.length - a.length || a.index - b.index);
      const kept: typeof hits = [];
      for (const h of hits.filter((x) => x.v.identifies)) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
      const keptAllowed: typeof hits = [];
      for (const h of hits.filter((x) => !x.v.identifies)) if (!kept.some((k) => overlaps(k, h)) && !keptAllowed.some((k) => overlaps(k, h))) keptAllowed.push(h);
      for (const h of kept.sort((a, b) => a.index - b.index)) {
        const words = piece.text.slice(h.index, h.index + h.length);
        findings.push({ partyId: person.id, person: label, kind: h.id.kind, value: h.id.value, words, rule: h.v.rule, reason: h.v.reason, place: piece.place, index: h.index, length: h.length, excerpt: excerptOf(piece.text, h.index, h.length), suggestion: suggestionFor(h.id.kind, standIn ?? label) });
      }
      for (const h of keptAllowed) allowed.push({ partyId: person.id, kind: h.id.kind, words: piece.text.slice(h.index, h.index + h.length), rule: h.v.rule, reason: h.v.reason, place: piece.place });
    }
  }
  return { findings, allowed };
}
