import { AppError } from '../../../shared/result';
import { startBatch } from '../../documents/batch';
import { draftPdf, effectiveTemplate, exportDocument, generateDocument, previewDocument, templateChoices } from '../../documents/service';
import { getDocument, insertOverride, listDocuments, overrideHistory } from '../../documents/store';
import { defaultTemplate, defaultTemplates, validateTemplateText } from '../../documents/templates';
import { can } from '../../security/can';
import { activeSession, type HandlerContext, type HandlerMap, staged } from '../handler';

type DocumentChannels =
  | 'document:templates'
  | 'document:preview'
  | 'document:draftPdf'
  | 'document:generate'
  | 'document:list'
  | 'document:get'
  | 'document:export'
  | 'document:batchStart'
  | 'template:list'
  | 'template:get'
  | 'template:validate'
  | 'template:save'
  | 'template:revert';

/** Templates belong to partners: an administrator changes those of the partners they work for. */
function forPartner(ctx: HandlerContext, partner: string, action: 'partners.read' | 'partners.manage') {
  const session = activeSession(ctx);
  if (!can(session.user, action, { partner, legalReferred: true })) throw new AppError('not-found', `There is no partner ${partner} you work for.`);
  ctx.setAuditTarget(`partner:${partner}`);
  return session;
}

function knownTemplate(templateId: string) {
  const base = defaultTemplate(templateId);
  if (!base) throw new AppError('not-found', `There is no template called “${templateId}”.`);
  return base;
}

export const documentHandlers: HandlerMap<DocumentChannels> = {
  'document:templates': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return templateChoices(ws.db, input.caseId, user, ctx.core.now());
  },

  'document:preview': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditDetail({ template: input.templateId });
    const preview = previewDocument(ws.db, input, user, ctx.core.now());
    if (preview.refusal) ctx.setAuditDetail({ disclosureRefused: true });
    return preview;
  },

  // Staged: the PDF is written off the event loop's critical path; the event is written before it leaves.
  'document:draftPdf': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditDetail({ template: input.templateId, draft: true });
    const made = await draftPdf(ws.db, input, user, ctx.core.now());
    return { fileName: made.fileName, mediaType: 'application/pdf', bytes: made.bytes };
  }),

  // Staged: both files are written first; the document and this event then commit together.
  'document:generate': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditDetail({ template: input.templateId });
    const commit = (write: () => number) =>
      ctx.commit(() => {
        const view = getDocument(ws.db, write())!.view;
        // Identifiers and facts only: never the recipient's name or the letter's words.
        const pdf = view.files.find((f) => f.format === 'pdf');
        const docx = view.files.find((f) => f.format === 'docx');
        ctx.setAuditDetail({ documentId: view.id, source: view.templateSource, recipientRole: view.recipientRole, largePrint: view.largePrint, easyRead: view.easyRead, contentHash: view.contentHash, pdfSha256: pdf?.sha256 ?? null, docxSha256: docx?.sha256 ?? null });
        return view.id;
      });
    return (await generateDocument(ws.db, input, user, ctx.core.now(), commit)).view;
  }),

  'document:list': (input, ctx) => listDocuments(activeSession(ctx).ws.db, input.caseId),

  'document:get': (input, ctx) => {
    const { ws } = activeSession(ctx);
    ctx.setAuditDetail({ documentId: input.id });
    const found = getDocument(ws.db, input.id)!;
    return { document: found.view, model: found.model };
  },

  'document:export': (input, ctx) => {
    const { ws } = activeSession(ctx);
    const file = exportDocument(ws.db, input.id, input.format);
    ctx.setAuditDetail({ documentId: input.id, format: input.format, sha256: file.sha256, size: file.bytes.length });
    return file;
  },

  // Staged: the event commits once the letter has passed its checks, and only then does the worker start.
  'document:batchStart': staged((input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return startBatch(ctx.core, ws, user, input, (jobId) => {
      ctx.setAuditDetail({ template: input.templateId, jobId, letters: input.addresses.length });
      ctx.commit(() => undefined);
    });
  }),

  'template:list': (input, ctx) => {
    const { ws } = forPartner(ctx, input.partner, 'partners.read');
    return [...defaultTemplates().values()].map((t) => {
      const history = overrideHistory(ws.db, input.partner, t.id);
      const current = history[0] && !history[0].reverted ? history[0].version : null;
      return {
        id: t.id,
        title: t.front.title,
        recipient: t.front.recipient,
        defaultVersion: t.front.version,
        overrideVersion: current,
        history: history.map((h) => ({ version: h.version, reverted: h.reverted, createdBy: h.createdBy, createdAt: h.createdAt })),
      };
    });
  },

  'template:get': (input, ctx) => {
    const { ws } = forPartner(ctx, input.partner, 'partners.read');
    const base = knownTemplate(input.templateId);
    const current = effectiveTemplate(ws.db, input.partner, input.templateId);
    const version = current.source === 'default' ? null : Number(current.source.split('@')[1]);
    return { templateId: input.templateId, defaultText: base.text, currentText: current.text, overrideVersion: version };
  },

  'template:validate': (input) => {
    const problems = validateTemplateText(input.text, input.templateId, knownTemplate(input.templateId));
    return { ok: problems.length === 0, problems };
  },

  'template:save': (input, ctx) => {
    const { ws, user } = forPartner(ctx, input.partner, 'partners.manage');
    const problems = validateTemplateText(input.text, input.templateId, knownTemplate(input.templateId));
    if (problems.length) {
      ctx.setAuditDetail({ template: input.templateId, problems: problems.length });
      throw new AppError('bad-input', `The template was not saved. ${problems.map((p) => (p.line ? `Line ${p.line}: ${p.message}` : p.message)).join(' ')}`);
    }
    const version = insertOverride(ws.db, { partner: input.partner, templateId: input.templateId, body: input.text.replace(/\r\n?/g, '\n'), reverted: false, by: user.id, at: ctx.core.now().toISOString() });
    ctx.setAuditDetail({ template: input.templateId, version });
    return { version };
  },

  'template:revert': (input, ctx) => {
    const { ws, user } = forPartner(ctx, input.partner, 'partners.manage');
    knownTemplate(input.templateId);
    const history = overrideHistory(ws.db, input.partner, input.templateId);
    if (!history[0] || history[0].reverted) throw new AppError('conflict', `${input.partner} already uses the default “${input.templateId}”.`);
    const version = insertOverride(ws.db, { partner: input.partner, templateId: input.templateId, body: '', reverted: true, by: user.id, at: ctx.core.now().toISOString() });
    ctx.setAuditDetail({ template: input.templateId, version, reverted: true });
    return { version };
  },
};
