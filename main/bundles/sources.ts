import { GENERATED_SECTION, GENERATED_TITLES, documentKey, evidenceKey, generatedKey, numberedKey, parseItemKey, type GeneratedKey, type SectionKind } from '../../shared/domain/bundle-model';
import { defaultShortName } from '../../shared/bundles/file-name';
import { chronological } from '../../shared/bundles/pagination';
import { householdsOf, protectedPeopleOf } from '../../shared/disclosure/record';
import { findDisclosures } from '../../shared/documents/disclosure';
import { modelPieces } from '../../shared/documents/plain-text';
import type { ActionView } from '../../shared/schemas/actions';
import type { BundleCandidate, BundlePlan, BundleWarning } from '../../shared/schemas/bundles';
import type { CaseHeader, ChronologyItem, ConsentView, EvidenceView, PartyView } from '../../shared/schemas/cases';
import { londonDate } from '../../shared/time/london';
import { listActions } from '../actions/store';
import { loadChronology } from '../cases/chronology';
import type { ReadableDB } from '../db/connection';
import { getCaseHeader } from '../db/queries/cases';
import { listConsents } from '../db/queries/consents';
import { listEvidence } from '../evidence/store';
import { redactionsOfCase, type RedactionRecord } from '../evidence/redactions/store';
import { exhibitUse } from './exhibits/use';
import { hasTable } from '../db/queries/meta';
import { listParties } from '../db/queries/parties';
import { type IncidentRow, listIncidents } from '../db/queries/timeline';
import type { StatementView } from '../../shared/schemas/statements';
import { statementTitle } from '../statements/body';
import { listStatements } from '../statements/store';
import { officerFinal } from '../statements/current';
import type { CourtPaperView } from '../../shared/schemas/court-papers';
import { listCourtPapers } from '../court-papers/store';
import { finalCaseSummary, finalCertificates, partyFinals, partyStatementWarnings, uploadedStatementsOf } from './court-papers';
import { getDocument, listDocuments, readDocumentFile } from '../documents/store';
import { initialsOf } from '../evidence/intake';
import { PDFDocument } from '../pdf/lib';
import { isServiceRecord, otherCopies, signedCopyOf } from './correspondence';
import { buildRedaction, COURT, courtReader, type Redaction } from './redaction';
import { hearsayReasonOptions } from './hearsay-reasons';
import { decisionsOfCase } from '../review/store';

/**
 * Everything a bundle for one case can be made from (issue 7 §1), read from the case record: the
 * injunction applied for, the people and who may be named (P3.14), the evidence files with what intake
 * found, the documents Hearth generated and sent, and the officer who makes the statement. Read once per
 * request; the worker never touches the database.
 */
export interface CaseDocument {
  id: number;
  templateId: string;
  title: string;
  recipient: string;
  date: string;
  pages: number | null;
  sha256: string | null;
  size: number;
  problem: string | null;
  recipientPartyId: number | null;
  createdAt: string;
  largePrint: boolean;
  easyRead: boolean;
  /** Another copy of a letter (another format, or made again): the id of the copy the bundle takes. */
  copyOf: number | null;
  /** A statement's print: the bundle takes the standard print only (issue 15). */
  variant: 'standard' | 'large print' | 'Easy Read';
  /** A statement's maker ("The court: statement of NAME") and number (its corner says "Statement: 1st"). */
  witnessName: string | null;
  statementNumber: number | null;
}

/** An uploaded signed or served copy of a letter Hearth made: it goes in the bundle in the letter's place (issue 15). */
export interface SignedCopy {
  evidenceId: number;
  documentId: number;
}

export interface CaseData {
  header: CaseHeader;
  parties: PartyView[];
  consents: ConsentView[];
  evidence: EvidenceView[];
  actions: ActionView[];
  injunction: ActionView | null;
  respondent: PartyView | null;
  documents: CaseDocument[];
  signedCopies: SignedCopy[];
  officer: { name: string; initials: string };
  builder: { name: string };
  today: string;
  redaction: Redaction;
  /** Redactions asked for on exhibits, by exhibit (main/evidence/redactions/). */
  exhibitRedactions: Map<number, RedactionRecord>;
  hearingAt: string | null;
  /** Oldest first: the report, incidents, contacts, interviews, actions and evidence (no notes, costs or consents). */
  chronology: ChronologyItem[];
  /** The incidents with when each happened and when the Claimant was told (issue 15). */
  incidents: IncidentRow[];
  /** Witness statements drafted and finalised on the case (issue 15); only finalised versions go in a bundle. */
  statements: StatementView[];
  /** Certificates of service and case summaries (issue 15); only finalised ones go in a bundle. */
  courtPapers: CourtPaperView[];
}

