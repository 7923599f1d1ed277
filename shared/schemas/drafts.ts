import { z } from 'zod';
import { Id } from './common';

/**
 * Drafts of long forms (issue 17): what a person has typed and not yet submitted, kept in the encrypted
 * database per person, form and case, and offered back after a lock, sign-out, crash or restart.
 */
export const DRAFT_FORMS = ['report', 'incident', 'contact', 'action', 'plan', 'letter', 'statement'] as const;
export type DraftForm = (typeof DRAFT_FORMS)[number];

/** The most a draft may hold, as JSON text: far more than any form, far less than a request may carry. */
export const DRAFT_MAX_CHARS = 256 * 1024;

export const DraftKey = z.object({ form: z.enum(DRAFT_FORMS), caseId: Id.nullable().default(null) }).strict();
export const DraftSaveInput = z.object({ form: z.enum(DRAFT_FORMS), caseId: Id.nullable().default(null), body: z.unknown() }).strict();
export const DraftSaved = z.object({ updatedAt: z.string() });
export const DraftView = z.object({ form: z.enum(DRAFT_FORMS), caseId: Id.nullable(), body: z.unknown(), updatedAt: z.string() });
export const DraftSummary = z.object({ form: z.enum(DRAFT_FORMS), caseId: Id.nullable(), caseRef: z.string().nullable(), updatedAt: z.string() });
export type DraftSummary = z.infer<typeof DraftSummary>;
