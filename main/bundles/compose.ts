import { actionLabel } from '../../shared/domain/action-kinds';
import { APPLICANT_PARAGRAPH, APPLICANT_WORDS, CONDUCT_LIMBS, HARM_GROUNDS } from '../../shared/court/texts';
import { injunctionOf, termReferences, type Injunction } from '../../shared/domain/injunction';
import { bundleFileName } from '../../shared/bundles/file-name';
import { numberedKey, parseItemKey, sectionLetter, SECTION_TITLES } from '../../shared/domain/bundle-model';
import { formatDate, formatTime } from '../../shared/time/format';
import { AppError } from '../../shared/result';
import type { BundleCandidate, BundlePlan, BundleWarning } from '../../shared/schemas/bundles';
import { londonDate } from '../../shared/time/london';
import type { ApplicationContent, BundleContent, ExhibitProducer, ExhibitSheetContent } from './engine/content';
import type { BuildJob, FileType, LateBase, ResolvedItem, ResolvedSection } from './engine/protocol';
import { replacedReasons, signedCopyTabs, signedCopyWarnings } from './correspondence-plan';
import { exhibitUse } from './exhibits/use';
import { needsTranscript, type CaseData } from './sources';
import { withheldOnCover } from './withheld-cover';
import { statementContent } from './statement-content';
import { type FinalStatement, officerFinal } from '../statements/current';
import { certificateTabs, courtPaperContent, partyStatementCitation } from './court-papers-content';
import { partyFinals } from './court-papers';
import { unsupportedReason } from './hearsay-reasons';

/**
 * From a case and a plan to what the worker builds (issue 7 §1): the resolved sections and items, and
 * every word of the parts Hearth writes, redacted for the court (P3.14). Pure apart from its inputs.
 */
const dmy = (iso: string | null | undefined) => (iso ? (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : formatDate(iso)) : '');

export interface Composed {
  job: BuildJob;
  fileName: string;
  docxName: string;
  warnings: BundleWarning[];
  excluded: { key: string; title: string; reason: string }[];
}

/** "Mr Darren Whitcombe" → himself; "Ms …" → herself; otherwise "themselves" (Hearth records no gender). */
export function reflexiveOf(name: string): string {
  const title = name.trim().split(/\s+/)[0]?.replace(/\.$/, '').toLowerCase();
  if (title === 'mr') return 'himself';
  if (title === 'mrs' || title === 'ms' || title === 'miss') return 'herself';
  return 'themselves';
}

/** "The Complainant and Witness A": a list of people read as a sentence's subject. */

function fileTypeOf(type: string): FileType | null {
  return type === 'pdf' || type === 'jpeg' || type === 'png' ? type : null;
}

const hasTranscript = (e: CaseData['evidence'][number]) => e.illegible && e.transcript !== null;

export interface ComposeOptions {
  now: Date;
  late: LateBase | null;
  /** "Supplementary bundle" for late additions made into a bundle of their own (B14, UKSC style). */
  title?: string;
}

