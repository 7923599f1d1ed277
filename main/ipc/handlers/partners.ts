import { listPartners, savePartner } from '../../db/queries/partners';
import { readEquality, writeEquality } from '../../db/queries/equality';
import { activeSession, type HandlerContext, type HandlerMap } from '../handler';

type PartnerChannels = 'partners:list' | 'partners:save' | 'equality:record' | 'equality:get';

/** The party; dispatch has resolved its case and checked it. */
function partyOf(ctx: HandlerContext, partyId: number) {
  ctx.setAuditDetail({ partyId });
  return activeSession(ctx);
}

export const partnerHandlers: HandlerMap<PartnerChannels> = {
  'partners:list': (_input, ctx) => listPartners(activeSession(ctx).ws.db),
  'partners:save': (input, ctx) => {
    ctx.setAuditTarget(`partner:${input.code}`);
    return savePartner(activeSession(ctx).ws.db, input);
  },
  // Equality data is written from the intake but never read back on case screens (UK GDPR Art 9);
  // only a manager may read it, to correct it.
  'equality:record': (input, ctx) => {
    const { ws, user } = partyOf(ctx, input.partyId);
    writeEquality(ws.db, input.partyId, input.data, user.id, ctx.core.now().toISOString());
    return null;
  },
  'equality:get': (input, ctx) => {
    const { ws } = partyOf(ctx, input.partyId);
    return readEquality(ws.db, input.partyId);
  },
};
