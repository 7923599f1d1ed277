import { getDocument } from '../../documents/store';
import { recordReturned, recordSent } from '../../documents/sending/service';
import { postLayout } from '../../documents/sending/post-layouts';
import { activeSession, type HandlerMap, staged } from '../handler';

type SendingChannels = 'document:recordSent' | 'document:recordReturned' | 'document:postPdf';

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
    const { ws } = activeSession(ctx);
    const file = await postLayout(ws.db, input.id, input.layout);
    ctx.setAuditDetail({ documentId: input.id, layout: input.layout, size: file.bytes.length });
    return file;
  }),
};
