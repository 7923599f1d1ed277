import type { DocumentModel } from '../../shared/documents/model';
import { modelPieces, type TextPiece } from '../../shared/documents/plain-text';
import { reviseModel } from '../../shared/documents/revise';
import type { DocumentRequest } from '../../shared/schemas/documents';
import { reviewedText, type Reviewable } from '../review/passages';
import type { StoredDecision } from '../review/store';
import type { Disclosure } from '../../shared/documents/disclosure';

/**
 * The redaction review of a letter (issue 16 §3, the letter maker's half): a letter that would identify
 * someone to a reader outside their consent is not simply refused; each passage that does is listed with
 * the guard's suggestion ("a neighbour"), and once every one is accepted, edited or reworded the letter
 * is made with those words. Decisions are the bundle review's (main/review/), kept apart by the letter's
 * scope: the template and who and what it is for. A passage whose words change is asked about again.
 */
export type GuardCheck = (pieces: readonly TextPiece[]) => Disclosure[];

/** Whose decisions these are: one letter (template, recipient, action, referral) on the case. */
export function letterScope(r: Pick<DocumentRequest, 'templateId' | 'partyId' | 'actionId' | 'referralId'>): string {
  return `letter:${r.templateId}:${r.partyId ?? '-'}:${r.actionId ?? '-'}:${r.referralId ?? '-'}`;
}

export interface LetterReview {
  /** The letter as it will read with the decisions (the suggestion where none is made yet). */
  model: DocumentModel;
  items: Reviewable[];
  /** What the guard still finds in the revised letter read whole (it reads each passage alone while reviewing). */
  remaining: Disclosure[];
}

export function reviewLetter(model: DocumentModel, check: GuardCheck, decisions: ReadonlyMap<string, StoredDecision>, scope: string, residents: boolean): LetterReview {
  const collected = new Map<string, Reviewable>();
  const revise = (text: string, place: string) =>
    reviewedText(text, {
      decisions,
      place,
      scope,
      findings: (s) => check([{ place, text: s }]),
      collect: (item) => void (collected.has(item.key) || collected.set(item.key, item)),
    });
  const revised = reviseModel(model, revise, { addressBlock: !residents });
  const pieces = modelPieces(revised).filter((p) => !(residents && p.place === 'the address block'));
  return { model: revised, items: [...collected.values()], remaining: check(pieces) };
}
