import { z } from 'zod';
import { ACTION_KIND_CODES } from '../domain/action-kinds';
import { CASE_STATUSES, codes, PARTY_ROLES } from '../domain/vocabulary';
import { DocumentModel, Layout } from '../documents/model';
import { Id } from './common';
import { PartnerCode } from './cases';
import { DOCUMENT_STATES, ReturnView, SendingView } from './sending';

/**
 * Documents (issue 6, DESIGN §6): templates with front matter, the requests to preview, generate, list
 * and export documents, batch letters to the residents of an area, and partners' template overrides.
 */

// ---------------------------------------------------------------------------------------------------
// Template front matter (templates/README.md): what a template is for, who it goes to, when it fits.

export const TEMPLATE_ID = /^[a-z][a-z0-9-]{1,40}$/;
export const TemplateId = z.string().regex(TEMPLATE_ID, 'A template id is lower-case words joined by hyphens.');

/** Who a document is addressed to. */
/** review-panel (issue 20): the ASB case review's lead body and panel, sent the partner's case summary. */
/** applicant (issue 20): the ASB case review's applicant, a party on the case or not (then written to at the address on the application). */
export const RECIPIENT_KINDS = ['complainant', 'subject', 'party', 'agency', 'residents', 'court', 'review-panel', 'applicant'] as const;
export const RecipientKind = z.enum(RECIPIENT_KINDS);
export type RecipientKind = z.infer<typeof RecipientKind>;

/** The service-standard facts a document meets when it is sent (the rule it serves). */
export const SERVES = ['acknowledged', 'complainant-contact', 'plan-issued', 'appeal-offered', 'survey-offered'] as const;
export const Serves = z.enum(SERVES);
export type Serves = z.infer<typeof Serves>;

export const SLOT_KINDS = ['text', 'longtext', 'date'] as const;
export const Slot = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/, 'A slot id is letters and digits, starting with a letter.'),
    label: z.string().min(2).max(120),
    kind: z.enum(SLOT_KINDS).default('text'),
    required: z.boolean().default(false),
    hint: z.string().max(400).default(''),
    /** A default the generator fills from the case ('next-contact-date', 'incident-summary', …) or literal text. */
    default: z.string().max(4000).default(''),
    max: z.number().int().min(1).max(20_000).default(2000),
  })
  .strict();
export type Slot = z.infer<typeof Slot>;

export const When = z
  .object({
    /** At least one party in one of these roles. */
    parties: z.array(z.enum(codes(PARTY_ROLES))).default([]),
    /** At least one action of one of these kinds that is not withdrawn. */
    actions: z.array(z.enum(ACTION_KIND_CODES)).default([]),
    /** The case's status is one of these. */
    status: z.array(z.enum(codes(CASE_STATUSES))).default([]),
    /** An agreed action plan exists. */
    plan: z.boolean().default(false),
    /** A referral is recorded (the letter is about it). */
    referral: z.boolean().default(false),
    /** An ASB case review application is recorded on the case (issue 20: the letter is about it). */
    caseReview: z.boolean().default(false),
  })
  .strict();
export type When = z.infer<typeof When>;

export const FrontMatter = z
  .object({
    id: TemplateId,
    title: z.string().min(3).max(120),
    version: z.number().int().min(1).max(100_000),
    description: z.string().max(600).default(''),
    layout: Layout.default('letter'),
    recipient: RecipientKind,
    when: When.default({ parties: [], actions: [], status: [], plan: false, referral: false, caseReview: false }),
    serves: z.array(Serves).default([]),
    formats: z.array(z.enum(['pdf', 'docx'])).min(1).default(['pdf', 'docx']),
    /** The variants this template offers besides the standard one; Easy Read needs an "=== easy-read ===" body. */
    variants: z.array(z.enum(['large-print', 'easy-read'])).default(['large-print']),
    /** Fields of the case the body needs; the generator refuses, naming the field, when one is empty. */
    fields: z.array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9.]*$/)).default([]),
    slots: z.array(Slot).max(20).default([]),
    /**
     * Easy Read: the picture beside each key paragraph (issue 19), by the paragraph's first words and a
     * picture id from templates/pictures/pictures.json.
     */
    pictures: z
      .array(z.object({ at: z.string().min(3).max(200), picture: z.string().regex(/^[a-z-]{2,30}$/, 'a picture id is lower-case letters and hyphens') }).strict())
      .max(40)
      .default([]),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatter>;

// ---------------------------------------------------------------------------------------------------
// Choosing and making a document.

export const DocumentFormat = z.enum(['pdf', 'docx']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const DocumentRequest = z
  .object({
    caseId: Id,
    templateId: TemplateId,
    /** The party the document goes to (a witness statement: the witness making it; none = the officer). */
    partyId: Id.nullable().default(null),
    /** For letters about an action (warnings, ABC): which one, when there are several. */
    actionId: Id.nullable().default(null),
    /** For a referral letter: the referral it sends. */
    referralId: Id.nullable().default(null),
    /** Free-text slots, by slot id. */
    slots: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/), z.string().max(20_000)).default({}),
    /** null: as the recipient's recorded format need says (P8.3). */
    largePrint: z.boolean().nullable().default(null),
    easyRead: z.boolean().nullable().default(null),
  })
  .strict();
export type DocumentRequest = z.infer<typeof DocumentRequest>;

/** Making a letter makes it *ready*; it is sent when that is recorded (document:recordSent). */
export const GenerateInput = DocumentRequest;

export const RecipientOption = z.object({
  partyId: Id.nullable(),
  actionId: Id.nullable(),
  referralId: Id.nullable(),
  label: z.string(),
  role: z.string(),
  largePrint: z.boolean(),
  easyRead: z.boolean(),
  /** Recorded needs the officer should act on: an interpreter, a signer, Braille, audio. */
  needs: z.array(z.string()),
});
export type RecipientOption = z.infer<typeof RecipientOption>;

