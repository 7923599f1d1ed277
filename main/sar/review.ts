import { KIND_WORDS } from '../../shared/documents/disclosure';
import { AppError } from '../../shared/result';
import type { DecisionKind, RedactionReview, ReviewItem } from '../../shared/schemas/redaction-review';
import type { ReadableDB, WritableDB } from '../db/connection';
import type { Reviewable } from '../review/passages';
import { staleDecisions, staleView } from '../review/stale';
import { clearDecisions, dropDecision, saveDecision, targetedDecisions } from '../review/store';
import type { SessionUser } from '../security/session';
import { sarScope, type SarRedaction } from './pack/redact';
import { compose, requestOf, type Composed } from './service';
import { exemptionsOf } from './store';

/**
 * The redaction review of a subject access pack (issue 21 item 3), behind sar:review and sar:redact: every
 * passage of the pack that would identify a third party to the requester, listed with the guard's
 * suggestion, as a bundle's and a letter's are (main/review/). Decisions are the request's own (scope
 * `sar:<id>`), so accepting a passage for a court bundle decides nothing here, and the other way round. A
 * passage only in exempt items needs no review; sar:pack refuses while any other waits.
 */
interface CaseReview {
  caseId: number;
  redaction: SarRedaction;
  reviewed: Reviewable[];
}

interface Opened {
  composed: Composed;
  cases: CaseReview[];
}

function open(db: ReadableDB, user: SessionUser, id: number, today: string): Opened {
  const r = requestOf(db, user, id);
  if (r.kind !== 'access') throw new AppError('bad-input', 'Only a subject access request has a pack to review; this one is a request for rectification or erasure.');
  const composed = compose(db, r, today);
  return { composed, cases: casesOf(composed, exemptionsOf(db, id)) };
}

/** Each case's passages to review: those in at least one item that goes into the pack. */
function casesOf(composed: Composed, exempt: ReadonlyMap<string, unknown>): CaseReview[] {
  return composed.cases.map((c) => ({
    caseId: c.caseId,
    redaction: c.redaction,
    reviewed: c.redaction.reviewed().filter((x) => c.redaction.itemsOf(x.key).some((item) => !exempt.has(item))),
  }));
}

function itemOf(c: CaseReview, r: Reviewable): ReviewItem {
  const who = c.redaction.withheld.find((p) => p.partyId === r.partyId);
  const decision = r.decision ? { kind: r.decision.kind, text: r.decision.text, decidedBy: r.decision.decidedBy, decidedAt: r.decision.decidedAt } : null;
  // The reviewer works for the partner and may see who it is; the pack says only the stand-in.
  const person = who ? `${who.name || r.person} (${who.label})` : r.person;
  return { key: r.key, passageKey: r.passageKey, place: r.place, passage: r.passage, words: r.words, person, role: who?.role ?? 'witness', detail: KIND_WORDS[r.kind], reason: r.reason, suggestion: r.suggestion, result: r.result, decision };
}

function reviewOf(db: ReadableDB, id: number, o: Opened): RedactionReview {
  const items = o.cases.flatMap((c) => c.reviewed.map((r) => itemOf(c, r)));
  const stale = o.cases.flatMap((c) => staleDecisions(targetedDecisions(db, c.caseId), sarScope(id), c.redaction.reviewed()).map(staleView));
  // A pack's exhibits are copied whole or left out by exemption; boxes over exhibits belong to bundles (issue 16).
  const noExhibitBoxes = { boxes: [], boxesToReview: 0, unread: [], reading: null, exhibitNotes: [], making: [] };
  return { items, toReview: items.filter((i) => !i.decision).length, withheld: [...new Set(items.map((i) => i.person))], stale, ...noExhibitBoxes };
}

export const sarReview = (db: ReadableDB, user: SessionUser, id: number, today: string): RedactionReview => reviewOf(db, id, open(db, user, id, today));

/** What sar:pack says when passages wait for review: how many, and where to go. */
export function refuseUnreviewedSar(composed: Composed, exempt: ReadonlyMap<string, unknown>): void {
  const waiting = casesOf(composed, exempt).flatMap((c) => c.reviewed.filter((r) => !r.decision));
  if (!waiting.length) return;
  const where = [...new Set(waiting.map((r) => r.place))].join(', ');
  throw new AppError(
    'guard',
    `${waiting.length === 1 ? 'One passage of the pack identifies' : `${waiting.length} passages of the pack identify`} someone other than the requester and ${waiting.length === 1 ? 'has' : 'have'} not been reviewed (in ${where}). Review what identifies people, and accept, edit or reword each before making the pack.`,
  );
}

export interface SarDecided {
  review: RedactionReview;
  /** For the audit log: facts only, never the words. */
  audit: { caseId: number; role: string; decision: DecisionKind; passages: number; cleared: number };
}

export function decideSar(db: WritableDB, user: SessionUser, input: { id: number; key: string; decision: DecisionKind; text: string }, today: string, at: string): SarDecided {
  if (input.decision === 'reject') throw new AppError('bad-input', 'A passage of a subject access pack is accepted, edited or reworded; only a box proposed on an exhibit can be rejected.');
  const o = open(db, user, input.id, today);
  const scope = sarScope(input.id);
  const c = o.cases.find((x) => x.reviewed.some((r) => r.key === input.key || r.passageKey === input.key));
  if (!c) throw new AppError('conflict', 'That passage is not in the pack as it now reads (the record or an exemption may have changed). Open the review again.');
  const inPassage = c.reviewed.filter((r) => r.passageKey === input.key);
  const target = input.decision === 'reword' ? inPassage[0] : c.reviewed.find((r) => r.key === input.key);
  if (!target) throw new AppError('bad-input', input.decision === 'reword' ? 'Reword a whole passage, not one detail of it.' : 'Accept or edit one detail of a passage, not the whole passage.');
  if (input.decision !== 'accept') {
    const f = c.redaction.findings(input.text)[0];
    if (f) throw new AppError('guard', `${input.decision === 'edit' ? 'The replacement' : 'The reworded passage'} cannot be used: “${f.words}” still gives the ${KIND_WORDS[f.kind]} of a third party: ${f.reason}. Write it without that detail, for example “${f.suggestion}”.`);
  }
  if (input.decision !== 'reword') dropDecision(db, c.caseId, target.passageKey);
  const stale = staleDecisions(targetedDecisions(db, c.caseId), scope, c.redaction.reviewed());
  clearDecisions(db, c.caseId, stale.map((d) => d.key));
  saveDecision(db, { caseId: c.caseId, key: input.key, kind: input.decision, text: input.decision === 'accept' ? null : input.text, partyId: target.partyId, by: user.id, at, target: scope, place: target.place });
  const role = c.redaction.withheld.find((p) => p.partyId === target.partyId)?.role ?? 'witness';
  return { review: sarReview(db, user, input.id, today), audit: { caseId: c.caseId, role, decision: input.decision, passages: input.decision === 'reword' ? inPassage.length : 1, cleared: stale.length } };
}
