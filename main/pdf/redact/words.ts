import { findIdentifier, type Identifier } from '../../../shared/documents/disclosure';
import type { Box, Word } from './types';

/**
 * Words on a page, where they are, and which of them a redaction takes away. Pure geometry: the words
 * come from pdf.js (text-words.ts) or from OCR (ocr.ts); the boxes from the person or from the terms.
 */

/** A term as the disclosure guard matches it: an e-mail, a phone number, a postcode, or words. */
export function identifierOf(term: string): Identifier {
  const value = term.trim();
  if (value.includes('@')) return { kind: 'email', value };
  if (/^[+\d\s\-().]+$/.test(value) && value.replace(/\D/g, '').length >= 6) return { kind: 'phone', value };
  if (/^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i.test(value)) return { kind: 'postcode', value };
  return { kind: 'detail', value };
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The words no box touches: what the rebuilt page's text layer may carry. A word a box only grazes goes too. */
export function wordsOutside(words: readonly Word[], boxes: readonly Box[]): Word[] {
  return words.filter((w) => !boxes.some((b) => overlaps(w, b)));
}

/**
 * Boxes over every occurrence of the terms on a page, a margin around each word (a word's measured box is
 * an estimate; the margin makes sure no stroke of a letter shows at its edges). Matches across the words
 * in reading order, so "Jane Smithson" is found when the two words are separate text items.
 */
export function boxesForTerms(words: readonly Word[], terms: readonly string[], page: number): Box[] {
  if (!terms.length || !words.length) return [];
  let text = '';
  const starts: number[] = [];
  for (const w of words) {
    starts.push(text.length);
    text += `${w.text} `;
  }
  const hit = new Set<number>();
  for (const term of terms) {
    if (!term.trim()) continue;
    // A first name alone ("Will", "Grace") is found only capitalised, as the bundle's own text does
    // (main/bundles/redaction.ts): "I will" keeps its words.
    const nameAlone = /^\p{Lu}[\p{L}'-]*$/u.test(term.trim());
    for (const h of findIdentifier(text, identifierOf(term))) {
      if (nameAlone && !/^\p{Lu}/u.test(text.slice(h.index, h.index + 1))) continue;
      for (let i = 0; i < words.length; i += 1) {
        const from = starts[i]!;
        const to = from + words[i]!.text.length;
        if (from < h.index + h.length && h.index < to) hit.add(i);
      }
    }
  }
  return [...hit].sort((a, b) => a - b).map((i) => padded(words[i]!, page));
}

/** A word's box with a margin of a fifth of its height (at least 1.5 points) all round. */
export function padded(w: Word, page: number): Box {
  const m = Math.max(1.5, w.height * 0.2);
  return { page, x: w.x - m, y: w.y - m, width: w.width + 2 * m, height: w.height + 2 * m };
}

const near = (a: Box, b: Box) => a.page === b.page && [a.x - b.x, a.y - b.y, a.width - b.width, a.height - b.height].every((d) => Math.abs(d) < 0.01);

/** Whether every one of `boxes` is among `asked` (to a hundredth of a point): a proposal's boxes still in a redaction. */
export const boxesIn = (boxes: readonly Box[], asked: readonly Box[]): boolean => boxes.every((b) => asked.some((a) => near(a, b)));
