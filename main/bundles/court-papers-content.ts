import { SERVICE_METHOD_WORDS, SERVICE_PLACE_WORDS, SERVICE_STEP_WORDS } from '../../shared/court/service-methods';
import { generatedKey, numberedKey } from '../../shared/domain/bundle-model';
import { bodyToBlocks } from '../statements/body';
import { finalCaseSummary, finalCertificates, partyFinals } from './court-papers';
import type { BundleContent, CertificateContent, StatementContent } from './engine/content';
import type { CaseData } from './sources';
import { statementContent } from './statement-content';

/**
 * The court papers' words for the bundle worker (issue 15), redacted for the court, and how the
 * application and the schedule of correspondence refer to them. Used by compose.ts only.
 */
/** The words of the court papers for the worker, redacted for the court: by item key where there can be several. */
export function courtPaperContent(data: CaseData, planned: ReadonlySet<string>, dmy: (iso: string | null) => string): Pick<BundleContent, 'partyStatements' | 'certificates' | 'caseSummary'> {
  const r = data.redaction;
  const partyStatements: Record<string, StatementContent> = {};
  for (const p of partyFinals(data)) {
    const key = numberedKey('party-statement', p.statement.id);
    if (!planned.has(key) || p.withheld) continue;
    const v = p.version;
    const translation = v.translation ? { ...v.translation, translatedOn: dmy(v.translation.translatedOn) } : null;
    partyStatements[key] = statementContent(
      { makerName: p.statement.makerName, initials: p.statement.initials, number: p.statement.number, date: dmy(v.statementDate), body: v.body, marks: v.exhibits.map((x) => x.mark), howTaken: v.howTaken, language: v.language, translation },
      data.header.partnerName,
      r.text,
    );
  }
  const certificates: Record<string, CertificateContent> = {};
  for (const c of finalCertificates(data)) {
    const key = numberedKey('service-certificate', c.id);
    if (!planned.has(key)) continue;
    certificates[key] = {
      document: r.text(c.document),
      servedOn: r.nameOf(c.servedOnPartyId),
      method: SERVICE_METHOD_WORDS[c.method],
      stepWords: SERVICE_STEP_WORDS[c.method],
      stepOn: dmy(c.stepOn),
      stepAt: c.stepAt,
      placeLabel: SERVICE_PLACE_WORDS[c.method],
      place: r.text(c.place),
      deemedOn: dmy(c.deemedOn),
      deemedWhy: c.deemedWhy,
      servedBy: c.servedBy,
      position: c.position,
      signedOn: dmy(c.signedOn),
    };
  }
  const summary = planned.has(generatedKey('case-summary')) ? finalCaseSummary(data) : null;
  const caseSummary = summary
    ? { blocks: bodyToBlocks(r.text(summary.body)).map((b) => (b.kind === 'heading' ? b : { kind: 'para' as const, runs: [{ text: b.text }] })), preparedBy: summary.finalisedBy ?? data.builder.name, date: dmy(summary.signedOn) }
    : null;
  return { partyStatements, certificates, caseSummary };
}

/** "Amira Haddad dated 20/11/2026": a party's statement as the application and draft order cite it. */
export function partyStatementCitation(data: CaseData, key: string, dmy: (iso: string | null) => string): string | null {
  const p = partyFinals(data).find((x) => numberedKey('party-statement', x.statement.id) === key);
  return p ? `${p.statement.makerName} dated ${dmy(p.version.statementDate)}` : null;
}

/** By document id: the tab of the first certificate of service of it in this bundle (the schedule points at it). */
export function certificateTabs(data: CaseData, tabOf: ReadonlyMap<string, string>): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of finalCertificates(data)) {
    const tab = tabOf.get(numberedKey('service-certificate', c.id));
    if (c.documentId !== null && tab && !out.has(c.documentId)) out.set(c.documentId, tab);
  }
  return out;
}
