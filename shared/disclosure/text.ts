/**
 * Text as the disclosure guard reads it. Every change here keeps the text's length, so a match found in
 * the folded text is at the same place in the original (the bundle's redaction replaces it there).
 */

const APOSTROPHES = /[’‘`´]/g;
const ASCII = /^\p{ASCII}*$/u;

const folded = new Map<string, string>();
/** One character without its accents ("â" → "a", "ŵ" → "w"), when that is one character; else itself. */
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const d = c.normalize('NFD');
    f = d.length > 1 && /^\p{L}\p{M}+$/u.test(d) && d[0]!.length === 1 ? d[0]! : c;
    folded.set(c, f);
  }
  return f;
}

/**
 * Apostrophes made one kind and accents taken off, length kept: "Siân" and "Sian", "O’Neill" and
 * "O'Neill" are the same name to the guard (people type them both ways).
 */
export function foldText(s: string): string {
  const t = s.replace(APOSTROPHES, "'");
  if (ASCII.test(t)) return t;
  let out = '';
  for (const c of t) out += c.length === 1 ? foldChar(c) : c;
  return out;
}

export const isAscii = (s: string) => ASCII.test(s);
export const normal = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phone number's digits, +44 read as 0. */
export const digitsOf = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.startsWith('44') && d.length === 12 ? `0${d.slice(2)}` : d;
};

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A house or flat number as people write it in words ("six", "twenty-one"), up to 99; else null. */
export function numberInWords(n: string): string | null {
  if (!/^\d{1,2}$/.test(n)) return null;
  const v = Number(n);
  if (v < 20) return UNITS[v]!;
  return `${TENS[Math.floor(v / 10)]}${v % 10 ? `-${UNITS[v % 10]}` : ''}`;
}

/** Whether the text before `index` ends a sentence (or is the start): a capital there proves nothing. */
export function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"“‘'(]/.test(text[i]!)) i -= 1;
  return i < 0 || /[.!?:;•\n]/.test(text[i]!) || /\n/.test(text.slice(i, index));
}
