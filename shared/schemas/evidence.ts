import { z } from 'zod';
import { EvidenceType, IsoDate } from './cases';
import { Id } from './common';

export { EvidenceView } from './cases';

/**
 * Evidence files (issue 3): what a well-formed request is. The file's type, size, duplicates and
 * exhibit label are decided by main/evidence/ from the bytes and the database, not from these.
 */

/** Characters that would let a name lie about itself on screen ("invoice‮fdp.exe") or break a listing. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The file's own name as the person chose it; any folder part is dropped. */
export const EvidenceFileName = z
  .string()
  .transform((s) => (s.split(/[\\/]/).pop() ?? '').trim())
  .pipe(
    z
      .string()
      .min(1, 'The file needs a name.')
      .max(255, 'The file name is longer than 255 characters. Rename the file first.')
      .refine((s) => !UNSAFE_NAME.test(s), 'The file name contains hidden control characters. Rename the file first.'),
  );

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

export const EvidenceAddInput = z
  .object({
    caseId: Id,
    fileName: EvidenceFileName,
    /** Who or where it came from: "Complainant's phone", "CCTV, Elm Estate office". */
    source: z.string().trim().min(1, 'Say who or where the evidence came from.').max(300),
    obtainedOn: IsoDate,
    description: z.string().trim().max(2000).default(''),
    /** Left out, Hearth gives the next label with the adding officer's initials (AL/1, AL/2…). */
    exhibitLabel: ExhibitLabel.optional(),
    /** The same file (same SHA-256) may be added to a case twice only when the person says so. */
    allowDuplicate: z.boolean().default(false),
    /** The file itself, byte for byte. */
    bytes: Bytes('Attach the file.'),
  })
  .strict();
export type EvidenceAddInput = z.infer<typeof EvidenceAddInput>;

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