const STATEMENT_WORDS = /\b(statement|witness)\b/i;

export function loadCaseData(db: ReadableDB, caseId: number, now: Date, builder: { displayName: string; username: string }): CaseData {
  const header = getCaseHeader(db, caseId);
  if (!header) throw new Error('bundles: the case has gone');
  const today = londonDate(now);
  const parties = listParties(db, caseId, today);
  const consents = listConsents(db, caseId);
  const evidence = listEvidence(db, caseId);
  const actions = listActions(db, caseId);
  const injunction = [...actions].reverse().find((a) => a.kind === 'civil-injunction' && a.status !== 'withdrawn') ?? null;
  const respondent =
    (injunction?.subjectPartyId ? parties.find((p) => p.id === injunction.subjectPartyId) : undefined) ?? parties.find((p) => p.role === 'alleged-perpetrator') ?? null;
  const redaction = buildRedaction(parties, consents, today, respondent, decisionsOfCase(db, caseId));
  const officerName = header.owner?.name ?? builder.displayName;
  const documents = loadDocuments(db, caseId, parties, consents, today, respondent);
  const letters = documents.filter((d) => d.templateId !== 'witness-statement' && d.problem === null);
  const signedCopies = evidence.filter((e) => e.usableInBundle).flatMap((e) => {
    const letter = signedCopyOf(e, letters);
    return letter ? [{ evidenceId: e.id, documentId: letter.id }] : [];
  });
  return {
    header,
    parties,
    consents,
    evidence,
    actions,
    injunction,
    respondent,
    documents,
    signedCopies,
    officer: { name: officerName, initials: initialsOf(officerName) },
    builder: { name: builder.displayName },
    today,
    redaction,
    exhibitRedactions: redactionsOfCase(db, caseId),
    hearingAt: nextHearing(injunction, now),
    chronology: loadChronology(db, caseId, ['report', 'incident', 'contact', 'interview', 'action', 'evidence']),
    incidents: listIncidents(db, caseId),
    statements: hasTable(db, 'witness_statements') ? listStatements(db, caseId) : [],
    courtPapers: listCourtPapers(db, caseId),
  };
}

/** The next hearing recorded on the injunction: the earliest still to come, else the latest named. */
function nextHearing(injunction: ActionView | null, now: Date): string | null {
  if (!injunction) return null;
  const at = now.toISOString();
  const next = injunction.events.map((e) => e.nextHearingAt).filter((t): t is string => Boolean(t));
  const listed = injunction.events.filter((e) => e.kind === 'hearing' && e.at > at).map((e) => e.at);
  const future = [...next.filter((t) => t > at), ...listed].sort();
  return future[0] ?? next.sort().at(-1) ?? null;
}

/**
 * Documents Hearth generated on the case (migration 0007). Statements go with the witness statements;
 * letters that were sent go with the correspondence. Each is checked again for the court: a letter to the
 * complainant names them, so it is not offered unless their consent covers the court.
 */