export function compose(data: CaseData, plan: BundlePlan, all: BundleCandidate[], opts: ComposeOptions): Composed {
  const r = data.redaction;
  const byKey = new Map(all.map((c) => [c.key, c]));
  const inj = injunctionOf(data.injunction?.details ?? {});
  const claimNumber = inj.claimNumber;

  // Sections as planned: known, usable items only, each in a section it may go in.
  const sections = plan.sections.filter((s) => s.items.length > 0);
  const position = opts.late ? opts.late.sectionCount : 0;
  const tabOf = new Map<string, string>();
  sections.forEach((s, si) => s.items.forEach((k, i) => tabOf.set(k, `${sectionLetter(position + si)}${i + 1}`)));
  for (const s of sections) {
    for (const key of s.items) {
      const c = byKey.get(key);
      if (!c || !parseItemKey(key)) throw new AppError('bad-input', `The plan names an item that is not on this case (${key}). Reload the builder.`);
      if (!c.usable) throw new AppError('guard', c.problem ?? `${c.title} cannot go in a bundle.`);
      if (s.kind !== 'late' && !c.allowedSections.includes(s.kind)) throw new AppError('bad-input', `${c.title} cannot go in the section “${SECTION_TITLES[s.kind]}”.`);
      const untyped = needsTranscript(data, key);
      if (untyped) throw new AppError('guard', untyped);
    }
  }
  if (!data.injunction && sections.some((s) => s.items.some((k) => k === 'g:application' || k === 'g:draft-order'))) {
    throw new AppError('guard', 'No civil injunction is recorded on this case: record the injunction applied for (its terms) before building the application and draft order.');
  }
  if (!sections.length) throw new AppError('bad-input', 'The bundle has nothing in it: add at least one item.');
  if (sections.some((s) => s.items.includes('g:hearsay-notice')) && !plan.hearsayReason.trim()) {
    throw new AppError('bad-input', 'The hearsay notice must say why the makers of the statements will not be called (CPR 33.2(3)). Write the reason in the builder, in your own words; Hearth does not supply one.');
  }
  const unsupported = sections.some((s) => s.items.includes('g:hearsay-notice')) ? unsupportedReason(data, plan.hearsayReasonKind) : null;
  if (unsupported) throw new AppError('guard', unsupported);

  const officer = data.officer;
  const statementDate = dmy(data.today);
  // Issue 15: the officer's statement is the finalised one; the items it produces carry its marks ("AL1").
  const final = planned0(plan).has('g:officer-statement') ? officerFinal(data.statements) : null;
  const officerTitle = final ? `the ${lowerFirst(final.statement.title)} dated ${dmy(final.version.statementDate)}` : '';
  const marks = new Map((final?.version.exhibits ?? []).map((x) => [x.evidenceId, x.mark]));
  // What a party witness's statement produces carries that witness's mark ("AH1"), when the officer's does not.
  const markOf = (e: CaseData['evidence'][number]) => marks.get(e.id) ?? producersOf(e)[0]?.mark ?? e.exhibitLabel;
  // An item added to the record is named in the chronology by the mark the court knows it by.
  const evidenceMarked = (c: CaseData['chronology'][number]) => {
    const e = c.kind === 'evidence' ? evidenceById.get(c.id) : undefined;
    return e ? c.title.replace(e.exhibitLabel, markOf(e)) : c.title;
  };
  const evidenceById = new Map(data.evidence.map((e) => [e.id, e]));
  const docById = new Map(data.documents.map((d) => [d.id, d]));
  const planned = new Set(sections.flatMap((s) => s.items));
  // PD 32: an exhibit's sheet names the statements that produce it, each with its own mark: the officer's
  // only for what the officer's statement produces; a party witness's when their statement is in the
  // bundle, or when they are withheld (named as the bundle names them, "Witness A": their evidence
  // reaches the court through the officer's statement).
  const partyProducers = partyFinals(data).filter((p) => p.withheld || planned.has(numberedKey('party-statement', p.statement.id)));
  const producersOf = (e: CaseData['evidence'][number]): ExhibitProducer[] => [
    ...(final && marks.has(e.id) ? [{ mark: marks.get(e.id)!, witness: final.statement.makerName, statementDate: dmy(final.version.statementDate) }] : []),
    ...partyProducers.flatMap((p) =>
      p.version.exhibits
        .filter((x) => x.evidenceId === e.id)
        .map((x) => (p.withheld ? { mark: markByLabel(x.mark, r.nameOf(p.statement.makerPartyId)), witness: r.nameOf(p.statement.makerPartyId) } : { mark: x.mark, witness: p.statement.makerName }))
        .map((x) => ({ ...x, statementDate: dmy(p.version.statementDate) })),
    ),
  ];
  const exhibitKeys = sections.filter((s) => s.kind === 'exhibits' || s.kind === 'late').flatMap((s) => s.items.filter((k) => parseItemKey(k)?.kind === 'evidence'));

  r.placeIs('the index');
  const resolved: ResolvedSection[] = sections.map((s) => ({
    kind: s.kind,
    title: s.kind === 'late' ? `Late additions (added ${dmy(data.today)})` : SECTION_TITLES[s.kind],
    items: s.items.map((key): ResolvedItem => {
      const c = byKey.get(key)!;
      const parsed = parseItemKey(key)!;
      if (parsed.kind === 'generated') return { key, title: c.title, date: c.date ? dmy(c.date) : null, duplicateOf: null, source: { kind: 'generated', generated: parsed.key } };
      if (parsed.kind === 'evidence') {
        const e = evidenceById.get(parsed.id)!;
        const fileType = fileTypeOf(e.type);
        if (!fileType) throw new AppError('guard', `${e.exhibitLabel} cannot go in a bundle: ${e.unusableReason ?? 'its type has no pages'}.`);
        const asExhibit = s.kind === 'exhibits' || s.kind === 'late';
        // A redacted exhibit goes in as its redacted copy: a PDF (a picture's copy too), read by the same key.
        const use = exhibitUse(data.exhibitRedactions.get(e.id), r.terms);
        const file = use.kind === 'redacted' ? { fileType: 'pdf' as const, sha256: use.sha256, pages: use.pages, size: use.size } : { fileType, sha256: e.sha256, pages: fileType === 'pdf' ? (e.pageCount ?? 1) : 1, size: e.size };
        return {
          key,
          title: (asExhibit ? `Exhibit ${markOf(e)}: ${c.title}` : `${c.title} (${markOf(e)})`) + (hasTranscript(e) ? ', with a typed transcript' : ''),
          date: dmy(e.obtainedOn),
          duplicateOf: c.duplicateOf,
          source: { kind: 'file', fileType: file.fileType, fileName: r.text(e.fileName), sha256: file.sha256, pages: file.pages, size: file.size, label: asExhibit ? markOf(e) : null, sheet: asExhibit, transcript: hasTranscript(e) },
        };
      }
      const d = docById.get(parsed.id)!;
      return { key, title: c.title, date: dmy(d.date), duplicateOf: c.duplicateOf, source: { kind: 'file', fileType: 'pdf', fileName: `${d.title}.pdf`, sha256: d.sha256 ?? '', pages: d.pages ?? 1, size: d.size, label: null, sheet: false } };
    }),
  }));

  // The words.
  const respondentName = data.respondent && !data.respondent.anonymous && data.respondent.name ? data.respondent.name : 'Persons unknown';
  const heading = { court: inj.court, claimNumber, claimant: data.header.partnerName, defendant: respondentName, youthCourt: inj.youthCourt };
  const withheld = r.people.filter((p) => !p.named).map((p) => p.label);
  const listWords = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  const confidentiality = withheldOnCover({
    people: r.people,
    officerStatement: planned.has('g:officer-statement') ? { maker: officer.name, date: statementDate, tab: tabOf.get('g:officer-statement')! } : null,
    hearsayTab: tabOf.get('g:hearsay-notice') ?? null,
    keptOut: data.documents.filter((d) => !tabOf.has(`d:${d.id}`) && d.problem?.startsWith('names or identifies')).length,
    evidenceFiles: [...planned].some((k) => parseItemKey(k)?.kind === 'evidence'),
  });

  // The court's papers name the statements, never the bundle's tabs: the judge signs the order as it stands.
  const statementsInB = sections.find((s) => s.kind === 'statements')?.items ?? [];
  const supporting = statementsInB
    .filter((k) => k !== 'g:hearsay-notice')
    .map((k) => (k === 'g:officer-statement' ? `${officer.name} dated ${final ? dmy(final.version.statementDate) : statementDate}` : (partyStatementCitation(data, k, dmy) ?? byKey.get(k)!.title)));
  r.placeIs('the application');
  const application = data.injunction ? composeApplication(data, inj, supporting, statementDate, markOf) : null;

  r.placeIs('the exhibit sheets');
  const exhibits: Record<string, ExhibitSheetContent> = {};
  for (const key of exhibitKeys) {
    const e = evidenceById.get(parseItemKey(key)!.kind === 'evidence' ? (parseItemKey(key) as { id: number }).id : 0)!;
    exhibits[key] = {
      label: markOf(e),
      title: r.text(e.description || e.fileName),
      description: r.text(e.description),
      source: r.text(e.source),
      obtainedOn: dmy(e.obtainedOn),
      fileName: r.text(e.fileName),
      fileType: e.type.toUpperCase(),
      sha256: e.sha256,
      producers: producersOf(e),
    };
  }

  // B17: the typed copy of each exhibit that is hard to read, said in the words the court may see.
  r.placeIs('the typed transcripts');
  const transcripts: BundleContent['transcripts'] = {};
  for (const key of planned) {
    const parsed = parseItemKey(key);
    const e = parsed?.kind === 'evidence' ? evidenceById.get(parsed.id) : undefined;
    if (e && hasTranscript(e)) transcripts[key] = { label: markOf(e), title: r.text(e.description || e.fileName), text: r.text(e.transcript!), typedBy: e.transcriptBy ?? '', typedOn: dmy(e.transcriptAt ? londonDate(new Date(e.transcriptAt)) : null) };
  }

  r.placeIs('the officer’s statement');
  const statement = final ? officerStatement(data, final) : null;

  const hearsayItems: string[] = [];
  if (planned.has('g:officer-statement') && withheld.length) {
    hearsayItems.push(`What ${listWords(withheld)} told the Claimant, as reported in ${officerTitle} (tab ${tabOf.get('g:officer-statement')}).`);
  }
  for (const id of plan.hearsayEvidence) {
    const key = `e:${id}`;
    if (tabOf.has(key)) hearsayItems.push(`The statement ${byKey.get(key)!.title} (tab ${tabOf.get(key)}).`);
  }
  if (!hearsayItems.length) hearsayItems.push('The statements of people reported in the witness statements in this bundle whose makers will not be called.');
  r.placeIs('the hearsay notice');
  const hearsay = planned.has('g:hearsay-notice')
    ? {
        date: statementDate,
        signedFor: `${data.builder.name}, for ${data.header.partnerName}`,
        items: hearsayItems,
        reason: r.text(plan.hearsayReason.trim()),
      }
    : null;

  // The court's chronology (issue 15): a time only where one was recorded; the Claimant's own procedure
  // (a P5.4 confirmation) is not an event in the case.
  r.placeIs('the chronology');
  const chronology = data.chronology.filter((c) => !c.internal).map((c) => ({ date: formatDate(c.at), time: c.dateOnly ? '' : formatTime(c.at), event: r.text(evidenceMarked(c)), detail: r.text(c.detail) }));
  r.placeIs('the correspondence list');
  const correspondence = composeCorrespondence(data, tabOf);

  r.placeIs('the list of evidence files');
  const annex: BundleContent['annex'] = [];
  for (const e of data.evidence) {
    const key = `e:${e.id}`;
    const tab = tabOf.get(key);
    const use = exhibitUse(data.exhibitRedactions.get(e.id), r.terms);
    annex.push({
      label: markOf(e),
      file: r.text(e.fileName),
      // A redacted exhibit's fingerprint is its redacted copy's: the file in the bundle.
      sha256: tab && use.kind === 'redacted' ? use.sha256 : e.sha256,
      status: tab
        ? `At tab ${tab}${use.kind === 'redacted' ? ', redacted (this is the redacted copy’s fingerprint)' : ''}. Checked when the bundle was built: it matches.`
        : e.usableInBundle
          ? 'Not in this bundle.'
          : `Not in this bundle: ${e.unusableReason ?? 'not accepted at intake'}.`,
    });
  }

  const hearingDate = plan.hearingDate;
  const hearingTime = data.hearingAt && hearingDate && londonDate(new Date(data.hearingAt)) === hearingDate ? ` at ${formatTime(data.hearingAt)}` : '';
  const content: BundleContent = {
    heading,
    caseRef: data.header.ref,
    letter: plan.letter,
    shortName: plan.shortName,
    title: opts.title ?? (opts.late ? 'Hearing bundle' : 'Hearing bundle'),
    hearing: hearingDate ? `${dmy(hearingDate)}${hearingTime}` : null,
    partnerName: data.header.partnerName,
    preparedBy: data.builder.name,
    preparedOn: dmy(data.today),
    confidentiality,
    application,
    statement,
    hearsay,
    chronology,
    correspondence,
    exhibits,
    transcripts,
    annex,
    redactTerms: r.terms,
    ...courtPaperContent(data, planned, dmy),
  };

  const fileName = bundleFileName({ claimNumber, fallbackRef: data.header.ref, shortName: plan.shortName, letter: plan.letter, hearingDate: plan.hearingDate, extension: 'pdf' });
  const docxName = bundleFileName({ claimNumber, fallbackRef: data.header.ref, shortName: plan.shortName, letter: plan.letter, hearingDate: plan.hearingDate, suffix: 'index', extension: 'docx' });
  const replaced = replacedReasons(data, tabOf);
  const excluded = all
    .filter((c) => !planned.has(c.key) && c.kind !== 'generated')
    .map((c) => ({ key: c.key, title: c.title, reason: c.usable ? (replaced.get(c.key) ?? (c.duplicateOf ? 'a duplicate' : 'left out of the plan')) : (c.problem ?? 'cannot go in a bundle') }));

  const warnings: BundleWarning[] = [...signedCopyWarnings(data, tabOf)];
  for (const s of resolved) for (const i of s.items) if (i.duplicateOf && planned.has(i.duplicateOf)) warnings.push({ code: 'duplicate', severity: 'warning', key: i.key, message: `${i.title} is the same file as ${byKey.get(i.duplicateOf)?.title ?? i.duplicateOf} (same SHA-256): it is in the bundle twice (B16).` });
  // Exhibits with a redacted copy are taken care of; the others go in as they are (issue 16 item 4).
  const unredacted = [...planned].filter((k) => {
    const parsed = parseItemKey(k);
    return parsed?.kind === 'evidence' && exhibitUse(data.exhibitRedactions.get(parsed.id), r.terms).kind === 'original';
  });
  if (data.redaction.applies && unredacted.length) {
    warnings.push({ code: 'evidence-not-redacted', severity: 'warning', key: null, message: `${unredacted.length === 1 ? 'One evidence file goes' : `${unredacted.length} evidence files go`} into the bundle as ${unredacted.length === 1 ? 'it is' : 'they are'}: check ${unredacted.length === 1 ? 'it' : 'them'} (run the evidence check) for the names and details of the people withheld from the court, and redact what names them.` });
  }

  return {
    job: {
      content,
      sections: resolved,
      fileName,
      info: { title: fileName.replace(/\.pdf$/, ''), author: data.header.partnerName, subject: `Bundle ${plan.letter}: application for an injunction (ASBCPA 2014 s.1), claim ${claimNumber || data.header.ref}`, createdAt: opts.now.toISOString() },
      late: opts.late,
    },
    fileName,
    docxName,
    warnings,
    excluded,
  };
}

