import { parseItemKey } from '../../../shared/domain/bundle-model';
import { AppError } from '../../../shared/result';
import type { BundlePlan } from '../../../shared/schemas/bundles';
import type { BoxItem } from '../../../shared/schemas/redaction-review';
import type { ReadableDB } from '../../db/connection';
import { redactionsOfCase, type RedactionRecord } from '../../evidence/redactions/store';
import { listEvidence } from '../../evidence/store';
import { boxesIn } from '../../pdf/redact/words';
import type { StoredDecision } from '../../review/store';
import type { ToRead } from '../exhibits/read-job';
import type { Redaction } from '../redaction';
import type { CaseData } from '../sources';
import { proposalsOfExhibit } from './exhibit-proposals';

/**
 * Automatic exhibit boxes (issue 16): on every page of every exhibit in the plan, the words that identify
 * someone withheld from the court, found by the same guard as the bundle's own text (redaction.findings,
 * shared/disclosure/) in the page's words as read (exhibit_words: the PDF's text, or OCR), each proposed
 * as boxes over those words for the legal user to accept or reject.
 *
 * A proposal's key is a hash of the file, the page, whose detail and which occurrence of it on the page:
 * the same file reads the same, so a decision holds until the file or the withheld person's details
 * change. An accepted proposal counts only while its boxes are in the exhibit's redaction (someone may
 * have taken them out by hand); otherwise it is asked about again.
 */

/**
 * The exhibits of the plan that may carry a withheld person's details on their pages. One whose redaction
 * already covers every withheld person's details by itself (asked for with "withheld") needs no proposals.
 */
export type ExhibitSource = Pick<CaseData, 'evidence' | 'exhibitRedactions'>;

export const exhibitSourceOf = (db: ReadableDB, caseId: number): ExhibitSource => ({ evidence: listEvidence(db, caseId), exhibitRedactions: redactionsOfCase(db, caseId) });

export function exhibitsOfPlan(data: ExhibitSource, plan: BundlePlan, redaction: Pick<Redaction, 'applies'>): ToRead[] {
  if (!redaction.applies) return [];
  const ids = new Set(plan.sections.flatMap((s) => s.items.map((k) => parseItemKey(k)).filter((k) => k?.kind === 'evidence').map((k) => (k as { id: number }).id)));
  return data.evidence
    .filter((e) => ids.has(e.id) && e.usableInBundle && (e.type === 'pdf' || e.type === 'jpeg' || e.type === 'png'))
    .filter((e) => !data.exhibitRedactions.get(e.id)?.withheld)
    .map((e) => ({ id: e.id, sha256: e.sha256, fileType: e.type as ToRead['fileType'], label: e.exhibitLabel, pages: e.type === 'pdf' ? (e.pageCount ?? 1) : 1 }));
}

export interface ExhibitReview {
  boxes: BoxItem[];
  unread: ToRead[];
  notes: string[];
  /** Exhibits whose redacted copy is being made (after a box was accepted or rejected). */
  making: { evidenceId: number; exhibit: string; jobId: string | null }[];
}

export function exhibitReview(db: ReadableDB, data: ExhibitSource, plan: BundlePlan, redaction: Redaction, decisions: ReadonlyMap<string, StoredDecision>): ExhibitReview {
  // Every exhibit whose copy is being made, in the plan or not: while it is made the exhibit cannot go in a
  // bundle, so the builder's default plan leaves it out until it is done.
  const making = data.evidence.flatMap((e) => {
    const record = data.exhibitRedactions.get(e.id);
    return record?.state === 'pending' ? [{ evidenceId: e.id, exhibit: e.exhibitLabel, jobId: record.jobId }] : [];
  });
  const out: ExhibitReview = { boxes: [], unread: [], notes: [], making };
  for (const e of exhibitsOfPlan(data, plan, redaction)) {
    const found = proposalsOfExhibit(db, redaction, e);
    if (!found) {
      out.unread.push(e);
      continue;
    }
    if (!found.ok) {
      out.notes.push(`${e.label} could not be read for what identifies people (${found.problem}): look through it yourself, and draw boxes by hand if it needs them.`);
      continue;
    }
    const asked: RedactionRecord | undefined = data.exhibitRedactions.get(e.id);
    for (const p of found.proposals) {
      const d = decisions.get(p.key);
      const holds = d && (d.kind === 'reject' || (d.kind === 'accept' && boxesIn(p.boxes, asked?.boxes ?? [])));
      const role = redaction.people.find((x) => x.partyId === p.partyId)?.role ?? 'witness';
      const { partyId: _, ...item } = p;
      out.boxes.push({ ...item, role, decision: holds ? { kind: d.kind, text: null, decidedBy: d.decidedBy, decidedAt: d.decidedAt } : null });
    }
  }
  return out;
}

const listed = (labels: readonly string[]) => [...new Set(labels)].join(', ');

/**
 * The build's refusal (like refuseUnreviewed for the text): an exhibit in the plan not yet read for what
 * identifies people, or a box proposed on one neither accepted nor rejected, stops it.
 */
export function refuseUndecidedBoxes(db: ReadableDB, data: ExhibitSource, plan: BundlePlan, redaction: Redaction, decisions: ReadonlyMap<string, StoredDecision>): void {
  const r = exhibitReview(db, data, plan, redaction, decisions);
  if (r.unread.length) {
    throw new AppError('guard', `${r.unread.length === 1 ? 'One exhibit has' : `${r.unread.length} exhibits have`} not been read yet for what identifies someone withheld from the court (${listed(r.unread.map((e) => e.label))}). Open “Review what identifies people”, wait while they are read, and decide each box it proposes before building (P3.13–3.14).`);
  }
  const open = r.boxes.filter((b) => !b.decision);
  if (open.length) {
    throw new AppError('guard', `${open.length === 1 ? 'One box proposed' : `${open.length} boxes proposed`} on exhibits (${listed(open.map((b) => b.exhibit))}) over what identifies someone withheld from the court ${open.length === 1 ? 'has' : 'have'} not been accepted or rejected. Open “Review what identifies people” and decide each before building (P3.13–3.14).`);
  }
}
