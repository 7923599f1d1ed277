import { z } from 'zod';
import { BundleSummary } from './bundles';
import { Id } from './common';

/**
 * Background work (main/jobs/): a bundle build, a batch of residents' letters. One status shape for every
 * kind, asked for on one channel (job:status) and cancelled on another (job:cancel), so a screen that
 * shows progress needs to know nothing about the kind of work behind it.
 */
export const JobKind = z.enum(['bundle-build', 'letter-batch', 'deadline-refresh', 'exhibit-redact', 'window-letters', 'exhibit-read']);
export type JobKind = z.infer<typeof JobKind>;

export const JobState = z.enum(['running', 'done', 'failed', 'cancelled']);
export type JobState = z.infer<typeof JobState>;

export const JobIdInput = z.object({ jobId: z.string().regex(/^[a-f0-9]{16,64}$/, 'That is not a job id.') }).strict();

/** What a finished job made: the bundle (its summary as stored), or the stored document of letters. */
export const JobResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bundle'), bundle: BundleSummary }),
  z.object({ kind: z.literal('letters'), documentId: Id }),
  z.object({ kind: z.literal('redaction'), evidenceId: Id, pages: z.number().int().nonnegative(), boxes: z.number().int().nonnegative() }),
]);
export type JobResult = z.infer<typeof JobResult>;

export const JobStatus = z.object({
  jobId: z.string(),
  kind: JobKind,
  /** The case the work belongs to (null only for work of the whole workspace, which no screen asks about). */
  caseId: Id.nullable(),
  state: JobState,
  /** From 0 to 1. */
  progress: z.number().min(0).max(1),
  /** Counted in the kind's own unit (pages of a bundle, letters of a batch), for "120 of 300". */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** What is happening now, or how it ended (the reason, when it failed), in a sentence for the screen. */
  message: z.string(),
  result: JobResult.nullable(),
});
export type JobStatus = z.infer<typeof JobStatus>;