function loadDocuments(db: ReadableDB, caseId: number, parties: PartyView[], consents: ConsentView[], today: string, respondent: PartyView | null): CaseDocument[] {
  if (!hasTable(db, 'documents')) return [];
  const people = protectedPeopleOf(parties);
  // The court serves the bundle on the Defendant: a detail that is the Defendant's own (the postcode of
  // their block, in a warning letter addressed to them) identifies no one else (issue 16).
  const reader = courtReader(parties, respondent);
  const court = { ...COURT, own: reader.own, home: reader.home };
  const households = householdsOf(parties);
  const records = consents.map((c) => ({ partyId: c.partyId, recipient: c.recipient, recipientName: c.recipientName, writtenOn: c.writtenOn, withdrawnOn: c.withdrawnOn }));
  const out: CaseDocument[] = [];
  for (const view of listDocuments(db, caseId)) {
    const isStatement = view.templateId === 'witness-statement';
    if (!isStatement && !view.sentOn) continue;
    const file = readDocumentFile(db, view.id, 'pdf');
    let problem: string | null = null;
    let pages: number | null = null;
    let statementNumber: number | null = null;
    if (!file) problem = 'has no PDF copy';
    else {
      const doc = getDocument(db, view.id);
      const corner = isStatement && doc ? doc.model.corner.join('\n').match(/Statement:\s*(\d+)/) : null;
      statementNumber = corner ? Number(corner[1]) : null;
      const found = doc ? findDisclosures(modelPieces(doc.model), people, records, court, today, households) : [];
      if (found.length) problem = `names or identifies ${[...new Set(found.map((f) => f.partyName))].join(' and ')}, whose written consent does not cover the court (P3.14): “${found[0]!.words}” in ${found[0]!.place}, because ${found[0]!.reason}`;
      pages = countPages(file.bytes);
      if (pages === null) problem ??= 'its PDF could not be read';
    }
    const variant = view.largePrint ? 'large print' : view.easyRead ? 'Easy Read' : 'standard';
    const witnessName = isStatement ? view.recipientDescription.replace(/^The court: statement of\s*/, '').trim() || null : null;
    out.push({
      id: view.id,
      templateId: view.templateId,
      title: view.title,
      recipient: view.recipientDescription,
      date: (view.sentOn ?? view.createdAt).slice(0, 10),
      pages,
      sha256: file?.sha256 ?? null,
      size: file?.bytes.length ?? 0,
      problem,
      recipientPartyId: view.recipientPartyId,
      createdAt: view.createdAt,
      largePrint: view.largePrint,
      easyRead: view.easyRead,
      copyOf: null,
      variant,
      witnessName,
      statementNumber,
    });
  }
  // Each letter once, as sent (issue 15): the other formats of it, and earlier makes of it, stay out.
  const copies = otherCopies(out);
  for (const d of out) {
    const copy = copies.get(d.id);
    d.copyOf = copy?.keep ?? null;
    d.problem ??= copy?.problem ?? null;
  }
  return out;
}

/** Pages of a PDF Hearth made itself (documents are generated here, so parsing them in main is safe). */
function countPages(bytes: Uint8Array): number | null {
  try {
    // pdf-lib's load is async only in name when parseSpeed is Infinity; read the count synchronously.
    const match = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/);
    const n = Number(match?.[1] ?? match?.[2]);
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

/** Checks a document's page count with pdf-lib when the quick count could not be trusted. */
export async function documentPages(bytes: Uint8Array): Promise<number | null> {
  try {
    return (await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity })).getPageCount();
  } catch {
    return null;
  }
}

export function evidenceSection(e: EvidenceView, data?: Pick<CaseData, 'signedCopies'>): SectionKind {
  // A signed or served copy of a letter, or a certificate of service, is correspondence (issue 15).
  if (data?.signedCopies.some((c) => c.evidenceId === e.id) || isServiceRecord(e)) return 'correspondence';
  return STATEMENT_WORDS.test(`${e.description} ${e.fileName}`) ? 'statements' : 'exhibits';
}

/** The document key a planned signed copy stands in for, by the copy's key. */
export function signedCopyKeys(data: Pick<CaseData, 'signedCopies'>): Map<string, string> {
  return new Map(data.signedCopies.map((c) => [evidenceKey(c.evidenceId), documentKey(c.documentId)]));
}