const dmyDate = (iso: string) => dmy(iso.slice(0, 10));

/**
 * A withheld witness's exhibit mark carries their initials ("AH1"), which would name them to the
 * Defendant: in the bundle it is given by the label they have instead ("the Complainant" → "C1",
 * "Witness A" → "WA1", "Victim 2" → "V2-1"), keeping its number.
 */
export function markByLabel(mark: string, label: string): string {
  const n = mark.match(/(\d+)$/)?.[1] ?? '1';
  const words = label.replace(/^the\s+/i, '').split(/\s+/).filter(Boolean);
  return `${words.map((w) => (/^\d+$/.test(w) ? `${w}-` : w.charAt(0).toUpperCase())).join('')}${n}`;
}

function planMark(data: CaseData, evidenceId: number, markOf: (e: CaseData['evidence'][number]) => string): string | null {
  const e = data.evidence.find((x) => x.id === evidenceId);
  return e ? markOf(e) : null;
}

/**
 * The application and draft order's content (issue 15). The terms are printed as recorded, never
 * redacted: a term someone can be imprisoned for breaking must read as the court made it, so a term
 * that would identify someone withheld stops the build in the pre-flight check instead.
 */
function composeApplication(data: CaseData, inj: Injunction, supporting: string[], date: string, markOf: (e: CaseData['evidence'][number]) => string): ApplicationContent {
  const r = data.redaction;
  const refs = termReferences(inj.terms);
  const resp = data.respondent;
  return {
    applicantParagraph: APPLICANT_PARAGRAPH[inj.applicantStatus],
    applicantWords: APPLICANT_WORDS[inj.applicantStatus],
    housingManagementLink: r.text(inj.housingManagementLink),
    conductLimbs: inj.conductLimbs.map((l) => ({ limb: l, words: CONDUCT_LIMBS[l] })),
    terms: inj.terms.map((t, i) => ({
      ref: refs[i]!,
      kind: t.kind,
      text: t.text,
      powerOfArrest: t.powerOfArrest,
      ground: t.powerOfArrest && t.arrestGround ? HARM_GROUNDS[t.arrestGround] : null,
      // The plan is cited by the mark its producing witness gives it ("AL1"), as the bundle's exhibit sheet has it.
      plan: t.area && t.planEvidenceId !== null ? planMark(data, t.planEvidenceId, markOf) : null,
      supervisor: t.supervisor,
      suitabilityEvidence: r.text(t.suitabilityEvidence),
    })),
    homeExclusion: inj.homeExclusion?.ground ? { premises: inj.homeExclusion.premises, ground: HARM_GROUNDS[inj.homeExclusion.ground] } : null,
    duration: { months: inj.durationMonths, untilFurtherOrder: inj.untilFurtherOrder },
    reflexive: resp && !resp.anonymous && resp.name ? reflexiveOf(resp.name) : 'themselves',
    withoutNotice: inj.withoutNotice,
    withoutNoticeJustification: r.text(inj.withoutNoticeJustification),
    respondentAddress: resp ? [resp.address, resp.postcode].filter(Boolean).join(', ') : '',
    respondentAge: resp?.age ?? null,
    supportingStatements: supporting,
    youthOffendingTeamConsultedOn: inj.youthOffendingTeamConsultedOn ? dmy(inj.youthOffendingTeamConsultedOn) : null,
    signedFor: `${data.builder.name}, for ${data.header.partnerName}`,
    date,
  };
}

