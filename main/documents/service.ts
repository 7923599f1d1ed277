import { createHash } from 'node:crypto';
import type { DocumentModel } from '../../shared/documents/model';
import { safeFileName } from '../../shared/files/safe-name';
import { modelText } from '../../shared/documents/plain-text';
import { AppError } from '../../shared/result';
import type { DocumentFormat, DocumentRequest, DocumentView, PreviewOutput, TemplateChoice } from '../../shared/schemas/documents';
import type { ReadableDB, WritableDB } from '../db/connection';
import { touchCase } from '../db/queries/cases';
import { decisionsOfCase } from '../review/store';
import type { SessionUser } from '../security/session';
import { type CaseData, loadCaseData } from './case-data';
import { fitOf, recipientOptions, resolveSelection, reviewPanelName } from './choose';
import { buildContext } from './context';
import { writeDocx } from './docx';
import { writePdf } from './pdf';
import { type Rendered, renderDocument } from './render';
import { type Announcement, currentOverride, getDocument, insertDocument, readDocumentFile } from './store';
import { defaultTemplate, defaultTemplates, type LoadedTemplate, loadOverride } from './templates';

/**
 * Documents, end to end (issue 6): the templates that fit a case, a preview, generating (both files from
 * one model, stored immutable and hashed inside the encrypted database, in the chronology, meeting the
 * service-standard rule the template serves), and export. Handlers authorise and audit; this does the work.
 */

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function effectiveTemplate(db: ReadableDB, partner: string, templateId: string): LoadedTemplate {
  const base = defaultTemplate(templateId);
  if (!base) throw new AppError('not-found', `There is no template called “${templateId}”. The templates are: ${[...defaultTemplates().keys()].join(', ')}.`);
  const mine = currentOverride(db, partner, templateId);
  return mine ? loadOverride(mine.body, templateId, `override:${partner}@${mine.version}`) : base;
}

/** Every template, whether it fits the case, who it can go to, and its slots with their defaults. */
export function templateChoices(db: ReadableDB, caseId: number, user: SessionUser, now: Date): TemplateChoice[] {
  const data = loadCaseData(db, caseId, now);
  return [...defaultTemplates().keys()].map((id) => {
    const t = effectiveTemplate(db, data.header.partner, id);
    const recipients = recipientOptions(t.front, data, user.displayName);
    const fit = fitOf(t.front, data, recipients);
    let slots: Record<string, string> = {};
    if (fit.fits) {
      try {
        slots = buildContext(t.front, data, resolveSelection(t.front, data, { partyId: recipients.at(-1)?.partyId ?? null, actionId: recipients.at(-1)?.actionId ?? null, referralId: recipients.at(-1)?.referralId ?? null }, user.displayName), user, {}).slots;
      } catch {
        // A default that cannot be made yet (e.g. an empty required slot) just starts empty.
      }
    }
    return {
      id,
      title: t.front.title,
      description: t.front.description,
      recipient: t.front.recipient,
      source: t.source,
      fits: fit.fits,
      reason: fit.reason,
      recipients,
      slots: t.front.slots.map((s) => ({ id: s.id, label: s.label, kind: s.kind, required: s.required, hint: s.hint, max: s.max, value: slots[s.id] ?? '' })),
      variants: t.front.variants,
      serves: t.front.serves,
    };
  });
}

export function renderFor(db: ReadableDB, request: DocumentRequest, user: SessionUser, now: Date): { data: CaseData; rendered: Rendered } {
  const data = loadCaseData(db, request.caseId, now);
  const template = effectiveTemplate(db, data.header.partner, request.templateId);
  // The redaction review's decisions on this case's letters (issue 16): a letter reads as they say.
  const decisions = decisionsOfCase(db, request.caseId);
  if (template.front.recipient === 'residents') {
    // One letter without an address, to preview; the batch puts each household's address on its copy.
    return { data, rendered: renderDocument(template, data, request, user, ['The Occupier', '(each address in the list)'], decisions) };
  }
  return { data, rendered: renderDocument(template, data, request, user, undefined, decisions) };
}

export function previewDocument(db: ReadableDB, request: DocumentRequest, user: SessionUser, now: Date): PreviewOutput {
  const { rendered } = renderFor(db, request, user, now);
  return {
    model: rendered.model,
    refusal: rendered.refusal ? { message: rendered.refusal, places: rendered.disclosures.map((d) => ({ place: d.place, excerpt: d.excerpt, value: d.value, words: d.words, reason: d.reason, suggestion: d.suggestion })) } : null,
    notes: rendered.notes,
  };
}

/** A draft PDF of the preview (marked DRAFT on every page), refused like the real thing. */
export async function draftPdf(db: ReadableDB, request: DocumentRequest, user: SessionUser, now: Date): Promise<{ fileName: string; bytes: Buffer }> {
  const { rendered } = renderFor(db, request, user, now);
  if (rendered.refusal) throw new AppError('guard', rendered.refusal);
  return { fileName: safeFileName(`DRAFT ${rendered.model.title}`, 'pdf', 'document'), bytes: await writePdf([rendered.model], { draft: true }) };
}


