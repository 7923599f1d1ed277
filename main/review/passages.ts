import { createHash } from 'node:crypto';
import type { Finding } from '../../shared/disclosure/context-rules';
import type { StoredDecision } from './store';

/**
 * The redaction review's passages (issue 16 §3). A finding is reviewed in its sentence: the key of a
 * decision on it is a hash of that sentence and the finding, and a reword replaces the whole sentence
 * (its key is a hash of the sentence alone). Change a word of the sentence in the record and both keys
 * change: the old decision no longer applies and the passage is listed for review again.
 */
export interface Reviewable {
  key: string;
  passageKey: string;
  place: string;
  passage: string;
  words: string;
  partyId: number;
  person: string;
  kind: Finding['kind'];
  reason: string;
  suggestion: string;
  /** The sentence as it will read. */
  result: string;
  decision: StoredDecision | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** `scope` keeps one review's decisions apart from another's (a letter's from the bundle's); the bundle's is empty. */
const scoped = (scope: string) => (scope ? `${scope}\u0000` : '');
export const passageKeyOf = (passage: string, scope = '') => sha256(`${scoped(scope)}reword\u0000${passage}`);
export const findingKeyOf = (passage: string, f: Pick<Finding, 'partyId' | 'kind' | 'value'>, offset: number, scope = '') =>
  sha256(`${scoped(scope)}finding\u0000${passage}\u0000${f.partyId}\u0000${f.kind}\u0000${f.value}\u0000${offset}`);

/** The sentence around a passage of text: from after the last full stop (or line break) before it to the next after it. */
export function sentenceAround(text: string, index: number, length: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && !/[\n]/.test(text[start - 1]!) && !(/[.!?]/.test(text[start - 2] ?? '') && /\s/.test(text[start - 1]!))) start -= 1;
  let end = index + length;
  while (end < text.length && text[end] !== '\n' && !(/[.!?]/.test(text[end]!) && (end + 1 >= text.length || /\s/.test(text[end + 1]!)))) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  return { start, end };
}

export interface ReviewContext {
  decisions: ReadonlyMap<string, StoredDecision>;
  place: string;
  /** Whose review (passageKeyOf): '' for the bundle's. */
  scope?: string;
  /** The guard, again: what in a text identifies someone withheld (a reword and an edit are checked). */
  findings: (s: string) => Finding[];
  collect: (item: Reviewable) => void;
}

const overlaps = (a: { index: number; length: number }, b: { index: number; length: number }) => a.index < b.index + b.length && b.index < a.index + a.length;

/** One finding per place: the longest where two overlap ("Flat 6, Marlowe Court" over "Flat 6"). */
export function keptFindings(found: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of [...found].sort((a, b) => b.length - a.length || a.index - b.index)) if (!kept.some((k) => overlaps(k, f))) kept.push(f);
  return kept.sort((a, b) => a.index - b.index);
}

/**
 * The text with each finding replaced as decided (the suggestion until someone decides), each finding
 * listed for the review with its decision. A reworded or edited sentence is checked again: anything in
 * it that still identifies someone is replaced by the suggestion and listed, undecided.
 */
export function reviewedText(s: string, ctx: ReviewContext, depth = 0): string {
  const found = keptFindings(ctx.findings(s));
  if (!found.length) return s;
  let out = '';
  let at = 0;
  for (let i = 0; i < found.length; ) {
    const span = sentenceAround(s, found[i]!.index, found[i]!.length);
    const inSentence: Finding[] = [];
    while (i < found.length && found[i]!.index < span.end) inSentence.push(found[i++]!);
    span.end = Math.max(span.end, ...inSentence.map((f) => f.index + f.length));
    const passage = s.slice(span.start, span.end);
    const passageKey = passageKeyOf(passage, ctx.scope);
    const reword = ctx.decisions.get(passageKey);
    let result: string;
    if (reword?.kind === 'reword' && reword.text !== null) {
      result = reword.text;
    } else {
      result = '';
      let p = span.start;
      for (const f of inSentence) {
        const d = ctx.decisions.get(findingKeyOf(passage, f, f.index - span.start, ctx.scope));
        result += s.slice(p, f.index) + (d?.kind === 'edit' && d.text !== null ? d.text : f.suggestion);
        p = f.index + f.length;
      }
      result += s.slice(p, span.end);
    }
    // What a person wrote instead is read by the guard like everything else.
    const checked = depth < 2 && result !== passage ? reviewedText(result, ctx, depth + 1) : result;
    for (const f of inSentence) {
      const key = findingKeyOf(passage, f, f.index - span.start, ctx.scope);
      const own = ctx.decisions.get(key);
      const decision = reword?.kind === 'reword' ? reword : own?.kind === 'reword' ? null : (own ?? null);
      ctx.collect({ key, passageKey, place: ctx.place, passage: passage.trim(), words: f.words, partyId: f.partyId, person: f.person, kind: f.kind, reason: f.reason, suggestion: f.suggestion, result: checked.trim(), decision });
    }
    out += s.slice(at, span.start) + checked;
    at = span.end;
  }
  return out + s.slice(at);
}
