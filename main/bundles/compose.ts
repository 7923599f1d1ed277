import { actionLabel } from '../../shared/domain/action-kinds';
import { APPLICANT_PARAGRAPH, APPLICANT_WORDS, CONDUCT_LIMBS, HARM_GROUNDS } from '../../shared/court/texts';
import { injunctionOf, termReferences, type Injunction } from '../../shared/domain/injunction';
import { bundleFileName } from '../../shared/bundles/file-name';
import { parseItemKey, sectionLetter, SECTION_TITLES } from '../../shared/domain/bundle-model';
import { labelOf, REPORT_METHODS, TENURES } from '../../shared/domain/vocabulary';
import { formatDate, formatTime } from '../../shared/time/format';
import { AppError } from '../../shared/result';
import type { BundleCandidate, BundlePlan, BundleWarning } from '../../shared/schemas/bundles';
import { londonDate } from '../../shared/time/london';
import type { ApplicationContent, BundleContent, ExhibitSheetContent, StatementBlock } from './engine/content';
import type { Run } from './engine/layout';
import type { BuildJob, FileType, LateBase, ResolvedItem, ResolvedSection } from './engine/protocol';
import { replacedReasons, signedCopyTabs, signedCopyWarnings } from './correspondence-plan';
import { exhibitUse } from './exhibits/use';
import { needsTranscript, type CaseData } from './sources';
import { withheldOnCover } from './withheld-cover';

/**
 * From a case and a plan to what the worker builds (issue 7 §1): the resolved sections and items, and
 * every word of the parts Hearth writes, redacted for the court (P3.14). Pure apart from its inputs.
 */