function actionSummary(details: Record<string, unknown>, redact: (s: string) => string): string {
  const d = details as { behaviour?: string; prohibitions?: string[]; measure?: string; summary?: string; terms?: string[]; reason?: string; area?: string };
  if (d.behaviour) return redact(d.behaviour).replace(/\.$/, '');
  if (d.prohibitions?.length) return `not to ${d.prohibitions.map((p) => redact(p).replace(/\.$/, '')).join('; ')}`;
  if (d.terms?.length) return d.terms.map((t) => redact(t)).join('; ');
  if (d.measure) return d.measure.replace(/-/g, ' ');
  if (d.summary) return redact(d.summary).replace(/\.$/, '');
  if (d.area) return redact(d.area);
  return '';
}

function composeCorrespondence(data: CaseData, tabOf: Map<string, string>): BundleContent['correspondence'] {
  const r = data.redaction;
  const rows: (BundleContent['correspondence'][number] & { sort: string })[] = [];
  for (const a of data.actions) {
    if (!['written-warning-first', 'written-warning-final', 'abc', 'area-letter'].includes(a.kind)) continue;
    rows.push({ sort: a.startedOn, date: dmyDate(a.startedOn), kind: actionLabel(a.kind), to: a.subjectPartyId ? r.nameOf(a.subjectPartyId) : a.kind === 'area-letter' ? 'Residents of the area' : '', summary: actionSummary(a.details, r.text) });
  }
  for (const c of data.chronology) {
    if (c.kind !== 'contact' || !/^(Letter|E-mail) \(outgoing\)/.test(c.title)) continue;
    rows.push({ sort: c.at, date: formatDate(c.at), kind: c.title.startsWith('Letter') ? 'Letter' : 'E-mail', to: c.partyId ? r.nameOf(c.partyId) : '', summary: r.text(c.detail) });
  }
  const signedTab = signedCopyTabs(data, tabOf);
  const serviceTabs = certificateTabs(data, tabOf);
  for (const d of data.documents) {
    // Each letter once (issue 15): its other formats are not letters of their own.
    if (d.templateId === 'witness-statement' || d.copyOf !== null) continue;
    const tab = tabOf.get(`d:${d.id}`);
    const signed = signedTab.get(d.id);
    const copied = signed ? `${signed.what} at tab ${signed.tab}.` : tab ? `Copy at tab ${tab}.` : d.problem ? 'Not copied into the bundle: it identifies someone withheld from the court.' : 'Not copied into the bundle.';
    const served = serviceTabs.get(d.id);
    const summary = served ? `${copied} Certificate of service at tab ${served}.` : copied;
    rows.push({ sort: d.date, date: dmyDate(d.date), kind: r.text(d.title), to: r.text(d.recipient), summary });
  }
  return rows.sort((a, b) => a.sort.localeCompare(b.sort)).map(({ sort: _sort, ...row }) => row);
}


/** The officer's finalised statement, as signed (issue 15): nothing of it is written at build time. */
function officerStatement(data: CaseData, final: FinalStatement): BundleContent['statement'] {
  const v = final.version;
  const s = final.statement;
  const translation = v.translation ? { ...v.translation, translatedOn: dmy(v.translation.translatedOn) } : null;
  return statementContent({ makerName: s.makerName, initials: s.initials, number: s.number, date: dmy(v.statementDate), body: v.body, marks: v.exhibits.map((x) => x.mark), howTaken: v.howTaken, language: v.language, translation }, data.header.partnerName, data.redaction.text);
}

const planned0 = (plan: BundlePlan) => new Set(plan.sections.flatMap((s) => s.items));
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
