import { TITLES, type Identifier } from './identifiers';
import { atSentenceStart, digitsOf, escapeRegex, foldText, isAscii, numberInWords } from './text';

/**
 * Where an identifier occurs in a text. Case- and space-insensitive (any run of spaces, commas or line
 * breaks between words), on whole words, accents folded; phone numbers by their digits, postcodes and
 * registrations with or without their space. Name parts that are ordinary words are matched only when
 * written as a name (identifiers.ts, COMMON_WORD_NAMES).
 */
export interface Hit {
  index: number;
  length: number;
}

interface Matcher {
  re: RegExp;
  accept: ((hay: string, m: RegExpExecArray) => boolean) | null;
  /**
   * Lower-case text every match must contain, checked before the pattern runs (most texts contain none
   * of a person's details). Only for ASCII identifiers, and only used on ASCII texts: there lower-casing
   * agrees with the pattern's case-insensitive matching, which elsewhere also folds ſ to s and K to k.
   */
  needle: string | null;
  /** Like `needle`, for identifiers written several ways ("6" or "six"): one of them must be in the text. */
  anyOf?: readonly string[];
}

const needleOf = (s: string) => (s && isAscii(s) ? s.toLowerCase() : null);
const wordPattern = (pattern: string, flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, flags);
const phrase = (value: string) =>
  foldText(value)
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(escapeRegex)
    .join('[\\s,]+');
const longestWord = (value: string) => foldText(value).split(/[\s,]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
const TITLE = `(?:(?:${TITLES.join('|')})\\.?\\s+)?`;
/** Capitalised or all capitals: "Rose", "ROSE", never "rose". */
const asName = (word: string) => {
  const w = foldText(word);
  const cap = w[0]!.toUpperCase() + w.slice(1);
  return `(?:${escapeRegex(cap)}|${escapeRegex(w.toUpperCase())})`;
};
/** Words before a month name that make it a date ("in May", "since June"): the month, not the person. */
const DATE_WORDS = /(?:\d\s*|\b(?:in|of|since|until|till|by|from|during|early|late|mid|last|next|this|before|after)\s+)$/i;
const MONTHS = new Set(['may', 'june', 'april', 'august']);

/** "neighbour May", "Mrs Green": a title or role word before a name settles that it is one. */
const ROLE_BEFORE = new RegExp(`(?:\\b(?:${TITLES.join('|')})\\.?|\\b(?:neighbou?r|witness|complainant|victim|tenant|resident|lodger|carer|friend|son|daughter|wife|husband|partner|mother|mum|father|dad|brother|sister|aunt|uncle|cousin|grandmother|grandfather|nan|gran))\\s+$`, 'i');

const TITLED = new RegExp(`^(?:${TITLES.join('|')})\\.?\\s`);

/**
 * Verbs only a person does, right after the word: "May saw you", "Rose said", "Will told us". Opening a
 * sentence, a common-word name is read as the name when one of these follows (issue 16, bad input); "May
 * we remind you", "Will you" and "Green bins" are not followed by one. "has"/"is" are left out: "May is
 * the month" would read as a person.
 */
const PERSON_VERB_AFTER =
  /^\s+(?:saw|sees|seen|said|says|heard|hears|told|tells|lives|lived|rang|rings|called|phoned|complained|reported|witnessed|watched|shouted|screamed|cried|asked|answered|replied|knocked|came|went|left|spoke|speaks|wrote|writes|explained|described|recalled|remembers|remembered|noticed|confirmed|stated|believes|believed|thinks|thought|felt|feels|wants|wanted|was\s+(?:told|hit|attacked|threatened|scared|frightened|abused|shouted\s+at|followed))\b/i;

function strictAccept(word: string) {
  const month = MONTHS.has(word.toLowerCase());
  return (hay: string, m: RegExpExecArray) => {
    if (TITLED.test(m[0])) return true;
    const before = hay.slice(Math.max(0, m.index - 24), m.index);
    if (ROLE_BEFORE.test(before)) return true;
    if (atSentenceStart(hay, m.index)) return PERSON_VERB_AFTER.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (month && (DATE_WORDS.test(before) || /^\s*\d/.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 3)))) return false;
    return true;
  };
}

function unitPattern(value: string): string {
  const [word, id] = value.split(' ') as [string, string];
  const spelled = numberInWords(id);
  const ids = `(?:${escapeRegex(id)}${spelled ? `|${spelled.replace('-', '[\\s-]?')}` : ''})`;
  const lead = word === 'No' ? '(?:no\\.?|number|house)' : `(?:${escapeRegex(word)}|no\\.?|number)`;
  return `${lead}\\s*(?:no\\.?\\s*|number\\s*)?${ids}`;
}