/** Every item that could go in the bundle, with where it goes by default and whether it can. */
export function candidates(data: CaseData): BundleCandidate[] {
  const r = data.redaction;
  const out: BundleCandidate[] = [];
  const generated = (key: GeneratedKey, title: string, date: string | null, problem: string | null = null, itemKey = generatedKey(key)) =>
    out.push({
      key: itemKey,
      kind: 'generated',
      title,
      date,
      defaultSection: GENERATED_SECTION[key],
      allowedSections: [GENERATED_SECTION[key]],
      pages: null,
      usable: problem === null,
      problem,
      exhibitLabel: null,
      fileName: null,
      sha256: null,
      duplicateOf: null,
    });
  const noInjunction = data.injunction ? null : 'No civil injunction is recorded on this case: record it (the terms sought) first.';
  generated('application', GENERATED_TITLES.application, data.today, noInjunction);
  generated('draft-order', GENERATED_TITLES['draft-order'], null, noInjunction);
  // Only a finalised statement goes into a bundle (issue 15): it is drafted, edited and signed first.
  const officer = officerFinal(data.statements);
  generated(
    'officer-statement',
    officer ? officer.statement.title : statementTitle(1, data.officer.name),
    officer?.version.statementDate ?? null,
    officer ? null : 'The officer’s statement is not finalised: draft it, edit it and finalise it under “The officer’s witness statement” in the bundle builder. Only a finalised statement goes into a bundle.',
  );
  generated('hearsay-notice', GENERATED_TITLES['hearsay-notice'], data.today);
  generated('chronology', GENERATED_TITLES.chronology, null);
  generated('correspondence-schedule', GENERATED_TITLES['correspondence-schedule'], null);
  generated('hash-annex', GENERATED_TITLES['hash-annex'], null);
  // Issue 15: the case summary, party witnesses' statements and certificates of service, once finalised.
  const summary = finalCaseSummary(data);
  generated('case-summary', GENERATED_TITLES['case-summary'], summary?.signedOn ?? null, summary ? null : 'No case summary is finalised: draft it from the record under “Case summary” in the bundle builder, edit it and finalise it.');
  for (const p of partyFinals(data)) {
    const key = numberedKey('party-statement', p.statement.id);
    generated('party-statement', p.statement.title, p.version.statementDate, p.withheld ? `${p.withheld} has not consented in writing to being identified to the court, so their statement stays out: their evidence reaches the court as hearsay in the officer’s statement.` : null, key);
  }
  for (const c of finalCertificates(data)) generated('service-certificate', `Certificate of service: ${r.text(c.document)}`, c.signedOn, null, numberedKey('service-certificate', c.id));

  const bySha = new Map<string, string>();
  for (const e of data.evidence) {
    const key = evidenceKey(e.id);
    const duplicateOf = bySha.get(e.sha256) ?? null;
    if (!duplicateOf) bySha.set(e.sha256, key);
    const section = evidenceSection(e, data);
    const use = exhibitUse(data.exhibitRedactions.get(e.id), r.terms);
    const usable = e.usableInBundle && use.kind !== 'out';
    const filePages = use.kind === 'redacted' ? use.pages : e.type === 'pdf' ? (e.pageCount ?? 1) : 1;
    out.push({
      key,
      kind: 'evidence',
      title: r.text(e.description || e.fileName),
      date: e.obtainedOn,
      defaultSection: section,
      allowedSections: ['statements', 'exhibits', 'correspondence'],
      // An estimate until the worker measures: a typed transcript (B17) is counted as one page.
      pages: usable ? filePages + (section === 'exhibits' ? 1 : 0) + (e.illegible && e.transcript ? 1 : 0) : null,
      usable,
      problem: usable ? null : `${e.exhibitLabel} (“${r.text(e.fileName)}”) cannot go in a bundle: ${use.kind === 'out' && e.usableInBundle ? use.problem : (e.unusableReason ?? 'it was not accepted at intake')}.`,
      exhibitLabel: e.exhibitLabel,
      fileName: r.text(e.fileName),
      sha256: e.sha256,
      duplicateOf,
    });
  }
  for (const d of data.documents) {
    const key = documentKey(d.id);
    const duplicateOf = d.sha256 ? (bySha.get(d.sha256) ?? null) : null;
    if (d.sha256 && !duplicateOf) bySha.set(d.sha256, key);
    const statement = d.templateId === 'witness-statement';
    const left = statement ? statementLeftOut(data, d) : null;
    out.push({
      key,
      kind: 'document',
      title: r.text(statement ? statementTitle(d.statementNumber ?? 1, d.witnessName ?? 'the witness') : `${d.title} to ${d.recipient}`),
      date: d.date,
      defaultSection: statement ? 'statements' : 'correspondence',
      allowedSections: ['statements', 'correspondence'],
      pages: d.pages,
      usable: d.problem === null && left === null,
      problem: d.problem ? `“${r.text(d.title)}” cannot go in the bundle: it ${d.problem}.` : left ? r.text(left) : null,
      exhibitLabel: null,
      fileName: null,
      sha256: d.sha256,
      duplicateOf,
    });
  }
  return out;
}

/**
 * Issue 15: each witness has one current statement in the bundle, in standard print. Why a generated
 * statement document stays out (another print of it, an earlier one of the same number, or the officer's
 * own now made in the statement editor), or null.
 */
