import { KIND_WORDS } from '../../../shared/documents/disclosure';
import { AppError } from '../../../shared/result';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { BoxItem, RedactionReview, ReviewItem } from '../../../shared/schemas/redaction-review';
import type { WritableDB, ReadableDB } from '../../db/connection';
import type { Builder } from '../service';
import type { Redaction } from '../redaction';
import { reviewedRedaction } from './cache';
import type { Reviewable } from '../../review/passages';
import { staleDecisions, staleView } from '../../review/stale';
import { BUNDLE_TARGET, clearDecisions, decisionsOfCase, dropDecision, saveDecision, targetedDecisions } from '../../review/store';
import { changeProposedBoxes, type CopyToMake } from '../exhibits/redact-job';
import { exhibitReview, exhibitSourceOf } from './exhibit-boxes';

/** The review exhibit boxes' decisions belong to: apart from the text's, whose stale decisions are cleared by passage. */
const EXHIBIT_BOXES = 'bundle-exhibits';

/**
 * The redaction review of a bundle (issue 16 §3) behind redaction:review and redaction:decide. The
 * bundle is composed as the build would compose it (every text Hearth writes into it goes through the
 * court's redaction, main/bundles/redaction.ts), and each passage that was replaced is listed with its
 * decision. bundle:build refuses while any is undecided (refuseUnreviewed).
 */
type Target = ParsedInput<'redaction:review'>['target'];

function itemOf(redaction: Redaction, r: Reviewable): ReviewItem {
  const person = redaction.people.find((x) => x.partyId === r.partyId);
  const decision = r.decision ? { kind: r.decision.kind, text: r.decision.text, decidedBy: r.decision.decidedBy, decidedAt: r.decision.decidedAt } : null;
  return { key: r.key, passageKey: r.passageKey, place: r.place, passage: r.passage, words: r.words, person: r.person, role: person?.role ?? 'witness', detail: KIND_WORDS[r.kind], reason: r.reason, suggestion: r.suggestion, result: r.result.replace(/^the (Complainant|Victim)\b/, 'The $1'), decision };
}

export function reviewOf(db: ReadableDB, caseId: number, redaction: Redaction, plan: Target['plan'] | null = null): RedactionReview {
  const reviewed = redaction.reviewed();
  const items = reviewed.map((r) => itemOf(redaction, r));
  const stale = staleDecisions(targetedDecisions(db, caseId), BUNDLE_TARGET, reviewed).map(staleView);
  const exhibits = plan ? exhibitReview(db, exhibitSourceOf(db, caseId), plan, redaction, decisionsOfCase(db, caseId)) : { boxes: [], unread: [], notes: [], making: [] };
  return {
    items,
    toReview: items.filter((i) => !i.decision).length,
    withheld: redaction.people.filter((x) => !x.named).map((x) => x.label),
    stale,
    boxes: exhibits.boxes,
    boxesToReview: exhibits.boxes.filter((b) => !b.decision).length,
    unread: exhibits.unread.map((e) => ({ evidenceId: e.id, exhibit: e.label })),
    reading: null,
    exhibitNotes: exhibits.notes,
    making: exhibits.making,
  };
}

export function bundleReview(db: ReadableDB, caseId: number, target: Target, now: Date, builder: Builder): RedactionReview {
  return reviewOf(db, caseId, reviewedRedaction(db, caseId, target, now, builder), target.plan);
}

/** Why what someone wrote instead still identifies a withheld person, in words. */
function stillIdentifies(redaction: Redaction, text: string): string | null {
  const found = redaction.findings(text);
  if (!found.length) return null;
  const f = found[0]!;
  return `“${f.words}” still gives the ${KIND_WORDS[f.kind]} of ${f.person}: ${f.reason}. Write it without that detail, for example “${f.suggestion}”.`;
}

export interface Decided {
  review: RedactionReview;
  /** For the audit log: facts only, never the words. */
  audit: { role: string; decision: string; passages: number; cleared: number; exhibit?: number; boxes?: number };
  /** A box accepted or rejected changed an exhibit's redaction: its new copy, to start once this has committed. */
  copy: CopyToMake | null;
}

