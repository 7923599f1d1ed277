import { AppError } from '../../shared/result';
import { DRAFT_MAX_CHARS, type DraftForm } from '../../shared/schemas/drafts';
import type { WritableDB } from '../db/connection';
import { deleteDraftsOf, deleteExpiredDrafts, putDraft } from './store';

/** A draft is kept for 30 days after it was last changed (issue 17). */
export const DRAFT_KEEP_DAYS = 30;

/**
 * The request whose success means a form was submitted, so its draft has done its job: the report's
 * draft goes when the case is created, a contact's when the contact is added to that case.
 */
const SUBMITTED_BY: Record<DraftForm, string> = {
  report: 'case:create',
  incident: 'incident:add',
  contact: 'contact:add',
  action: 'action:create',
  plan: 'plan:save',
  letter: 'document:generate',
  statement: 'document:generate',
};

const formsSubmittedBy = (channel: string): DraftForm[] => (Object.keys(SUBMITTED_BY) as DraftForm[]).filter((f) => SUBMITTED_BY[f] === channel);

/** Keeps what was typed, refusing (with what to do) a draft bigger than any form should be. */
export function saveDraft(db: WritableDB, userId: number, form: DraftForm, caseId: number | null, body: unknown, at: string): { updatedAt: string } {
  const text = JSON.stringify(body ?? null);
  if (text.length > DRAFT_MAX_CHARS) {
    throw new AppError(
      'bad-input',
      `This draft is too large to keep (${Math.ceil(text.length / 1024)} KB; a draft may hold ${DRAFT_MAX_CHARS / 1024} KB). What you typed is still on the screen: submit the form, or move long text into a document on the case.`,
    );
  }
  putDraft(db, userId, form, caseId, text, at);
  return { updatedAt: at };
}

/** After a successful request: drops the person's drafts that it submitted. Returns how many. */
export function forgetSubmittedDrafts(db: WritableDB, userId: number, channel: string, caseId: number | null): number {
  const forms = formsSubmittedBy(channel);
  return forms.length ? deleteDraftsOf(db, userId, forms, caseId) : 0;
}

/** Drafts untouched for 30 days go, whoever typed them, and a removed person's at once: nobody can use them. */
export function purgeOldDrafts(db: WritableDB, now: Date): number {
  return deleteExpiredDrafts(db, new Date(now.getTime() - DRAFT_KEEP_DAYS * 86_400_000).toISOString());
}
