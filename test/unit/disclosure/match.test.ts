import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Identifier } from '../../../shared/disclosure/identifiers';
import { findIdentifier } from '../../../shared/disclosure/match';

/**
 * The quick pre-checks (a word every match must contain) only run on ASCII text; a text with one accented
 * letter is searched by the full pattern alone. So the same text with and without a trailing "é" must
 * give the same hits: the pre-check never hides a match.
 */
describe('the pre-checks never hide a match (property)', () => {
  const ids: Identifier[] = [
    { kind: 'unit', value: 'Flat 6' },
    { kind: 'unit', value: 'No 21' },
    { kind: 'nearby', value: 'Marlowe Court' },
    { kind: 'phone', value: '07700 900456' },
    { kind: 'first-name', value: 'May', strict: true },
    { kind: 'surname', value: 'Pike' },
  ];
  const words = fc.constantFrom('flat', 'Flat', 'FLAT', 'six', 'Six', '6', '21', 'twenty-one', 'twenty one', 'number', 'No.', 'no', 'the', 'above', 'next', 'door', 'upstairs', 'neighbour', '07700', '900456', '+44', 'May', 'may', 'in', 'Mr', 'Pike', '.', ',', '\n');
  it('for flat numbers in words and figures, “the flat above”, phone numbers and names', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 14 }).map((a) => a.join(' ')), (text) => {
        for (const id of ids) expect(findIdentifier(text, id), `${id.kind} ${id.value} in “${text}”`).toEqual(findIdentifier(`${text} é`, id));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the forms people write', () => {
    const n = (text: string, id: Identifier) => findIdentifier(text, id).length;
    expect(n('at flat six', ids[0]!)).toBe(1);
    expect(n('at Flat No. 6', ids[0]!)).toBe(1);
    expect(n('at number 6', ids[0]!)).toBe(1);
    expect(n('at flat 16', ids[0]!)).toBe(0);
    expect(n('at number twenty-one', ids[1]!)).toBe(1);
    expect(n('at No 21', ids[1]!)).toBe(1);
    expect(n('at 21 Elm Road', ids[1]!)).toBe(0); // the address identifier finds that, with its street
    expect(n('the man next door', ids[2]!)).toBe(1);
    expect(n('ring 07700\n900 456', ids[3]!)).toBe(1);
  });
});