export function decide(db: WritableDB, input: ParsedInput<'redaction:decide'>, now: Date, builder: Builder): Decided {
  const redaction = reviewedRedaction(db, input.caseId, input.target, now, builder);
  const proposal = exhibitReview(db, exhibitSourceOf(db, input.caseId), input.target.plan, redaction, new Map()).boxes.find((b) => b.key === input.key);
  if (proposal) return decideBox(db, input, proposal, now, builder);
  if (input.decision === 'reject') throw new AppError('bad-input', 'A passage of the bundle’s text is accepted, edited or reworded; only a box proposed on an exhibit can be rejected.');
  const all = redaction.reviewed();
  const byFinding = all.find((r) => r.key === input.key);
  const inPassage = all.filter((r) => r.passageKey === input.key);
  const target = input.decision === 'reword' ? inPassage[0] : byFinding;
  if (!target) {
    throw new AppError('conflict', 'That passage is not in the bundle’s text as it now reads (the record may have changed). Open the review again.');
  }
  if (input.decision === 'edit') {
    // The words alone here; in their sentence, with the sentence's other details as decided, at every review and build (passages.ts).
    const problem = stillIdentifies(redaction, input.text);
    if (problem) throw new AppError('guard', `The replacement cannot be used: ${problem}`);
  }
  if (input.decision === 'reword') {
    const problem = stillIdentifies(redaction, input.text);
    if (problem) throw new AppError('guard', `The reworded passage cannot be used: ${problem}`);
  }
  // Accepting or editing one detail after a reword goes back to the sentence as written, detail by detail.
  if (input.decision !== 'reword') dropDecision(db, input.caseId, target.passageKey);
  // What no longer applies is cleared with the next decision (the review listed it as such until now).
  const stale = staleDecisions(targetedDecisions(db, input.caseId), BUNDLE_TARGET, all);
  clearDecisions(db, input.caseId, stale.map((d) => d.key));
  saveDecision(db, { caseId: input.caseId, key: input.key, kind: input.decision, text: input.decision === 'accept' ? null : input.text, partyId: target.partyId, by: builder.id, at: now.toISOString(), target: BUNDLE_TARGET, place: target.place });
  const role = redaction.people.find((x) => x.partyId === target.partyId)?.role ?? 'witness';
  const after = bundleReview(db, input.caseId, input.target, now, builder);
  return { review: after, audit: { role, decision: input.decision, passages: input.decision === 'reword' ? inPassage.length : 1, cleared: stale.length }, copy: null };
}

/** A proposed exhibit box accepted (its boxes go into the exhibit's redaction) or rejected (they come out). */
function decideBox(db: WritableDB, input: ParsedInput<'redaction:decide'>, proposal: BoxItem, now: Date, builder: Builder): Decided {
  if (input.decision !== 'accept' && input.decision !== 'reject') throw new AppError('bad-input', 'A box proposed on an exhibit is accepted or rejected: to cover something else, draw a box by hand.');
  const { copies } = applyBoxDecisions(db, input.caseId, [proposal], input.decision, builder, now.toISOString());
  const after = bundleReview(db, input.caseId, input.target, now, builder);
  return { review: after, audit: { role: proposal.role, decision: input.decision, passages: 0, cleared: 0, exhibit: proposal.evidenceId, boxes: proposal.boxes.length }, copy: copies[0] ?? null };
}

/**
 * Many proposed boxes accepted or rejected as one request ("Accept all on this page"): the review is
 * worked out once, every box's decision saved, and each exhibit's redaction changed once with all its
 * boxes, so it asks for one new copy, not one per box (a page of a typed log can propose forty).
 */
export function decideBoxes(db: WritableDB, input: ParsedInput<'redaction:decideBoxes'>, now: Date, builder: Builder): { review: RedactionReview; boxes: number; exhibits: number; copies: CopyToMake[] } {
  const redaction = reviewedRedaction(db, input.caseId, input.target, now, builder);
  const proposals = new Map(exhibitReview(db, exhibitSourceOf(db, input.caseId), input.target.plan, redaction, new Map()).boxes.map((b) => [b.key, b]));
  const chosen = [...new Set(input.keys)].map((key) => proposals.get(key));
  if (chosen.some((p) => !p)) throw new AppError('conflict', 'A box chosen is no longer proposed (the exhibits or the people withheld may have changed). Open the review again.');
  const { copies, exhibits } = applyBoxDecisions(db, input.caseId, chosen as BoxItem[], input.decision, builder, now.toISOString());
  return { review: bundleReview(db, input.caseId, input.target, now, builder), boxes: chosen.length, exhibits, copies };
}

/**
 * The proposals' boxes put into (accept) or taken out of (reject) their exhibits' redactions, each
 * exhibit changed once with all its boxes (so one new copy is asked for it), and each decision saved.
 */
function applyBoxDecisions(db: WritableDB, caseId: number, proposals: readonly BoxItem[], decision: 'accept' | 'reject', builder: Builder, at: string): { copies: CopyToMake[]; exhibits: number } {
  const byExhibit = new Map<number, BoxItem[]>();
  for (const p of proposals) byExhibit.set(p.evidenceId, [...(byExhibit.get(p.evidenceId) ?? []), p]);
  const copies: CopyToMake[] = [];
  for (const [evidenceId, ps] of byExhibit) {
    const boxes = ps.flatMap((p) => p.boxes);
    const copy = changeProposedBoxes(db, evidenceId, decision === 'accept' ? { add: boxes, remove: [] } : { add: [], remove: boxes }, builder.id, at);
    if (copy) copies.push(copy);
    for (const p of ps) saveDecision(db, { caseId, key: p.key, kind: decision, text: null, partyId: null, by: builder.id, at, target: EXHIBIT_BOXES, place: `${p.exhibit}, page ${p.page}` });
  }
  return { copies, exhibits: byExhibit.size };
}
