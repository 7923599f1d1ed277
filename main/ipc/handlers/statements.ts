import { proposeStatement } from '../../bundles/propose-statement';
import { finaliseStatement, saveStatement } from '../../statements/service';
import { listStatements } from '../../statements/store';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap } from '../handler';

type StatementChannels = 'statement:list' | 'statement:propose' | 'statement:save' | 'statement:finalise';

/**
 * Witness statements (issue 15). Dispatch has resolved and checked the case. The audit event names the
 * statement, its version and status, never its words (they are case content).
 */
export const statementHandlers: HandlerMap<StatementChannels> = {
  'statement:list': (input, ctx) => listStatements(activeSession(ctx).ws.db, input.caseId),

  'statement:propose': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return proposeStatement(ws.db, input.caseId, ctx.core.now(), { displayName: user.displayName, username: user.username });
  },

  'statement:save': (input, ctx) =>
    changeCase(ctx, (w) => {
      const saved = saveStatement(w, input);
      ctx.setAuditDetail({ statementId: saved.id, version: saved.versions[0]!.version, status: 'draft', exhibits: input.exhibits.length, language: input.language });
      return saved;
    }),

  'statement:finalise': (input, ctx) =>
    changeCase(ctx, (w) => {
      const done = finaliseStatement(w, input);
      ctx.setAuditDetail({ statementId: done.id, version: done.versions[0]!.version, status: 'final', signedOn: input.signedOn });
      return done;
    }),
};