export const SlotView = z.object({ id: z.string(), label: z.string(), kind: z.enum(SLOT_KINDS), required: z.boolean(), hint: z.string(), max: z.number().int(), value: z.string() });
export type SlotView = z.infer<typeof SlotView>;

export const TemplateChoice = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  recipient: RecipientKind,
  source: z.string(),
  /** Whether the case's state fits the template; if not, why (e.g. "needs a first written warning"). */
  fits: z.boolean(),
  reason: z.string().nullable(),
  recipients: z.array(RecipientOption),
  slots: z.array(SlotView),
  variants: z.array(z.string()),
  serves: z.array(z.string()),
});
export type TemplateChoice = z.infer<typeof TemplateChoice>;

export const CaseTemplatesInput = z.object({ caseId: Id }).strict();

/**
 * Each place the guard refused: where, the words as written, the record's detail they matched, why they
 * identify the person to this recipient, and what could stand instead (for a review screen, issue 16).
 */
export const Refusal = z.object({
  message: z.string(),
  places: z.array(z.object({ place: z.string(), excerpt: z.string(), value: z.string(), words: z.string(), reason: z.string(), suggestion: z.string() })),
});
export const PreviewOutput = z.object({
  model: DocumentModel,
  /** Set when the document could not be saved as it stands (the disclosure guard, P3.13–3.14). */
  refusal: Refusal.nullable(),
  /** What was applied or needs the officer: large print from a recorded need, an interpreter flagged. */
  notes: z.array(z.string()),
});
export type PreviewOutput = z.infer<typeof PreviewOutput>;

/** File bytes (a Buffer in main, a Uint8Array after IPC or the browser-mode wire codec). */
const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'The file’s bytes are missing.' });
export const RenderPdfOutput = z.object({ fileName: z.string(), mediaType: z.string(), bytes: Bytes });

export const DocumentView = z.object({
  id: Id,
  caseId: Id,
  templateId: z.string(),
  templateVersion: z.number().int(),
  templateSource: z.string(),
  title: z.string(),
  recipientPartyId: Id.nullable(),
  recipientRole: z.string(),
  recipientDescription: z.string(),
  recipientCount: z.number().int(),
  largePrint: z.boolean(),
  easyRead: z.boolean(),
  notes: z.array(z.string()),
  contentHash: z.string(),
  files: z.array(z.object({ format: DocumentFormat, sha256: z.string(), size: z.number().int() })),
  createdBy: z.string(),
  createdAt: z.string(),
  /** The London day it was sent, once recorded. */
  sentOn: z.string().nullable(),
  state: z.enum(DOCUMENT_STATES),
  sending: SendingView.nullable(),
  returned: ReturnView.nullable(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const DocumentIdInput = z.object({ id: Id }).strict();
export const DocumentWithModel = z.object({ document: DocumentView, model: DocumentModel });
export const ExportInput = z.object({ id: Id, format: DocumentFormat }).strict();
export const ExportOutput = z.object({ fileName: z.string(), mediaType: z.string(), sha256: z.string(), bytes: Bytes });

/** Printing a made letter from the desktop app: the system print dialog shows it (issue 17 "Sending"). */
export const PrintInput = z.object({ id: Id }).strict();
/**
 * `dialog` false where this process cannot show a print dialog (browser mode, a PC on an office host): the
 * screen then opens the PDF in the browser's own viewer, which prints it. `printed` says whether the person
 * went on to print or cancelled the dialog.
 */
export const PrintAnswer = z.object({ dialog: z.boolean(), printed: z.boolean() });

// ---------------------------------------------------------------------------------------------------
// Letters to all residents of an area (P5.3): one document, one letter per address, made in the
// background with progress, and cancellable (job:status, job:cancel).

export const Address = z.string().trim().min(3, 'An address needs at least a house and a street.').max(300);
export const BatchStartInput = DocumentRequest.pick({ caseId: true, templateId: true, slots: true, largePrint: true, easyRead: true })
  .extend({ addresses: z.array(Address).min(1, 'Give at least one address.').max(5000, 'At most 5,000 addresses at a time.') })
  .strict();

// ---------------------------------------------------------------------------------------------------
// Partners' versions of templates (admin): versioned, validated before saving, and revertible.

export const TemplateProblem = z.object({ line: z.number().int().nullable(), message: z.string() });
export type TemplateProblem = z.infer<typeof TemplateProblem>;

export const TemplateListInput = z.object({ partner: PartnerCode }).strict();
export const TemplateSummary = z.object({
  id: z.string(),
  title: z.string(),
  recipient: RecipientKind,
  defaultVersion: z.number().int(),
  /** The partner's own version in use, or null when the default is in use. */
  overrideVersion: z.number().int().nullable(),
  history: z.array(z.object({ version: z.number().int(), reverted: z.boolean(), createdBy: z.string(), createdAt: z.string() })),
});
export const TemplateGetInput = z.object({ partner: PartnerCode, templateId: TemplateId }).strict();
export const TemplateText = z.object({ templateId: z.string(), defaultText: z.string(), currentText: z.string(), overrideVersion: z.number().int().nullable() });
export const TemplateValidateInput = z.object({ templateId: TemplateId, text: z.string().max(200_000) }).strict();
export const TemplateValidation = z.object({ ok: z.boolean(), problems: z.array(TemplateProblem) });
export const TemplateSaveInput = z.object({ partner: PartnerCode, templateId: TemplateId, text: z.string().min(1).max(200_000) }).strict();
export const TemplateSaved = z.object({ version: z.number().int() });