/** "the flat above", "next door", "the downstairs neighbour": a home pointed at from the reader's. */
const NEARBY =
  '(?:the\\s+)?(?:(?:flat|house|home|maisonette|door|neighbou?rs?|people|family|man|woman|lady)\\s+(?:above|below|upstairs|downstairs|opposite|across\\s+the\\s+(?:landing|hall|road))|(?:upstairs|downstairs)\\s+(?:flat|neighbou?rs?)|next[\\s-]+door(?:\\s+neighbou?rs?)?)';

function makeMatcher(id: Identifier): Matcher {
  switch (id.kind) {
    case 'phone': {
      const want = digitsOf(id.value);
      return { re: /\+?\d[\d\s\-().]{4,}\d/g, accept: (_h, m) => want.length >= 6 && digitsOf(m[0]).includes(want), needle: null, anyOf: [want.slice(-1)] };
    }
    case 'postcode': {
      const compact = id.value.replace(/\s/g, '');
      return { re: wordPattern(`${escapeRegex(compact.slice(0, -3))}\\s*${escapeRegex(compact.slice(-3))}`), accept: null, needle: needleOf(compact.slice(-3)) };
    }
    case 'vehicle': {
      // A registration is written with its space anywhere, or none ("AB12 CDE", "AB12CDE", "AB 12 CDE").
      const compact = id.value.replace(/\s/g, '');
      return { re: wordPattern([...compact].map(escapeRegex).join('\\s?')), accept: null, needle: null };
    }
    case 'email':
      return { re: new RegExp(`(?<![\\w.+-])${escapeRegex(id.value)}(?![\\w-])`, 'gi'), accept: null, needle: needleOf(id.value) };
    case 'first-name':
      return { re: wordPattern(`${TITLE}${asName(id.value)}`, 'gu'), accept: id.strict ? strictAccept(id.value) : null, needle: needleOf(id.value) };
    case 'surname':
      if (id.strict) return { re: wordPattern(`${TITLE}${asName(id.value)}`, 'gu'), accept: strictAccept(id.value), needle: needleOf(id.value) };
      return { re: wordPattern(`${TITLE}${phrase(id.value)}`), accept: null, needle: needleOf(id.value) };
    case 'initials': {
      // "G. P." or "G.P." or "G P" in capitals; never "GP" run together, which is also a word (a GP, a PC).
      const letters = id.value.split(' ').map(escapeRegex);
      return { re: wordPattern(`(?:${letters.join('\\.\\s*')}\\.?|${letters.join(' ')})`, 'gu'), accept: null, needle: null };
    }
    case 'unit': {
      const n = id.value.split(' ')[1]!.toLowerCase();
      return { re: wordPattern(unitPattern(id.value)), accept: null, needle: null, anyOf: [n, ...(numberInWords(n) ? [numberInWords(n)!.split('-')[0]!] : [])] };
    }
    case 'nearby':
      return { re: wordPattern(NEARBY), accept: null, needle: null, anyOf: ['above', 'below', 'upstairs', 'downstairs', 'opposite', 'across', 'next'] };
    case 'name':
    case 'other-name':
    case 'relative':
      return { re: wordPattern(`${TITLE}${phrase(id.value)}`), accept: null, needle: needleOf(longestWord(id.value)) };
    default:
      return { re: wordPattern(phrase(id.value)), accept: null, needle: needleOf(longestWord(id.value)) };
  }
}

const matchers = new Map<string, Matcher>();
const MATCHERS_KEPT = 2000;

/**
 * Patterns are made once per identifier and kept: a bundle checks hundreds of texts against the same
 * few dozen identifiers, and building a Unicode-aware RegExp costs far more than running it.
 */
function matcherFor(id: Identifier): Matcher {
  const key = `${id.kind}\u0000${id.strict ? 1 : 0}\u0000${id.value}`;
  let m = matchers.get(key);
  if (!m) {
    if (matchers.size >= MATCHERS_KEPT) matchers.clear();
    m = makeMatcher(id);
    matchers.set(key, m);
  }
  return m;
}

/** The text folded, and lower-cased if ASCII; the last answer is kept (one text is checked for many identifiers). */
let lastText = '';
let lastFolded = '';
let lastLower: string | null = '';
function prepared(text: string): { hay: string; lower: string | null } {
  if (text !== lastText) {
    lastText = text;
    lastFolded = foldText(text);
    lastLower = isAscii(lastFolded) ? lastFolded.toLowerCase() : null;
  }
  return { hay: lastFolded, lower: lastLower };
}

/** Where an identifier occurs in a text (indices into the text as given). */
export function findIdentifier(text: string, id: Identifier): Hit[] {
  const { hay, lower } = prepared(text);
  const hits: Hit[] = [];
  const { re, accept, needle, anyOf } = matcherFor(id);
  if (lower !== null) {
    if (needle !== null && !lower.includes(needle)) return hits;
    if (anyOf && !anyOf.some((w) => lower.includes(w))) return hits;
  }
  re.lastIndex = 0; // the pattern is shared: start from the beginning whatever the last search left
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    if (!accept || accept(hay, m)) hits.push({ index: m.index, length: m[0].length });
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return hits;
}
