import { documentKey, evidenceKey } from '../../shared/domain/bundle-model';
import type { BundleWarning } from '../../shared/schemas/bundles';
import type { CaseData } from './sources';

/**
 * What the plan does with the uploaded signed or served copies of letters (issue 15, main/bundles/
 * correspondence.ts finds them): the correspondence schedule points at the copy, a letter left out for
 * its copy says so, and a letter in the bundle beside its own signed copy is warned about.
 */

/** By document id: where its signed or served copy is in this bundle, and what to call it. */
export function signedCopyTabs(data: CaseData, tabOf: Map<string, string>): Map<number, { tab: string; what: string }> {
  const out = new Map<number, { tab: string; what: string }>();
  for (const c of data.signedCopies) {
    const tab = tabOf.get(evidenceKey(c.evidenceId));
    const e = data.evidence.find((x) => x.id === c.evidenceId);
    if (tab && e && !out.has(c.documentId)) out.set(c.documentId, { tab, what: `The signed or served copy (${e.exhibitLabel})` });
  }
  return out;
}

/** Why a letter is not in the bundle when its signed or served copy is, by the letter's key. */
export function replacedReasons(data: CaseData, tabOf: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, at] of signedCopyTabs(data, tabOf)) if (!tabOf.has(documentKey(id))) out.set(documentKey(id), `${at.what} is in the bundle in its place, at tab ${at.tab}`);
  return out;
}

/** A letter and its own signed copy both in the bundle: the court would read the same letter twice. */
export function signedCopyWarnings(data: CaseData, tabOf: Map<string, string>): BundleWarning[] {
  const w: BundleWarning[] = [];
  for (const c of data.signedCopies) {
    const copyTab = tabOf.get(evidenceKey(c.evidenceId));
    const letterTab = tabOf.get(documentKey(c.documentId));
    if (!copyTab || !letterTab) continue;
    const d = data.documents.find((x) => x.id === c.documentId);
    w.push({
      code: 'letter-and-signed-copy',
      severity: 'warning',
      key: documentKey(c.documentId),
      message: `“${data.redaction.text(d?.title ?? 'The letter')}” is in the bundle twice: as Hearth made it (tab ${letterTab}) and its signed or served copy (tab ${copyTab}). The copy is what was signed or served: take the other out.`,
    });
  }
  return w;
}
