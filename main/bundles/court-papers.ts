import { SERVICE_METHOD_WORDS, SERVICE_PLACE_WORDS, SERVICE_STEP_WORDS } from '../../shared/court/service-methods';
import { evidenceKey, generatedKey, numberedKey } from '../../shared/domain/bundle-model';
import type { BundleCandidate, BundleWarning } from '../../shared/schemas/bundles';
import type { CertificateFields } from '../../shared/schemas/court-papers';
import type { EvidenceView } from '../../shared/schemas/cases';
import { bodyToBlocks } from '../statements/body';
import { latestFinal, type FinalStatement } from '../statements/current';
import type { BundleContent, CertificateContent, StatementContent } from './engine/content';
import { statementContent } from './statement-content';
import type { CaseData } from './sources';

/**
 * What a bundle takes of the court papers written and finalised before the build (issue 15): the latest
 * finalised case summary, each finalised certificate of service, and the current finalised statement of
 * each witness who is a party — unless the witness is withheld from the court (P3.14), whose evidence
 * reaches the court only as hearsay in the officer's statement.
 */
export function finalCaseSummary(data: Pick<CaseData, 'courtPapers'>): { body: string; signedOn: string | null; finalisedBy: string | null } | null {
  const s = [...data.courtPapers].reverse().find((p) => p.status === 'final' && p.paper.kind === 'case-summary');
  return s && s.paper.kind === 'case-summary' ? { body: s.paper.fields.body, signedOn: s.signedOn, finalisedBy: s.finalisedBy } : null;
}

export interface FinalCertificate extends CertificateFields {
  id: number;
  signedOn: string | null;
  deemedOn: string;
  deemedWhy: string;
}

export function finalCertificates(data: Pick<CaseData, 'courtPapers'>): FinalCertificate[] {
  return data.courtPapers.flatMap((p) =>
    p.status === 'final' && p.paper.kind === 'service-certificate' && p.deemed ? [{ ...p.paper.fields, id: p.id, signedOn: p.signedOn, deemedOn: p.deemed.on, deemedWhy: p.deemed.why }] : [],
  );
}

/** Each party witness's current finalised statement (their highest-numbered one), and who is withheld. */
export function partyFinals(data: Pick<CaseData, 'statements' | 'redaction'>): (FinalStatement & { withheld: string | null })[] {
  const byMaker = new Map<number, FinalStatement>();
  for (const s of data.statements) {
    if (s.makerKind !== 'party' || s.makerPartyId === null) continue;
    const version = latestFinal(s);
    const known = byMaker.get(s.makerPartyId);
    if (version && (!known || known.statement.number < s.number)) byMaker.set(s.makerPartyId, { statement: s, version });
  }
  return [...byMaker.entries()].map(([partyId, f]) => {
    const person = data.redaction.people.find((p) => p.partyId === partyId && !p.named);
    return { ...f, withheld: person ? person.label.charAt(0).toUpperCase() + person.label.slice(1) : null };
  });
}

/** Uploaded evidence that is a statement of the named witness ("Statement of Amira Haddad.pdf"). */
export function uploadedStatementsOf(data: Pick<CaseData, 'evidence'>, name: string): EvidenceView[] {
  const who = name.trim().toLowerCase();
  if (!who) return [];
  return data.evidence.filter((e) => {
    const text = `${e.description} ${e.fileName.replace(/[-_.]+/g, ' ')}`.toLowerCase();
    return /\b(statement|witness)\b/.test(text) && text.includes(who);
  });
}

/** Said in the builder: which uploaded statement a finalised one replaces, and whose stays out. */
export function partyStatementWarnings(data: CaseData, all: readonly BundleCandidate[]): BundleWarning[] {
  const w: BundleWarning[] = [];
  for (const p of partyFinals(data)) {
    const key = numberedKey('party-statement', p.statement.id);
    if (p.withheld) {
      w.push({ code: 'statement-withheld', severity: 'warning', key, message: `${p.withheld}’s finalised statement stays out of the bundle: they have not consented in writing to being identified to the court (P3.14). Their evidence reaches the court as hearsay in the officer’s statement.` });
      continue;
    }
    for (const e of uploadedStatementsOf(data, p.statement.makerName)) {
      if (!all.some((c) => c.key === evidenceKey(e.id) && c.usable)) continue;
      w.push({ code: 'statement-replaces-upload', severity: 'warning', key: evidenceKey(e.id), message: `${p.statement.title} (finalised, version ${p.version.version}) goes into the bundle in place of the uploaded statement ${e.exhibitLabel} (“${data.redaction.text(e.description || e.fileName)}”): each witness has one current statement. Put ${e.exhibitLabel} back only if it is a different statement.` });
    }
  }
  return w;
}

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