export async function writeBoth(models: readonly DocumentModel[]): Promise<{ pdf: Buffer; docx: Buffer }> {
  const [pdf, docx] = await Promise.all([writePdf(models), writeDocx(models)]);
  return { pdf, docx };
}

export interface Generated {
  view: DocumentView;
  rendered: Rendered;
}

/**
 * Makes the document: refuses what the disclosure guard refuses, writes both files from the one model,
 * stores them with their hashes and what the document will announce it serves once it is sent. A made
 * letter is *ready*: it meets nothing until it is recorded as sent (sending/service.ts).
 *
 * `commit` stores the document: dispatch passes ctx.commit, so it and the request's audit event commit together.
 */
export async function generateDocument(
  db: WritableDB,
  request: DocumentRequest,
  user: SessionUser,
  now: Date,
  commit: (write: () => number) => number = (write) => write(),
): Promise<Generated> {
  const { data, rendered } = renderFor(db, request, user, now);
  if (rendered.template.front.recipient === 'residents') throw new AppError('bad-input', 'A letter to all residents goes to a list of addresses: use the batch (one letter per address).');
  if (rendered.refusal) throw new AppError('guard', rendered.refusal);
  const files = await writeBoth([rendered.model]);
  const at = now.toISOString();
  const id = commit(() => db.transaction(() => storeRendered(db, data, rendered, files, user, at, 1, []))());
  return { view: getDocument(db, id)!.view, rendered };
}

export function storeRendered(db: WritableDB, data: CaseData, rendered: Rendered, files: { pdf: Buffer; docx: Buffer }, user: SessionUser, at: string, count: number, addresses: readonly string[], models?: readonly DocumentModel[]): number {
  const { template, selection, model } = rendered;
  const contentHash = sha256((models ?? [model]).map(modelText).join('\n\f\n'));
  const recipientDescription =
    template.front.recipient === 'residents'
      ? `All residents: ${String(rendered.slots.area ?? rendered.context.case.area ?? '')} (${count.toLocaleString('en-GB')} address${count === 1 ? '' : 'es'})`
      : template.front.recipient === 'agency'
        ? String(rendered.context.referral.name ?? 'agency')
        : template.front.recipient === 'review-panel'
          ? reviewPanelName(data)
          : template.front.recipient === 'court'
          ? `The court: statement of ${String(rendered.context.witness.name ?? '')}`
          : (selection.party?.name ?? (template.front.recipient === 'applicant' ? `${data.caseReview?.applicantName ?? ''} (the applicant, not on the case)` : ''));
  const id = insertDocument(
    db,
    {
      caseId: data.header.id,
      templateId: template.id,
      templateVersion: template.front.version,
      templateSource: template.source,
      title: model.title,
      recipientPartyId: template.front.recipient === 'court' ? null : (selection.party?.id ?? null),
      recipientRole: template.front.recipient === 'court' ? 'court' : selection.option.role,
      recipientDescription,
      recipientCount: count,
      actionId: selection.action?.id ?? null,
      referralId: selection.referral?.id ?? null,
      largePrint: rendered.variant.largePrint,
      easyRead: rendered.variant.easyRead,
      notes: rendered.notes,
      model,
      contentHash,
      createdBy: user.id,
      createdAt: at,
      announcement: announcementOf(rendered),
    },
    [
      { format: 'pdf', sha256: sha256(files.pdf), bytes: files.pdf },
      { format: 'docx', sha256: sha256(files.docx), bytes: files.docx },
    ],
    addresses,
  );
  touchCase(db, data.header.id, at);
  return id;
}

/** What the letter announces it serves when it is sent (main/events/bus.ts, DocumentSent), fixed as it was made. */
function announcementOf(r: Rendered): Announcement {
  return {
    title: r.template.front.title,
    serves: [...r.template.front.serves],
    partyId: r.selection.party?.id ?? null,
    officerName: String(r.context.officer.name),
    nextContact: String(r.slots.nextContact ?? ''),
  };
}

const MEDIA: Record<DocumentFormat, string> = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };

/** A stored file, checked against its SHA-256 before it leaves (a damaged file is refused, not handed out). */
export function exportDocument(db: ReadableDB, id: number, format: DocumentFormat): { fileName: string; mediaType: string; sha256: string; bytes: Buffer } {
  const doc = getDocument(db, id);
  const file = readDocumentFile(db, id, format);
  if (!doc || !file) throw new AppError('not-found', 'There is no such document.');
  if (sha256(file.bytes) !== file.sha256) throw new AppError('integrity', `The stored ${format.toUpperCase()} of document ${id} does not match its SHA-256: it has been damaged. Restore a backup.`);
  // The title can carry names typed into the case: made safe to save like every file Hearth hands out.
  return { fileName: safeFileName(doc.view.title, format, 'document'), mediaType: MEDIA[format], sha256: file.sha256, bytes: file.bytes };
}
