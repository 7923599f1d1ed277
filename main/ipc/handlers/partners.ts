import { findPartner, listPartners, savePartner } from '../../db/queries/partners';
import { setHomes } from '../../reports/homes';
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
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget(`partner:${input.code}`);
    const { homesFrom, ...partner } = input;
    savePartner(ws.db, partner);
    // Dated, the figure is the one the reports divide by from that day (per 1,000 homes); same transaction.
    if (homesFrom) setHomes(ws.db, { partner: input.code, from: homesFrom, homes: input.homes }, user.id, ctx.core.now().toISOString());
    return findPartner(ws.db, input.code)!;
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
