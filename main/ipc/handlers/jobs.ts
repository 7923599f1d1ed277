import type { JobOwner } from '../../jobs/registry';
import { activeSession, type HandlerContext, type HandlerMap } from '../handler';

type JobChannels = 'job:status' | 'job:cancel';

/**
 * Background work of every kind (main/jobs/): its status, polled by the screen that started it, and
 * Cancel. Dispatch has already found the job's case and checked it, and that the job is this person's
 * own (anyone else's is "not found": main/ipc/record-access.ts).
 */
const ownerOf = (ctx: HandlerContext): JobOwner => {
  const { ws, user } = activeSession(ctx);
  return { userId: user.id, workspaceId: ws.workspaceId };
};

export const jobHandlers: HandlerMap<JobChannels> = {
  'job:status': (input, ctx) => ctx.core.jobs.status(input.jobId, ownerOf(ctx)),

  'job:cancel': (input, ctx) => {
    ctx.setAuditDetail({ jobId: input.jobId });
    const status = ctx.core.jobs.cancel(input.jobId, ownerOf(ctx));
    ctx.setAuditDetail({ kind: status.kind });
    return status;
  },
};
