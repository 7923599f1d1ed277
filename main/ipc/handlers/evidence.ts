import { AppError } from '../../../shared/result';
import { readEvidenceContent, readEvidenceContentPart } from '../../evidence/content';
import { getEvidence, setTranscript } from '../../evidence/store';
import { addEvidence, type IntakeOptions } from '../../evidence/intake';
import { setRedactions } from '../../bundles/exhibits/redact-job';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap, staged } from '../handler';

type EvidenceChannels = 'evidence:add' | 'evidence:transcript' | 'evidence:content' | 'evidence:setRedactions' | 'evidence:contentPart';

/** Limits for evidence intake; the defaults are the real ones (tests of the service inject smaller). */
const INTAKE: IntakeOptions = {};

/** Dispatch has resolved the evidence's case and checked it (partner, legal referral, restricted grant). */
export const evidenceHandlers: HandlerMap<EvidenceChannels> = {
  // Staged: the file is checked off the main thread; the record and its audit event commit together.
  'evidence:add': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditDetail({ size: input.bytes.length });
    const commit = (write: () => number) =>
      ctx.commit(() => {
        const id = write();
        const added = getEvidence(ws.db, id)!;
        // Identifiers and facts only; the file name can itself be personal data.
        ctx.setAuditDetail({ evidenceId: id, exhibit: added.exhibitLabel, type: added.type, sha256: added.sha256, usableInBundle: added.usableInBundle, duplicateAllowed: input.allowDuplicate });
        return id;
      });
    return addEvidence(ws.db, ctx.case.id, input, user, ctx.core.now(), { ...INTAKE, commit });
  }),

  'evidence:transcript': (input, ctx) => {
    const found = getEvidence(activeSession(ctx).ws.db, input.id)!;
    return changeCase(ctx, (w) => {
      if (found.type !== 'pdf' && found.type !== 'jpeg' && found.type !== 'png') throw new AppError('bad-input', `${found.exhibitLabel} is not a document or picture, so it has no pages to transcribe.`);
      setTranscript(w.db, input.id, { illegible: input.illegible, transcript: input.transcript, by: w.user.id, at: w.at });
      // Facts only: the transcript itself is case content.
      ctx.setAuditDetail({ evidenceId: input.id, exhibit: found.exhibitLabel, illegible: input.illegible, transcriptChars: input.transcript?.length ?? 0 });
      return getEvidence(w.db, input.id)!;
    });
  },

  // Viewing evidence is audited like opening the case; staged because the type is read from the bytes.
  'evidence:content': staged(async (input, ctx) => {
    ctx.setAuditDetail({ evidenceId: input.id });
    return readEvidenceContent(activeSession(ctx).ws.db, input.id);
  }),

  // Staged: the request and its audit event commit first, then the worker that makes the copy starts.
  'evidence:setRedactions': staged((input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return setRedactions(ctx.core, ws, user, ctx.case.id, input, (write, detail) => {
      ctx.setAuditDetail(detail);
      return ctx.commit(write);
    });
  }),

  // One stored part of the file, for a PC on an office host (issue 22): audited like opening it, with the part.
  'evidence:contentPart': staged(async (input, ctx) => {
    ctx.setAuditDetail({ evidenceId: input.id, part: input.index });
    return readEvidenceContentPart(activeSession(ctx).ws.db, input.id, input.index);
  }),
};
