import { z } from 'zod';
import { EvidenceType, IsoDate } from './cases';
import { Id } from './common';

export { EvidenceView } from './cases';

/**
 * Evidence files (issue 3): what a well-formed request is. The file's type, size, duplicates and
 * exhibit label are decided by main/evidence/ from the bytes and the database, not from these.
 */

/**
 * The file's own name as the person chose it; any folder part is dropped. Hidden characters, a
 * dangerous extension or one the content contradicts are dealt with at intake, where the content is
 * known (main/evidence/file-name.ts): the file is kept under a clean name with the extension its
 * content proves, so nothing is refused here for its characters.
 */
export const EvidenceFileName = z
  .string()
  .transform((s) => (s.split(/[\\/]/).pop() ?? '').trim())
  .pipe(z.string().min(1, 'The file needs a name.').max(255, 'The file name is longer than 255 characters. Rename the file first.'));

/** An exhibit label such as AL/1 or JS/12A: letters, digits and / . - only. */
export const ExhibitLabel = z
  .string()
  .trim()
  .min(1, 'Enter an exhibit label such as AL/1.')
  .max(40, 'An exhibit label can be at most 40 characters.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}/.\- ]*$/u, 'Use letters, digits, "/", "." or "-" in an exhibit label, such as AL/1.');

/**
 * File bytes. Electron's structured clone delivers a Uint8Array, Node code a Buffer (a Uint8Array too),
 * and browser mode's wire codec decodes its base64 marker into one (shared/ipc/wire.ts).
 */
const Bytes = (message: string) => z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message });

/** What the person says about a file, whichever way its bytes arrive. */
const evidenceDetails = {
  /** Who or where it came from: "Complainant's phone", "CCTV, Elm Estate office". */
  source: z.string().trim().min(1, 'Say who or where the evidence came from.').max(300),
  obtainedOn: IsoDate,
  description: z.string().trim().max(2000).default(''),
  /** Left out, Hearth gives the next label with the adding officer's initials (AL/1, AL/2…). */
  exhibitLabel: ExhibitLabel.optional(),
  /** The same file (same SHA-256) may be added to a case twice only when the person says so. */
  allowDuplicate: z.boolean().default(false),
};
export const EvidenceDetails = z.object(evidenceDetails).strict();
export type EvidenceDetails = z.infer<typeof EvidenceDetails>;

/**
 * Files travel in parts of this size (evidence:uploadChunk), the size they are stored in: the browser
 * never sends, and main never parses, a body much larger than one part (issue 13, finding 6).
 */
export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;

/** A small file (at most one part) in one request; larger files use evidence:uploadStart/Chunk/Finish. */
export const EvidenceAddInput = z
  .object({
    caseId: Id,
    fileName: EvidenceFileName,
    ...evidenceDetails,
    /** The file itself, byte for byte. */
    bytes: Bytes('Attach the file.').refine((b) => b.length <= EVIDENCE_CHUNK_BYTES, {
      message: `A file over ${EVIDENCE_CHUNK_BYTES / (1024 * 1024)} MB is sent in parts: evidence:uploadStart, evidence:uploadChunk, evidence:uploadFinish.`,
    }),
  })
  .strict();
export type EvidenceAddInput = z.infer<typeof EvidenceAddInput>;

const UploadId = z.string().regex(/^[0-9a-f]{32}$/, 'That is not an upload number Hearth gave.');

export const EvidenceUploadStartInput = z
  .object({
    caseId: Id,
    fileName: EvidenceFileName,
    /** The whole file's size in bytes: the cap is applied now, and each part is checked against it. */
    size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    /** The file's SHA-256 if the sender worked it out: the received file must match it. */
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'A SHA-256 is 64 hexadecimal digits.')
      .transform((s) => s.toLowerCase())
      .optional(),
  })
  .strict();

export const EvidenceUploadStarted = z.object({ uploadId: UploadId, chunkBytes: z.number().int().positive(), parts: z.number().int().nonnegative() });

export const EvidenceUploadChunkInput = z
  .object({
    uploadId: UploadId,
    /** 0 for the first part; parts are sent in order. */
    index: z.number().int().nonnegative(),
    bytes: Bytes('Attach the part of the file.').refine((b) => b.length > 0 && b.length <= EVIDENCE_CHUNK_BYTES, { message: `A part holds 1 to ${EVIDENCE_CHUNK_BYTES.toLocaleString('en-GB')} bytes.` }),
  })
  .strict();

export const EvidenceUploadProgress = z.object({ received: z.number().int().nonnegative(), size: z.number().int().nonnegative() });

export const EvidenceUploadFinishInput = z.object({ uploadId: UploadId, ...evidenceDetails }).strict();

