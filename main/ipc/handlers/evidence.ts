import { AppError } from '../../../shared/result';
import { authorizeCase } from '../../cases/access';
import { evidenceCaseId, readEvidenceContent } from '../../evidence/content';
import { getEvidence, setTranscript } from '../../db/queries/evidence';
import { addEvidence, type IntakeOptions } from '../../evidence/intake';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap } from '../handler';

type EvidenceChannels = 'evidence:add' | 'evidence:transcript' | 'evidence:content';

/** Limits for evidence intake; the defaults are the real ones (tests of the service inject smaller). */
const INTAKE: IntakeOptions = {};

export const evidenceHandlers: HandlerMap<EvidenceChannels> = {
  'evidence:add': async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const facts = authorizeCase(ws.db, user, input.caseId, 'evidence.add');
    ctx.setAuditTarget(`case:${facts.ref}`);
    ctx.setAuditDetail({ size: input.bytes.length });
    const added = await addEvidence(ws.db, input.caseId, input, user, ctx.core.now(), INTAKE);
    // Identifiers and facts only; the file name can itself be personal data.
    ctx.setAuditDetail({ evidenceId: added.id, exhibit: added.exhibitLabel, type: added.type, sha256: added.sha256, usableInBundle: added.usableInBundle, duplicateAllowed: input.allowDuplicate });
    return added;
  },

  'evidence:transcript': async (input, ctx) => {
    const { ws } = activeSession(ctx);
    const found = getEvidence(ws.db, input.id);
    if (!found) throw new AppError('not-found', 'There is no such evidence, or it is not on a case you can see.');
    return changeCase(
      ctx,
      found.caseId,
      (w) => {
        if (found.type !== 'pdf' && found.type !== 'jpeg' && found.type !== 'png') throw new AppError('bad-input', `${found.exhibitLabel} is not a document or picture, so it has no pages to transcribe.`);
        setTranscript(w.db, input.id, { illegible: input.illegible, transcript: input.transcript, by: w.user.id, at: w.at });
        // Facts only: the transcript itself is case content.
        ctx.setAuditDetail({ evidenceId: input.id, exhibit: found.exhibitLabel, illegible: input.illegible, transcriptChars: input.transcript?.length ?? 0 });
        return getEvidence(w.db, input.id)!;
      },
      { action: 'evidence.add' },
    );
  },

  'evidence:content': async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const caseId = evidenceCaseId(ws.db, input.id);
    let facts;
    try {
      facts = authorizeCase(ws.db, user, caseId, 'cases.read');
    } catch (error) {
      // Do not confirm that evidence exists on a case the person cannot see.
      if (error instanceof AppError && error.code === 'not-found') throw new AppError('not-found', 'There is no such evidence, or it is not on a case you can see.');
      throw error;
    }
    ctx.setAuditTarget(`case:${facts.ref}`);
    ctx.setAuditDetail({ evidenceId: input.id });
    if (facts.restricted) {
      if (!input.reason) throw new AppError('reason-required', `${facts.ref} is restricted. Say why you need to open this evidence; your reason is recorded.`);
      ctx.setAuditDetail({ reason: input.reason });
    }
    return readEvidenceContent(ws.db, input.id);
  },
};
