import { AppError } from '../../../shared/result';
import { getEvidence } from '../../evidence/store';
import { addEvidenceFrom, type IntakeOptions } from '../../evidence/intake';
import { activeSession, type HandlerContext, type HandlerMap, staged } from '../handler';

type UploadChannels = 'evidence:uploadStart' | 'evidence:uploadChunk' | 'evidence:uploadFinish' | 'evidence:uploadCancel';

/** Limits for evidence intake; the defaults are the real ones. */
const INTAKE: IntakeOptions = {};

/** The open upload of the signed-in person, with the case it is for named in the audit event. */
function ownUpload(ctx: HandlerContext, uploadId: string) {
  const { user } = activeSession(ctx);
  return ctx.core.uploads.get(uploadId, user.id);
}

/**
 * Evidence in parts (issue 13, finding 6). Dispatch authorises the case on every part (the upload names
 * its case, shared/ipc/case-scope.ts), so nobody sends 200 MB to a case they may not add to, and access
 * lost meanwhile (a restricted grant expiring) stops the upload at the next part.
 */
export const evidenceUploadHandlers: HandlerMap<UploadChannels> = {
  'evidence:uploadStart': (input, ctx) => {
    const { user } = activeSession(ctx);
    ctx.setAuditDetail({ size: input.size });
    const started = ctx.core.uploads.start({ userId: user.id, caseId: input.caseId, fileName: input.fileName, size: input.size, sha256: input.sha256 });
    ctx.setAuditDetail({ upload: started.uploadId });
    return started;
  },

  'evidence:uploadChunk': (input, ctx) => {
    const { user } = activeSession(ctx);
    return ctx.core.uploads.chunk(input.uploadId, user.id, input.index, input.bytes);
  },

  // Staged: the file is checked off the main thread; the record and its audit event commit together.
  'evidence:uploadFinish': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const { uploadId, ...details } = input;
    const upload = ownUpload(ctx, uploadId);
    if (upload.finishing) throw new AppError('conflict', 'This file is already being checked and saved.');
    ctx.setAuditDetail({ upload: uploadId, size: upload.size });
    upload.finishing = true;
    try {
      const file = upload.staged.source();
      if (upload.sha256 && upload.sha256 !== file.sha256()) {
        ctx.core.uploads.discard(uploadId);
        throw new AppError('bad-input', 'The file that arrived is not the one that was sent (its SHA-256 differs). Nothing was saved: add the file again.');
      }
      const commit = (write: () => number) =>
        ctx.commit(() => {
          const id = write();
          const added = getEvidence(ws.db, id)!;
          // Identifiers and facts only; the file name can itself be personal data.
          ctx.setAuditDetail({ evidenceId: id, exhibit: added.exhibitLabel, type: added.type, sha256: added.sha256, usableInBundle: added.usableInBundle, duplicateAllowed: details.allowDuplicate });
          return id;
        });
      const added = await addEvidenceFrom(ws.db, upload.caseId, upload.fileName, details, file, user, ctx.core.now(), { ...INTAKE, commit });
      ctx.core.uploads.discard(uploadId);
      return added;
    } catch (error) {
      // A duplicate or a label already used can be put right and finished again without sending the
      // file again; anything else (the content refused, a damaged staging file) ends the upload.
      if (error instanceof AppError && error.code === 'conflict') upload.finishing = false;
      else ctx.core.uploads.discard(uploadId);
      throw error;
    }
  }),

  'evidence:uploadCancel': (input, ctx) => {
    ownUpload(ctx, input.uploadId);
    ctx.core.uploads.discard(input.uploadId);
    return null;
  },
};
