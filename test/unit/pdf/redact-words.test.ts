import { describe, expect, it } from 'vitest';
import type { Word } from '../../../main/pdf/redact/types';
import { boxesForTerms, identifierOf, wordsOutside } from '../../../main/pdf/redact/words';

/** Which words a redaction covers (main/pdf/redact/words.ts): pure geometry and matching, no PDF. */
const line = (text: string, y = 100): Word[] => {
  let x = 50;
  return text.split(' ').map((t) => {
    const w = { text: t, x, y, width: t.length * 6, height: 14 };
    x += w.width + 4;
    return w;
  });
};

describe('finding the words to cover', () => {
  it('covers each word of a phrase split across words, with a margin, and only those', () => {
    const words = line('I, Jane Smithson, of 12 Elm Road saw it');
    const boxes = boxesForTerms(words, ['Jane Smithson', '12 Elm Road'], 3);
    expect(boxes).toHaveLength(5);
    expect(boxes.every((b) => b.page === 3)).toBe(true);
    const kept = wordsOutside(words, boxes).map((w) => w.text);
    expect(kept).toEqual(['I,', 'of', 'saw', 'it']);
    // The margin: a box is larger than the word it covers.
    const jane = words[1]!;
    expect(boxes[0]!.x).toBeLessThan(jane.x);
    expect(boxes[0]!.width).toBeGreaterThan(jane.width);
  });

  it('finds a first name alone only capitalised, a surname in any case, and phone numbers however spaced', () => {
    const words = line('Will said he will call Will on 07700 900123 about SMITHSON');
    const boxes = boxesForTerms(words, ['Will', 'Smithson', '07700900123'], 1);
    const covered = words.filter((w) => !wordsOutside([w], boxes).length).map((w) => w.text);
    expect(covered).toEqual(['Will', 'Will', '07700', '900123', 'SMITHSON']);
  });

  it('reads terms as the disclosure guard does', () => {
    expect(identifierOf('amira@example.org').kind).toBe('email');
    expect(identifierOf('07700 900123').kind).toBe('phone');
    expect(identifierOf('N1 1AA').kind).toBe('postcode');
    expect(identifierOf('4 Elm Road').kind).toBe('detail');
  });

  it('drops a word from the text layer when a hand-drawn box only grazes it', () => {
    const words = line('one two three');
    const graze = { page: 1, x: words[1]!.x + words[1]!.width - 1, y: 95, width: 3, height: 10 };
    expect(wordsOutside(words, [graze]).map((w) => w.text)).toEqual(['one', 'three']);
  });
});