export const EvidenceUploadIdInput = z.object({ uploadId: UploadId }).strict();

/** On a restricted case, open the case with a reason first: the grant it gives covers its evidence (issue 13). */
export const EvidenceContentInput = z.object({ id: Id }).strict();

/** PD 32 para 27.11: a typed copy of an exhibit that is hard to read, placed next to it in a bundle (B17). */
export const EvidenceTranscriptInput = z
  .object({
    id: Id,
    /** The exhibit is hard to read (handwriting, a poor scan): a bundle needs a typed transcript next to it. */
    illegible: z.boolean(),
    /** What the exhibit says, typed. Blank clears it. */
    transcript: z
      .string()
      .max(50_000, 'A transcript can be at most 50,000 characters. Split a long exhibit into parts.')
      .transform((s) => s.replace(/\r\n?/g, '\n').trim())
      .transform((s) => (s === '' ? null : s)),
  })
  .strict()
  .refine((v) => v.illegible || v.transcript === null, { message: 'A typed transcript goes with an exhibit marked hard to read. Tick “Hard to read”, or clear the transcript.', path: ['transcript'] });
export type EvidenceTranscriptInput = z.infer<typeof EvidenceTranscriptInput>;

export const EvidenceContent = z.object({
  fileName: z.string(),
  type: EvidenceType,
  /** The media type found in the bytes (e.g. audio/mpeg), for showing or saving the file. */
  mediaType: z.string(),
  bytes: Bytes('The file’s bytes are missing.'),
});
export type EvidenceContent = z.infer<typeof EvidenceContent>;

/** One stored 1 MiB part of an evidence file (issue 22: a PC on an office host downloads in parts). */
export const EvidenceContentPartInput = z.object({ id: Id, index: z.number().int().nonnegative().max(1_000_000) }).strict();
export const EvidenceContentPart = EvidenceContent.extend({
  size: z.number().int().nonnegative(),
  parts: z.number().int().positive(),
  index: z.number().int().nonnegative(),
});
export type EvidenceContentPart = z.infer<typeof EvidenceContentPart>;

/**
 * Redacting an exhibit for the court (issue 16 item 4): boxes drawn on its pages, in points from the
 * top-left corner of the page as seen (a picture is fitted to an A4 page: main/pdf/redact/types.ts), and
 * words to find and cover on every page. The redacted copy is made in the background (job exhibit-redact)
 * and a bundle uses it in place of the original.
 */
const Coordinate = z.number().finite().min(-10_000).max(100_000);
export const RedactionBox = z
  .object({
    page: z.number().int().min(1, 'Pages are numbered from 1.').max(100_000),
    x: Coordinate,
    y: Coordinate,
    width: z.number().finite().positive('A box must have a width.').max(100_000),
    height: z.number().finite().positive('A box must have a height.').max(100_000),
  })
  .strict();
export type RedactionBox = z.infer<typeof RedactionBox>;

export const EvidenceRedactionsInput = z
  .object({
    id: Id,
    boxes: z.array(RedactionBox).max(5_000, 'At most 5,000 boxes on one exhibit.'),
    /** Also find and cover the details of everyone withheld from the court (the bundle's own list). */
    withheld: z.boolean(),
    /** More words or phrases to find and cover on every page. */
    terms: z.array(z.string().trim().min(2, 'A word to cover needs at least two characters.').max(200)).max(200),
  })
  .strict();
export type EvidenceRedactionsInput = z.infer<typeof EvidenceRedactionsInput>;

export const RedactionState = z.enum(['none', 'pending', 'ready', 'failed']);
export type RedactionState = z.infer<typeof RedactionState>;

export const RedactionStatus = z.object({
  evidenceId: Id,
  state: RedactionState,
  /** The job making the copy (job:status, job:cancel), while it runs. */
  jobId: z.string().nullable(),
  boxes: z.number().int().nonnegative(),
  /** Why the copy could not be made (an encrypted or damaged file), in words. */
  problem: z.string().nullable(),
});
export type RedactionStatus = z.infer<typeof RedactionStatus>;

/** One page of an exhibit as a picture, for drawing boxes by hand (issue 16 §4), with what is asked for now. */
export const EvidencePageInput = z.object({ id: Id, page: z.number().int().min(1, 'Pages are numbered from 1.').max(100_000) }).strict();
export const EvidencePage = z.object({
  png: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
  /** The page in points: the coordinates of a box. */
  width: z.number(),
  height: z.number(),
  pages: z.number().int(),
  /** The redaction asked for now (every page's boxes), to add to. */
  boxes: z.array(RedactionBox),
  withheld: z.boolean(),
  terms: z.array(z.string()),
});
export type EvidencePage = z.infer<typeof EvidencePage>;
