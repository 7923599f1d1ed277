import { importCases } from '../../import/import-cases';
import { activeSession, type HandlerMap } from '../handler';

/**
 * import:run (issue 3 §8): a whole file of cases from an existing register, all or none. The audit event
 * records how many cases came in, never their contents.
 */
export const importHandlers: HandlerMap<'import:run'> = {
  'import:run': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget('import');
    const cases = (input.document as { cases?: unknown } | null)?.cases;
    if (Array.isArray(cases)) ctx.setAuditDetail({ casesInFile: cases.length });
    const outcome = importCases(ws.db, input.document, user, ctx.core.now());
    ctx.setAuditDetail({ created: outcome.created, first: outcome.refs[0] ?? null, last: outcome.refs.at(-1) ?? null });
    return outcome;
  },
};
