import { z } from 'zod';

/**
 * The neutral document model (DESIGN §6, issue 6 §2): a template renders to this, and two writers turn it
 * into DOCX (docx) and PDF (pdfkit). Both writers and the on-screen preview read the same blocks, so the
 * PDF, the Word file and the preview say the same words; only the typesetting differs.
 *
 * Pure data (zod for the IPC boundary): no layout decisions beyond what a letter needs (alignment, a
 * numbered paragraph, a boxed notice). Sizes are in points; margins in centimetres.
 */

/**
 * A run of text. `lang` (BCP 47) marks text in another language than the document's (an interpreter notice in
 * the reader's language, issue 19): the PDF tags it as a Span with /Lang, the DOCX sets the run's w:lang.
 */
export const Run = z.object({ text: z.string(), bold: z.boolean().optional(), lang: z.string().optional() });
export type Run = z.infer<typeof Run>;

export const Align = z.enum(['left', 'center', 'right']);
export type Align = z.infer<typeof Align>;

const Heading = z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), runs: z.array(Run), align: Align.optional() });
const Paragraph = z.object({
  kind: z.literal('paragraph'),
  runs: z.array(Run),
  align: Align.optional(),
  /** PD 32 19.1: numbered paragraphs (the number sits in the margin, the text hangs). */
  number: z.number().int().positive().optional(),
  /** A line of larger type (the "other formats" line, P8.3). */
  emphasis: z.boolean().optional(),
  /** Kept on the same page as the block after it (the statement of truth with its signature, issue 19). */
  keepWithNext: z.boolean().optional(),
  /** BCP 47 language when it is not the document's (a translated interpreter notice, issue 19). */
  lang: z.string().optional(),
  /** Right to left (Arabic, Urdu): set right-aligned, runs in bidi order, read in logical order. */
  dir: z.literal('rtl').optional(),
  /** Easy Read: a picture to the left of the paragraph (templates/pictures), with its alternative text. */
  picture: z.object({ id: z.string(), alt: z.string() }).optional(),
});
const List = z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(Run)) });
const Table = z.object({ kind: z.literal('table'), header: z.array(z.string()).nullable(), rows: z.array(z.array(z.array(Run))), borders: z.boolean() });
const Signature = z.object({
  kind: z.literal('signature'),
  /** Printed under the signature space: the name, the job title, the partner. */
  lines: z.array(z.string()),
  /** A dotted line to sign on (statements, contracts); a letter just leaves space. */
  signHere: z.boolean(),
  label: z.string().optional(),
});
const PageBreak = z.object({ kind: z.literal('page-break') });
/**
 * Lines that belong together but are each their own line (an address): one element whose lines a reader
 * reads as lines, never run together ("Amira HaddadFlat 4…", issue 19).
 */
const Address = z.object({ kind: z.literal('address'), lines: z.array(z.string()) });
/** A picture with its alternative text (PDF Figure with /Alt; DOCX picture with its description). */
const Image = z.object({
  kind: z.literal('image'),
  /** What the picture shows, for someone who cannot see it; never empty. */
  alt: z.string().min(1),
  /** The picture's bytes, base64 (PNG or JPEG). */
  data: z.string(),
  format: z.enum(['png', 'jpeg']),
  widthCm: z.number().positive().max(17),
  heightCm: z.number().positive().max(25),
});

/** A boxed notice (an interpreter flag, a "this is important" line); holds plain blocks only. */
const Box = z.object({ kind: z.literal('box'), blocks: z.array(z.union([Heading, Paragraph, List])) });

export const Block = z.discriminatedUnion('kind', [Heading, Paragraph, List, Table, Signature, PageBreak, Box, Address, Image]);
export type Block = z.infer<typeof Block>;
export type HeadingBlock = z.infer<typeof Heading>;
export type ParagraphBlock = z.infer<typeof Paragraph>;
export type ListBlock = z.infer<typeof List>;
export type TableBlock = z.infer<typeof Table>;
export type SignatureBlock = z.infer<typeof Signature>;
export type BoxBlock = z.infer<typeof Box>;
export type AddressBlock = z.infer<typeof Address>;
export type ImageBlock = z.infer<typeof Image>;

export const Layout = z.enum(['letter', 'statement', 'contract']);
export type Layout = z.infer<typeof Layout>;

export const DocumentModel = z.object({
  title: z.string(),
  /** BCP 47 language of the text (PDF /Lang, DOCX w:lang). */
  lang: z.string(),
  author: z.string(),
  subject: z.string(),
  layout: Layout,
  variant: z.object({ largePrint: z.boolean(), easyRead: z.boolean() }),
  /** Body text size; headings scale from it. Large print is 16 pt or more (P8.3, bundles.md §5). */
  fontSize: z.number().min(8).max(40),
  /** Line height as a multiple of the font size (1.5 for statements and large print). */
  lineSpacing: z.number().min(1).max(3),
  marginsCm: z.object({ top: z.number(), right: z.number(), bottom: z.number(), left: z.number() }),
  /**
   * The partner's letterhead: its logo if it has one (a Figure with its alternative text, "<partner> logo"),
   * its name large, then its address and contact lines.
   */
  letterhead: z.object({ name: z.string(), lines: z.array(z.string()), logo: Image.omit({ kind: true }).optional() }).nullable(),
  /** Who the letter goes to, as it would show in a window envelope. */
  addressee: z.array(z.string()),
  /** Date, reference, who to contact: label and value pairs beside the address. */
  meta: z.array(z.object({ label: z.string(), value: z.string() })),
  /** PD 32 17.2: the top-right corner of a witness statement (party, witness, number, exhibits, date). */
  corner: z.array(z.string()),
  /** The running footer (left); page numbers "Page N of M" are added by the writers. */
  footer: z.string(),
  blocks: z.array(Block),
});
export type DocumentModel = z.infer<typeof DocumentModel>;

/**
 * The one font family of Hearth's documents (issue 19): the PDF embeds it, the DOCX names it, with a fallback
 * for a computer that lacks it. Noto Sans (SIL OFL 1.1, @expo-google-fonts/noto-sans) because the Noto
 * fonts for other scripts match it.
 */
export const DOCUMENT_FONT = { family: 'Noto Sans', fallback: 'Arial' } as const;

export const isRun = (r: unknown): r is Run => typeof r === 'object' && r !== null && typeof (r as Run).text === 'string';
export const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** What a signature block says, line by line, as every writer prints it (so all three say the same). */
export function signatureLines(b: SignatureBlock): string[] {
  if (b.signHere) return [`${b.label ?? 'Signed'}: ..........................................   Date: ........................`, ...b.lines];
  return b.lines;
}