const dmy = (iso: string | null | undefined) => (iso ? (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : formatDate(iso)) : '');
const sentence = (s: string) => {
  const t = s.trim();
  return t && !/[.!?”"’)]$/.test(t) ? `${t}.` : t;
};
const lowerFirst = (s: string) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);

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
const capitalised = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

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

  const officer = data.officer;
  const statementDate = dmy(data.today);
  const evidenceById = new Map(data.evidence.map((e) => [e.id, e]));
  const docById = new Map(data.documents.map((d) => [d.id, d]));
  const planned = new Set(sections.flatMap((s) => s.items));
  const exhibitKeys = sections.filter((s) => s.kind === 'exhibits' || s.kind === 'late').flatMap((s) => s.items.filter((k) => parseItemKey(k)?.kind === 'evidence'));

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
          title: (asExhibit ? `Exhibit ${e.exhibitLabel}: ${c.title}` : `${c.title} (${e.exhibitLabel})`) + (hasTranscript(e) ? ', with a typed transcript' : ''),
          date: dmy(e.obtainedOn),
          duplicateOf: c.duplicateOf,
          source: { kind: 'file', fileType: file.fileType, fileName: r.text(e.fileName), sha256: file.sha256, pages: file.pages, size: file.size, label: asExhibit ? e.exhibitLabel : null, sheet: asExhibit, transcript: hasTranscript(e) },
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
  const supporting = statementsInB.filter((k) => k !== 'g:hearsay-notice').map((k) => (k === 'g:officer-statement' ? `${officer.name} dated ${statementDate}` : byKey.get(k)!.title));
  const application = data.injunction ? composeApplication(data, inj, supporting, statementDate) : null;

  const exhibits: Record<string, ExhibitSheetContent> = {};
  for (const key of exhibitKeys) {
    const e = evidenceById.get(parseItemKey(key)!.kind === 'evidence' ? (parseItemKey(key) as { id: number }).id : 0)!;
    exhibits[key] = {
      label: e.exhibitLabel,
      title: r.text(e.description || e.fileName),
      description: r.text(e.description),
      source: r.text(e.source),
      obtainedOn: dmy(e.obtainedOn),
      fileName: r.text(e.fileName),
      fileType: e.type.toUpperCase(),
      sha256: e.sha256,
      witness: officer.name,
      statementDate,
    };
  }

  // B17: the typed copy of each exhibit that is hard to read, said in the words the court may see.
  const transcripts: BundleContent['transcripts'] = {};
  for (const key of planned) {
    const parsed = parseItemKey(key);
    const e = parsed?.kind === 'evidence' ? evidenceById.get(parsed.id) : undefined;
    if (e && hasTranscript(e)) transcripts[key] = { label: e.exhibitLabel, title: r.text(e.description || e.fileName), text: r.text(e.transcript!), typedBy: e.transcriptBy ?? '', typedOn: dmy(e.transcriptAt ? londonDate(new Date(e.transcriptAt)) : null) };
  }

  const statement = planned.has('g:officer-statement') ? composeStatement(data, exhibitKeys, tabOf, statementDate, withheld, opts) : null;

  const hearsayItems: string[] = [];
  if (planned.has('g:officer-statement') && withheld.length) {
    hearsayItems.push(`What ${listWords(withheld)} told the Claimant, as reported in the witness statement of ${officer.name} dated ${statementDate} (tab ${tabOf.get('g:officer-statement')}).`);
  }
  for (const id of plan.hearsayEvidence) {
    const key = `e:${id}`;
    if (tabOf.has(key)) hearsayItems.push(`The statement ${byKey.get(key)!.title} (tab ${tabOf.get(key)}).`);
  }
  if (!hearsayItems.length) hearsayItems.push('The statements of people reported in the witness statements in this bundle whose makers will not be called.');
  const hearsay = planned.has('g:hearsay-notice')
    ? {
        date: statementDate,
        signedFor: `${data.builder.name}, for ${data.header.partnerName}`,
        items: hearsayItems,
        reason: r.text(plan.hearsayReason.trim() || 'The makers of these statements fear reprisals from the Defendant.'),
      }
    : null;

  const chronology = data.chronology.map((c) => ({ date: formatDate(c.at), time: formatTime(c.at), event: r.text(c.title), detail: r.text(c.detail) }));
  const correspondence = composeCorrespondence(data, tabOf);

  const annex: BundleContent['annex'] = [];
  for (const e of data.evidence) {
    const key = `e:${e.id}`;
    const tab = tabOf.get(key);
    const use = exhibitUse(data.exhibitRedactions.get(e.id), r.terms);
    annex.push({
      label: e.exhibitLabel,
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

function composeStatement(data: CaseData, exhibitKeys: string[], tabOf: Map<string, string>, date: string, withheld: string[], _opts: ComposeOptions): BundleContent['statement'] {
  const r = data.redaction;
  const o = data.officer;
  const partner = data.header.partnerName;
  const resp = data.respondent;
  const respondentName = resp && !resp.anonymous && resp.name ? resp.name : 'the person responsible';
  const blocks: StatementBlock[] = [];
  const head = (text: string) => blocks.push({ kind: 'heading', text });
  const para = (...runs: Run[]) => blocks.push({ kind: 'para', runs });
  const text = (t: string) => ({ text: t });

  head('Introduction');
  para(text(`I am ${o.name}. I work for ${partner} (the Claimant) as the officer responsible for its case ${data.header.ref}. I make this statement in support of the Claimant’s application for an injunction against ${respondentName} (the Defendant), and I am authorised to make it on the Claimant’s behalf.`));
  para(text('The facts in this statement come from my own dealings with this case and from the Claimant’s case records, which were made at or near the time of the events they record and which I have read. Where I say what someone told the Claimant, I say who it was, and I believe what they said to be true.'));
  para(
    text(
      data.builder.name === o.name
        ? 'I prepared this statement myself from the case records. It is in English, which is my own language.'
        : `This statement was prepared from the case records with the help of ${data.builder.name} of the Claimant’s legal team, and I have checked it. It is in English, which is my own language.`,
    ),
  );
  if (withheld.length) {
    para(text(`${capitalised(andJoin(withheld))} ${withheld.length === 1 ? 'has' : 'have'} not given written consent for the court to learn who they are. Under the Claimant’s Harassment Policy (paragraph 3.14) I call them ${andJoin(withheld.map((w) => `“${w}”`))} in this statement and leave out details that would identify them. A hearsay notice is filed with this statement.`));
  }

  head('The Defendant');
  if (resp) {
    const tenure = resp.tenure ? labelOf(TENURES, resp.tenure).toLowerCase() : null;
    const where = [resp.address, resp.postcode].filter(Boolean).join(', ');
    para(text(`The Defendant${tenure && tenure !== 'not a tenant' ? ` is a ${tenure} of the Claimant` : ''}${where ? `${tenure && tenure !== 'not a tenant' ? ' and lives' : ' lives'} at ${where}` : ''}${resp.age !== null ? `. The Defendant is ${resp.age} years old` : ''}.`));
  } else para(text('The Claimant has not been able to identify the person responsible by name.'));

  head('The report');
  para(text(sentence(`On ${formatDate(data.header.receivedAt)} the Claimant received a report by ${labelOf(REPORT_METHODS, data.header.method).toLowerCase()}${data.header.summary ? `: ${r.text(data.header.summary)}` : ''}`)));

  const incidents = data.chronology.filter((c) => c.kind === 'incident');
  if (incidents.length) {
    head('The incidents');
    for (const c of incidents) {
      const who = c.partyId ? r.nameOf(c.partyId, 'someone') : 'it was';
      const acts = c.title.replace(/^Incident:?\s*/, '').toLowerCase();
      const detail = r.text(c.detail).replace(/\n+/g, ' ');
      para(text(sentence(`On ${formatDate(c.at)} at ${formatTime(c.at)} ${who === 'it was' ? 'it was reported' : `${who} reported`}${acts ? ` ${lowerFirst(acts)}` : ' an incident'}${detail ? `: ${detail}` : ''}`)));
    }
  }

  const interviews = data.chronology.filter((c) => c.kind === 'interview');
  if (interviews.length) {
    head('Interviews');
    for (const c of interviews) para(text(sentence(`On ${formatDate(c.at)} ${r.text(c.title).replace(/^Interview\s*—\s*/, 'the Claimant interviewed ').replace(/^Interview$/, 'the Claimant held an interview')}${c.detail ? `: ${r.text(c.detail).replace(/\n+/g, ' ')}` : ''}`)));
  }

  const steps = data.actions.filter((a) => a.kind !== 'civil-injunction');
  if (steps.length) {
    head('What the Claimant has done');
    for (const a of steps) para(text(sentence(`On ${dmyDate(a.startedOn)} the Claimant used a ${lowerFirst(actionLabel(a.kind))}${a.subjectPartyId ? ` with ${r.nameOf(a.subjectPartyId)}` : ''}${actionSummary(a.details, r.text) ? `: ${actionSummary(a.details, r.text)}` : ''}${a.outcome ? `. Outcome: ${r.text(a.outcome)}` : ''}`)));
  }

  if (exhibitKeys.length) {
    head('Exhibits');
    for (const key of exhibitKeys) {
      const e = data.evidence.find((x) => `e:${x.id}` === key)!;
      const what = r.text(e.description || e.fileName).replace(/\.$/, '');
      para(text(`I refer to the ${lowerFirst(what)} marked `), { text: `‘${e.exhibitLabel}’`, bold: true }, text(` (tab ${tabOf.get(key)}). It came from ${r.text(e.source)} on ${dmyDate(e.obtainedOn)}.`));
    }
  }

  const inj = injunctionOf(data.injunction?.details ?? {});
  head('The order the Claimant asks for');
  const draft = tabOf.get('g:draft-order');
  para(text(`For these reasons the Claimant asks the court to grant an injunction in the terms of the draft order${draft ? ` at tab ${draft}` : ''}.`));
  if (inj.legacyPowerOfArrest || inj.terms.some((t) => t.powerOfArrest)) para(text('The Claimant asks for a power of arrest because the behaviour includes violence or threats of violence, or there is a significant risk of harm to others from the Defendant.'));
  if (inj.homeExclusion) para(text(sentence(`The Claimant asks for the Defendant to be excluded from ${r.text(inj.homeExclusion.premises || 'their home')}, where the Defendant lives, for the same reasons`)));
  if (inj.withoutNotice) para(text(sentence(`The application is made without notice to the Defendant because ${lowerFirst(r.text(inj.withoutNoticeJustification || 'of the risk to the Complainant'))}`)));

  const labels = exhibitKeys.map((k) => data.evidence.find((x) => `e:${x.id}` === k)!.exhibitLabel);
  const parts = o.name.trim().split(/\s+/);
  const initialsSurname = parts.length > 1 ? `${parts.slice(0, -1).map((p) => p[0]).join('')} ${parts.at(-1)}` : o.name;
  return { makerName: o.name, makerInitialsSurname: initialsSurname, initials: o.initials, employer: partner, ordinal: '1st', date, exhibits: labels, blocks };
}

const dmyDate = (iso: string) => dmy(iso.slice(0, 10));
const andJoin = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/**
 * The application and draft order's content (issue 15). The terms are printed as recorded, never
 * redacted: a term someone can be imprisoned for breaking must read as the court made it, so a term
 * that would identify someone withheld stops the build in the pre-flight check instead.
 */
function composeApplication(data: CaseData, inj: Injunction, supporting: string[], date: string): ApplicationContent {
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
      plan: t.area && t.planEvidenceId !== null ? (data.evidence.find((e) => e.id === t.planEvidenceId)?.exhibitLabel ?? null) : null,
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
  for (const d of data.documents) {
    // Each letter once (issue 15): its other formats are not letters of their own.
    if (d.templateId === 'witness-statement' || d.copyOf !== null) continue;
    const tab = tabOf.get(`d:${d.id}`);
    const signed = signedTab.get(d.id);
    const summary = signed ? `${signed.what} at tab ${signed.tab}.` : tab ? `Copy at tab ${tab}.` : d.problem ? 'Not copied into the bundle: it identifies someone withheld from the court.' : 'Not copied into the bundle.';
    rows.push({ sort: d.date, date: dmyDate(d.date), kind: r.text(d.title), to: r.text(d.recipient), summary });
  }
  return rows.sort((a, b) => a.sort.localeCompare(b.sort)).map(({ sort: _sort, ...row }) => row);
}

