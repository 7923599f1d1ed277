/**
 * Whether text reads right to left: its first strong letter is Hebrew, Arabic, Syriac, Thaana or N'Ko
 * (UAX #9 rule P2, for the scripts a statement or notice may be in). Digits and punctuation do not count.
 */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const STRONG = /[\p{L}]/u;

export function readsRightToLeft(text: string): boolean {
  for (const ch of text) if (STRONG.test(ch)) return RTL.test(ch);
  return false;
}