function statementLeftOut(data: CaseData, d: CaseDocument): string | null {
  const title = statementTitle(d.statementNumber ?? 1, d.witnessName ?? 'the witness');
  if (d.variant !== 'standard') return `The ${d.variant} copy of the ${lowerFirst(title)} stays out: the bundle takes the standard print.`;
  const later = data.documents.some((o) => o.templateId === 'witness-statement' && o.variant === 'standard' && o.witnessName === d.witnessName && (o.statementNumber ?? 1) === (d.statementNumber ?? 1) && o.id > d.id);
  if (later) return `This ${lowerFirst(title)} was superseded by a later version: the bundle takes the latest.`;
  const party = partyFinals(data).find((p) => !p.withheld && p.statement.makerName === d.witnessName);
  if (party) return `${party.statement.title} is finalised in the statement editor: it replaces this generated statement.`;
  const officer = officerFinal(data.statements);
  // A staff member's generated statement (its maker is none of the case's people) is the Claimant's own
  // evidence, now made in the statement editor.
  if (officer && !data.parties.some((p) => p.name && p.name === d.witnessName)) return `${officer.statement.title} is finalised in the statement editor: it replaces this generated staff statement.`;
  return null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** B17 (PD 32 para 27.11): why an item cannot go in a bundle yet for want of a typed transcript, or null. */
export function needsTranscript(data: CaseData, key: string): string | null {
  const parsed = parseItemKey(key);
  const e = parsed?.kind === 'evidence' ? data.evidence.find((x) => x.id === parsed.id) : undefined;
  if (!e || !e.illegible || e.transcript !== null) return null;
  return `${e.exhibitLabel} is marked hard to read and has no typed transcript yet: the court needs one next to it (PD 32 para 27.11). Type it on the case’s Evidence tab, or leave the exhibit out of the bundle.`;
}

/** The default plan: every usable item in its section; generated parts first, the rest in date order (B15). */
export function defaultPlan(data: CaseData, all: BundleCandidate[]): BundlePlan {
  const noConsent = hearsayReasonOptions(data).find((o) => o.kind === 'no-consent');
  const order: SectionKind[] = ['application', 'statements', 'chronology', 'exhibits', 'correspondence', 'annex'];
  const usable = new Set(all.filter((c) => c.usable && !c.duplicateOf).map((c) => c.key));
  const replaced = new Set([...signedCopyKeys(data)].filter(([copy]) => usable.has(copy)).map(([, doc]) => doc));
  // A party's finalised statement goes in place of their uploaded statement (issue 15; caseWarnings says so).
  for (const p of partyFinals(data)) if (!p.withheld && usable.has(numberedKey('party-statement', p.statement.id))) for (const e of uploadedStatementsOf(data, p.statement.makerName)) replaced.add(evidenceKey(e.id));
  const sections = order.map((kind) => {
    // Left out: duplicates (B16), exhibits still waiting for a typed transcript (B17; caseWarnings says so),
    // and letters whose signed or served copy goes in their place (issue 15).
    const here = all.filter((c) => c.usable && c.defaultSection === kind && !c.duplicateOf && !needsTranscript(data, c.key) && !replaced.has(c.key));
    const gen = here.filter((c) => c.kind === 'generated');
    const rest = chronological(here.filter((c) => c.kind !== 'generated'));
    const hearsay = gen.filter((c) => c.key === generatedKey('hearsay-notice'));
    // The case summary opens the bundle (issue 15); certificates of service follow what they certify.
    const lead = gen.filter((c) => c.key !== generatedKey('hearsay-notice') && !isCertificate(c.key)).sort((a, b) => Number(b.key === generatedKey('case-summary')) - Number(a.key === generatedKey('case-summary')));
    const keys = [...lead, ...rest, ...hearsay].map((c) => c.key).filter((k) => k !== generatedKey('hearsay-notice') || data.redaction.applies);
    return { kind, items: placeCertificates(data, keys, gen.filter((c) => isCertificate(c.key)).map((c) => c.key)) };
  });
  return {
    letter: 'A',
    shortName: defaultShortName(data.header.partnerName, data.respondent?.name ?? null),
    hearingDate: data.hearingAt ? londonDate(new Date(data.hearingAt)) : null,
    sections,
    // Only what the record shows (no written consent for the court); any other reason, such as fear of
    // reprisals, is the user's to choose and word (issue 15), never assumed.
    hearsayReason: noConsent?.words ?? '',
    hearsayReasonKind: noConsent ? 'no-consent' : null,
    hearsayEvidence: [],
    pageLimit: 300,
    sizeLimitMb: 36,
  };
}

const isCertificate = (key: string) => parseItemKey(key)?.kind === 'generated' && (parseItemKey(key) as { key: GeneratedKey }).key === 'service-certificate';

/** Each certificate of service straight after the document it certifies (or the signed copy in its place); the rest at the end. */
function placeCertificates(data: CaseData, keys: string[], certificates: string[]): string[] {
  const out = [...keys];
  for (const key of certificates) {
    const cert = finalCertificates(data).find((c) => numberedKey('service-certificate', c.id) === key);
    const docId = cert?.documentId ?? null;
    const copy = docId !== null ? data.signedCopies.find((c) => c.documentId === docId) : undefined;
    const at = docId === null ? -1 : Math.max(out.indexOf(documentKey(docId)), copy ? out.indexOf(evidenceKey(copy.evidenceId)) : -1);
    if (at < 0) out.push(key);
    else out.splice(at + 1, 0, key);
  }
  return out;
}

export function caseWarnings(data: CaseData, all: BundleCandidate[]): BundleWarning[] {
  const w: BundleWarning[] = [...partyStatementWarnings(data, all)];
  const inj = data.injunction;
  if (!inj) w.push({ code: 'no-injunction', severity: 'error', key: null, message: 'No civil injunction is recorded on this case. Record the injunction applied for (its terms, power of arrest, exclusion) on the case before building its bundle.' });
  const details = (inj?.details ?? {}) as { claimNumber?: string; court?: string; youthCourt?: boolean; withoutNotice?: boolean; youthOffendingTeamConsultedOn?: string | null };
  if (inj && !details.claimNumber) w.push({ code: 'no-claim-number', severity: 'info', key: null, message: 'No claim number is recorded yet: the file name and headings use the case reference until the claim is issued (B13).' });
  if (inj && !details.court) w.push({ code: 'no-court', severity: 'warning', key: null, message: 'No court is recorded on the injunction: the headings leave it blank.' });
  if (!data.hearingAt) w.push({ code: 'no-hearing', severity: 'info', key: null, message: 'No hearing is recorded on the injunction: the file name says "hearing date to be fixed" unless you give a date.' });
  const age = data.respondent?.age ?? null;
  if (age !== null && age < 18) {
    if (!details.youthCourt) w.push({ code: 'youth-court', severity: 'warning', key: null, message: `The respondent is ${age}: an application against someone under 18 goes to the youth court (reference/bundles.md §1.5).` });
    if (!details.withoutNotice && !details.youthOffendingTeamConsultedOn)
      w.push({ code: 'youth-offending-team', severity: 'error', key: null, message: `The respondent is ${age}: the youth offending team must be consulted before an application on notice (ASBCPA 2014 s.14; B24). Record the consultation on the injunction.` });
  }
  if (data.redaction.applies) {
    const withheld = data.redaction.people.filter((p) => !p.named).map((p) => p.label);
    w.push({
      code: 'identities-withheld',
      severity: 'warning',
      key: null,
      message: `${(withheld.length <= 1 ? (withheld[0] ?? '') : `${withheld.slice(0, -1).join(', ')} and ${withheld.at(-1)}`).replace(/^the /, 'The ')} ${withheld.length === 1 ? 'has' : 'have'} not consented in writing to the court learning who they are (P3.14), so the parts Hearth writes call them that and leave out their details. Evidence files go in as they are unless redacted: run the evidence check, and redact any file that names them.`,
    });
  }
  for (const c of all) if (!c.usable && c.problem && c.kind !== 'generated') w.push({ code: 'unusable', severity: 'warning', key: c.key, message: c.problem });
  for (const c of all) {
    const untyped = c.usable ? needsTranscript(data, c.key) : null;
    if (untyped) w.push({ code: 'needs-transcript', severity: 'warning', key: c.key, message: `${untyped} It is left out of the default plan until then.` });
  }
  for (const c of all) {
    if (!c.duplicateOf) continue;
    const first = all.find((x) => x.key === c.duplicateOf);
    w.push({ code: 'duplicate', severity: 'warning', key: c.key, message: `${c.exhibitLabel ?? c.title} is the same file as ${first?.exhibitLabel ?? first?.title ?? 'another item'} (same SHA-256): it is left out of the default plan (B16).` });
  }
  return w;
}

