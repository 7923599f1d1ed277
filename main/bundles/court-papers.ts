import { evidenceKey, numberedKey } from '../../shared/domain/bundle-model';
import type { BundleCandidate, BundleWarning } from '../../shared/schemas/bundles';
import type { CertificateFields } from '../../shared/schemas/court-papers';
import type { EvidenceView } from '../../shared/schemas/cases';
import { latestFinal, type FinalStatement } from '../statements/current';
import type { CourtPaperView } from '../../shared/schemas/court-papers';
import type { StatementView } from '../../shared/schemas/statements';
import type { Redaction } from './redaction';

/**
 * What a bundle takes of the court papers written and finalised before the build (issue 15): the latest
 * finalised case summary, each finalised certificate of service, and the current finalised statement of
 * each witness who is a party — unless the witness is withheld from the court (P3.14), whose evidence
 * reaches the court only as hearsay in the officer's statement. It reads only the parts of the case data
 * it needs (sources.ts builds that data and asks it which items there are).
 */
interface PapersData {
  courtPapers: readonly CourtPaperView[];
  statements: readonly StatementView[];
  redaction: Redaction;
  evidence: readonly EvidenceView[];
}
export function finalCaseSummary(data: Pick<PapersData, 'courtPapers'>): { body: string; signedOn: string | null; finalisedBy: string | null } | null {
  const s = [...data.courtPapers].reverse().find((p) => p.status === 'final' && p.paper.kind === 'case-summary');
  return s && s.paper.kind === 'case-summary' ? { body: s.paper.fields.body, signedOn: s.signedOn, finalisedBy: s.finalisedBy } : null;
}

export interface FinalCertificate extends CertificateFields {
  id: number;
  signedOn: string | null;
  deemedOn: string;
  deemedWhy: string;
}

export function finalCertificates(data: Pick<PapersData, 'courtPapers'>): FinalCertificate[] {
  return data.courtPapers.flatMap((p) =>
    p.status === 'final' && p.paper.kind === 'service-certificate' && p.deemed ? [{ ...p.paper.fields, id: p.id, signedOn: p.signedOn, deemedOn: p.deemed.on, deemedWhy: p.deemed.why }] : [],
  );
}

/** Each party witness's current finalised statement (their highest-numbered one), and who is withheld. */
export function partyFinals(data: Pick<PapersData, 'statements' | 'redaction'>): (FinalStatement & { withheld: string | null })[] {
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
export function uploadedStatementsOf(data: Pick<PapersData, 'evidence'>, name: string): EvidenceView[] {
  const who = name.trim().toLowerCase();
  if (!who) return [];
  return data.evidence.filter((e) => {
    const text = `${e.description} ${e.fileName.replace(/[-_.]+/g, ' ')}`.toLowerCase();
    return /\b(statement|witness)\b/.test(text) && text.includes(who);
  });
}

/** Said in the builder: which uploaded statement a finalised one replaces, and whose stays out. */
export function partyStatementWarnings(data: PapersData, all: readonly BundleCandidate[]): BundleWarning[] {
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
