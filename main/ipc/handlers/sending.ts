import { exportDocument } from '../../documents/service';
import { getDocument } from '../../documents/store';
import { recordReturned, recordSent } from '../../documents/sending/service';
import { postLayout } from '../../documents/sending/post-layouts';
import { unsentLetters } from '../../documents/sending/store';
import { activeSession, type HandlerMap, staged } from '../handler';
import { newJobId } from '../../jobs/registry';
import type { LettersRequest } from '../../documents/batch-render';
import { windowLettersInWorker } from '../../documents/sending/window-job';

type SendingChannels = 'document:recordSent' | 'document:recordReturned' | 'document:postPdf' | 'document:unsent' | 'document:print';

/** Sending made letters (issue 17 item 10); the work is in documents/sending/service.ts. */
export const sendingHandlers: HandlerMap<SendingChannels> = {
  'document:recordSent': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    // How and when, never the recipient or the words (the document's id names them for those allowed).
    ctx.setAuditDetail({ documentId: input.id, how: input.how, sentAt: input.at });
    recordSent(ws.db, input, user, ctx.core.now());
    return getDocument(ws.db, input.id)!.view;
  },

  'document:recordReturned': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditDetail({ documentId: input.id, returnedOn: input.returnedOn });
    recordReturned(ws.db, input, user, ctx.core.now());
    return getDocument(ws.db, input.id)!.view;
  },

  // Staged: the PDF is written off the critical path; it writes nothing, so its event follows it (like draftPdf).
  'document:postPdf': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    // A batch's window-envelope letters are laid out in a worker, as a job the caller can follow and cancel.
    const jobId = input.jobId ?? newJobId();
    const inWorker = (request: LettersRequest, caseId: number, title: string) => windowLettersInWorker(ctx.core, { id: jobId, owner: { userId: user.id, workspaceId: ws.workspaceId }, caseId, title }, request);
    const file = await postLayout(ws.db, input.id, input.layout, inWorker);
    ctx.setAuditDetail({ documentId: input.id, layout: input.layout, size: file.bytes.length, ...(input.layout === 'window' ? { jobId } : {}) });
    return file;
  }),

  // Whose letters as the deadlines dashboard's scope: mine, my team (my partners) or one partner; a legal
  // user sees referred cases only. Who a letter on a restricted case goes to is left out.
  'document:unsent': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const partners = input.partner ? user.partners.filter((p) => p === input.partner) : user.partners;
    const scope = { partners, ownerId: input.scope === 'mine' ? user.id : null, referredOnly: user.role === 'legal' };
    const { total, rows } = unsentLetters(ws.db, { scope, officer: input.scope === 'mine' ? null : input.officer }, input);
    return { total, offset: input.offset, letters: rows.map((r) => ({ ...r, restricted: r.restricted === 1, recipient: r.restricted === 1 ? '' : r.recipient })) };
  },

  // Staged: the print dialog waits for the person. Printing records nothing as sent: "Record as sent…" does.
  'document:print': staged(async (input, ctx) => {
    const { ws } = activeSession(ctx);
    const printer = ctx.core.printer;
    if (!printer) {
      ctx.setAuditDetail({ documentId: input.id, dialog: false });
      return { dialog: false, printed: false };
    }
    const file = exportDocument(ws.db, input.id, 'pdf');
    const printed = await printer.print(file);
    ctx.setAuditDetail({ documentId: input.id, dialog: true, printed, sha256: file.sha256, size: file.bytes.length });
    return { dialog: true, printed };
  }),
};
