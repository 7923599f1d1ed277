import type { Run } from './layout';

/**
 * What the generated parts of a bundle say, as plain data. main/bundles/compose.ts fills it from the
 * case record, already redacted (P3.13–3.14); the worker only lays it out. Structured-clone safe.
 */
export interface CourtHeading {
  court: string;
  claimNumber: string;
  claimant: string;
  defendant: string;
  youthCourt: boolean;
}

/** One term of the order, as the court reads it: where it sits, its words, and any power of arrest. */
export interface OrderTerm {
  /** "1(a)": the paragraph of the draft order it is in. */
  ref: string;
  kind: 'prohibition' | 'requirement';
  text: string;
  powerOfArrest: boolean;
  /** The s.4 ground, when a power of arrest is sought: the Claimant's words (texts.ts HARM_GROUNDS), never quoted as the Act's. */
  ground: string | null;
  /** The exhibit mark of the plan of an area ("AH3"), when the term keeps the respondent out of one. */
  plan: string | null;
  /** s.3(1): who supervises compliance with a requirement ('' for a prohibition). */
  supervisor: string;
  /** s.3(2): the evidence about a requirement's suitability and enforceability ('' when none is recorded). */
  suitabilityEvidence: string;
}

export interface ApplicationContent {
  /** s.5(1): "5(1)(b)" and "a housing provider". */
  applicantParagraph: string;
  applicantWords: string;
  /** s.5(3): how the behaviour relates to or affects the Claimant's housing management functions. */
  housingManagementLink: string;
  /** s.2(1): the limbs relied on, with the Act's words. */
  conductLimbs: { limb: string; words: string }[];
  terms: OrderTerm[];
  /** s.13: exclusion from the respondent's own home, with its ground. */
  homeExclusion: { premises: string; ground: string } | null;
  duration: { months: number | null; untilFurtherOrder: boolean };
  /** "himself", "herself" or "themselves", from the respondent's recorded details. */
  reflexive: string;
  withoutNotice: boolean;
  withoutNoticeJustification: string;
  respondentAddress: string;
  respondentAge: number | null;
  /** "Ada Lovelace dated 21/11/2026": whose statements support the application (court papers cite no bundle tabs). */
  supportingStatements: string[];
  youthOffendingTeamConsultedOn: string | null;
  signedFor: string;
  date: string;
}

export type StatementBlock = { kind: 'heading'; text: string } | { kind: 'para'; runs: Run[] };

export interface StatementContent {
  makerName: string;
  makerInitialsSurname: string;
  initials: string;
  employer: string;
  /** "1st" */
  ordinal: string;
  /** 1 for the witness's first statement: its title is "First witness statement of …". */
  number: number;
  date: string;
  exhibits: string[];
  blocks: StatementBlock[];
  /** PD 32 para 18.2: how the statement was taken, said in it. */
  howTaken: string;
  /** The witness's own language (PD 32 para 18.1); the statement of truth is given in it (20.1). */
  language: string;
  /** PD 32 para 23.2: the English translation, with the translator's signed certificate; its date heads it (17.2). */
  translation: { blocks: StatementBlock[]; translatorName: string; translatedOn: string; certificate: string; truthInLanguage: string } | null;
}

export interface HearsayContent {
  date: string;
  signedFor: string;
  items: string[];
  reason: string;
}

export interface ExhibitSheetContent {
  label: string;
  title: string;
  description: string;
  source: string;
  obtainedOn: string;
  fileName: string;
  fileType: string;
  sha256: string;
  /**
   * The statements that produce it (PD 32 para 11.1), each with the mark it has there: the first gives
   * the mark the bundle shows. Empty when no statement in the bundle refers to it.
   */
  producers: ExhibitProducer[];
}

/** A witness statement producing an exhibit: its maker as the bundle names them ("Witness A" when withheld). */
export interface ExhibitProducer {
  mark: string;
  witness: string;
  statementDate: string;
}

/** B17: a typed copy of an exhibit that is hard to read, placed straight after it. */
export interface TranscriptContent {
  label: string;
  title: string;
  text: string;
  typedBy: string;
  typedOn: string;
}

export interface BundleContent {
  heading: CourtHeading;
  caseRef: string;
  letter: string;
  shortName: string;
  /** "Hearing bundle" or "Supplementary bundle". */
  title: string;
  hearing: string | null;
  partnerName: string;
  preparedBy: string;
  preparedOn: string;
  /** Said on the cover when identities are withheld (P3.14). */
  confidentiality: string | null;
  application: ApplicationContent | null;
  statement: StatementContent | null;
  hearsay: HearsayContent | null;
  chronology: { date: string; time: string; event: string; detail: string }[];
  correspondence: { date: string; kind: string; to: string; summary: string }[];
  /** By item key ("e:12"). */
  exhibits: Record<string, ExhibitSheetContent>;
  /** By item key: typed transcripts of exhibits that are hard to read (B17). */
  transcripts: Record<string, TranscriptContent>;
  annex: { label: string; file: string; sha256: string; status: string }[];
  /** Words whose appearance in a source file's bookmarks is replaced (the withheld people's names). */
  redactTerms: string[];
  /** Issue 15: the finalised statements of witnesses who are parties, by item key ("g:party-statement:12"). */
  partyStatements?: Record<string, StatementContent>;
  /** Issue 15: finalised certificates of service (N215-style), by item key ("g:service-certificate:3"). */
  certificates?: Record<string, CertificateContent>;
  /** Issue 15: the finalised case summary for the judge, at the front of the bundle. */
  caseSummary?: CaseSummaryContent | null;
}

/** A certificate of service (N215-style), every word already redacted for the court. */
export interface CertificateContent {
  /** What was served: "Final written warning to Darren Whitcombe, dated 12/11/2026". */
  document: string;
  /** The person served, as the court may know them. */
  servedOn: string;
  method: string;
  /** "posted", "delivered or left"… and the day (and time where it matters). */
  stepWords: string;
  stepOn: string;
  stepAt: string | null;
  placeLabel: string;
  place: string;
  deemedOn: string;
  deemedWhy: string;
  servedBy: string;
  position: string;
  signedOn: string;
}

/** The short case summary for the judge: the user's finalised words, as headings and paragraphs. */
export interface CaseSummaryContent {
  blocks: StatementBlock[];
  preparedBy: string;
  date: string;
}
