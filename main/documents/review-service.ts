import { KIND_WORDS } from '../../shared/documents/disclosure';
import type { ParsedInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/result';
import type { DocumentRequest } from '../../shared/schemas/documents';
import type { RedactionReview, ReviewItem } from '../../shared/schemas/redaction-review';
import type { ReadableDB, WritableDB } from '../db/connection';
import type { Reviewable } from '../review/passages';
import { staleDecisions, staleView } from '../review/stale';
import { clearDecisions, dropDecision, saveDecision, targetedDecisions } from '../review/store';
import type { SessionUser } from '../security/session';
import type { CaseData } from './case-data';
import { checkDisclosure, type Rendered } from './render';
import { renderFor } from './service';

/**
 * The redaction review of a letter (issue 16) behind document:review and document:decide: the letter is
 * rendered as the maker would make it, and each passage the disclosure guard found is listed with its
 * decision. document:generate refuses while any is undecided (render.ts); once all are decided it makes
 * the letter with those words. The officer sees the real names: it is their case and their letter.
 */
function itemOf(data: CaseData, r: Reviewable): ReviewItem {
  const role = data.parties.find((x) => x.id === r.partyId)?.role ?? 'witness';
  const decision = r.decision ? { kind: r.decision.kind, text: r.decision.text, decidedBy: r.decision.decidedBy, decidedAt: r.decision.decidedAt } : null;
  return { key: r.key, passageKey: r.passageKey, place: r.place, passage: r.passage, words: r.words, person: r.person, role, detail: KIND_WORDS[r.kind], reason: r.reason, suggestion: r.suggestion, result: r.result, decision };
}

function reviewOf(db: ReadableDB, data: CaseData, rendered: Rendered): RedactionReview {
  const items = rendered.review.map((r) => itemOf(data, r));
  const stale = staleDecisions(targetedDecisions(db, data.header.id), rendered.scope, rendered.review).map(staleView);
  // A letter has no exhibits: nothing of the exhibits' part of the review.
  return { items, toReview: items.filter((i) => !i.decision).length, withheld: [...new Set(items.map((i) => i.person))], stale, boxes: [], boxesToReview: 0, unread: [], reading: null, exhibitNotes: [], making: [] };
}

export function letterReview(db: ReadableDB, request: DocumentRequest, user: SessionUser, now: Date): RedactionReview {
  const { data, rendered } = renderFor(db, request, user, now);
  return reviewOf(db, data, rendered);
}

/** Why what someone wrote instead still identifies a protected person to this letter's reader, in words. */
function stillIdentifies(data: CaseData, rendered: Rendered, text: string): string | null {
  // The letter's own exemptions: a justified referral's person, or the ASB case review applicant (and the
  // victim they applied for, with consent) in the summary to the panel. Nobody else's details are exempt.
  const f = checkDisclosure([{ place: 'text', text }], data, rendered.recipient, rendered.exemptIds)[0];
  if (!f) return null;
  return `“${f.words}” still gives the ${KIND_WORDS[f.kind]} of ${f.partyName}: ${f.reason}. Write it without that detail, for example “${f.suggestion}”.`;
}

export interface LetterDecided {
  review: RedactionReview;
  /** For the audit log: facts only, never the words. */
  audit: { role: string; decision: string; passages: number; cleared: number };
}

export function decideLetter(db: WritableDB, input: ParsedInput<'document:decide'>, user: SessionUser, now: Date): LetterDecided {
  const { data, rendered } = renderFor(db, input.request, user, now);
  const all = rendered.review;
  const inPassage = all.filter((r) => r.passageKey === input.key);
  if (input.decision === 'reject') throw new AppError('bad-input', 'A passage of a letter is accepted, edited or reworded; only a box proposed on an exhibit can be rejected.');
  const target = input.decision === 'reword' ? inPassage[0] : all.find((r) => r.key === input.key);
  if (!target) throw new AppError('conflict', 'That passage is not in the letter as it now reads (its words or the record may have changed). Open the review again.');
  if (input.decision !== 'accept') {
    const problem = stillIdentifies(data, rendered, input.text);
    if (problem) throw new AppError('guard', `${input.decision === 'edit' ? 'The replacement' : 'The reworded passage'} cannot be used: ${problem}`);
  }
  if (input.decision !== 'reword') dropDecision(db, input.request.caseId, target.passageKey);
  const stale = staleDecisions(targetedDecisions(db, input.request.caseId), rendered.scope, all);
  clearDecisions(db, input.request.caseId, stale.map((d) => d.key));
  saveDecision(db, { caseId: input.request.caseId, key: input.key, kind: input.decision, text: input.decision === 'accept' ? null : input.text, partyId: target.partyId, by: user.id, at: now.toISOString(), target: rendered.scope, place: target.place });
  const role = data.parties.find((x) => x.id === target.partyId)?.role ?? 'witness';
  return { review: letterReview(db, input.request, user, now), audit: { role, decision: input.decision, passages: input.decision === 'reword' ? inPassage.length : 1, cleared: stale.length } };
}
