import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/disclosure/context-rules';
import { findingKeyOf, passageKeyOf, reviewedText, sentenceAround, type Reviewable } from '../../../main/review/passages';
import type { StoredDecision } from '../../../main/review/store';

/**
 * The redaction review's passages (issue 16 §3): a finding is reviewed in its sentence, a decision is
 * keyed by the sentence and the finding, so it applies only while the sentence reads the same; a reword
 * and an edited replacement are read by the guard again.
 */
const NAME = /George Pike|Mr Pike|George/g;
const guard = (s: string): Finding[] =>
  [...s.matchAll(NAME)].map((m) => ({ partyId: 2, person: 'Witness A', kind: 'name', value: 'George Pike', words: m[0], rule: 'name', reason: 'it is their name', place: 'text', index: m.index, length: m[0].length, excerpt: s, suggestion: 'Witness A' }));

function run(text: string, decisions: Map<string, StoredDecision> = new Map()) {
  const items: Reviewable[] = [];
  const out = reviewedText(text, { decisions, place: 'the chronology', findings: guard, collect: (i) => items.push(i) });
  return { out, items };
}
const by = (kind: StoredDecision['kind'], text: string | null = null): StoredDecision => ({ kind, text, decidedBy: 'Lena Legal', decidedAt: '2026-11-21T10:00:00Z' });

describe('the redaction review’s passages', () => {
  it('finds the sentence around a finding, across full stops and line breaks', () => {
    const t = 'The door was kicked. George Pike heard it! He came out.\nThen he left.';
    expect(t.slice(...Object.values(sentenceAround(t, t.indexOf('George'), 11)))).toBe('George Pike heard it!');
    expect(t.slice(...Object.values(sentenceAround(t, t.indexOf('left'), 4)))).toBe('Then he left.');
  });

  it('replaces with the suggestion until decided, and lists each finding undecided', () => {
    const { out, items } = run('It was late. George Pike heard it.');
    expect(out).toBe('It was late. Witness A heard it.');
    expect(items).toMatchObject([{ passage: 'George Pike heard it.', words: 'George Pike', result: 'Witness A heard it.', decision: null }]);
  });

  it('uses an edited replacement, and a reword for the whole sentence', () => {
    const text = 'George Pike heard it.';
    const key = findingKeyOf(text, { partyId: 2, kind: 'name', value: 'George Pike' }, 0);
    expect(run(text, new Map([[key, by('edit', 'a neighbour')]])).out).toBe('a neighbour heard it.');
    const reworded = run(text, new Map([[passageKeyOf(text), by('reword', 'Someone on the landing heard it.')]]));
    expect(reworded.out).toBe('Someone on the landing heard it.');
    expect(reworded.items[0]!.decision?.kind).toBe('reword');
  });

  it('does not apply a decision once the sentence has changed', () => {
    const key = findingKeyOf('George Pike heard it.', { partyId: 2, kind: 'name', value: 'George Pike' }, 0);
    const { items } = run('George Pike heard it twice.', new Map([[key, by('accept')]]));
    expect(items[0]!.decision).toBeNull();
  });

  it('reads a reword again: what still names them is replaced and listed, undecided', () => {
    const text = 'George Pike heard it.';
    const { out, items } = run(text, new Map([[passageKeyOf(text), by('reword', 'Mr Pike heard it.')]]));
    expect(out).toBe('Witness A heard it.');
    expect(items.find((i) => i.passage === 'Mr Pike heard it.')).toMatchObject({ words: 'Mr Pike', decision: null });
  });
});
