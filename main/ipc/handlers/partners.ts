import { AppError } from '../../../shared/result';
import { londonDate } from '../../../shared/time/london';
import { authorizeCase } from '../../cases/access';
import { getParty } from '../../db/queries/parties';
import { listPartners, savePartner } from '../../db/queries/partners';
import { readEquality, writeEquality } from '../../db/queries/equality';
import { activeSession, type HandlerMap } from '../handler';

type PartnerChannels = 'partners:list' | 'partners:save' | 'equality:record' | 'equality:get';

/** The party, after checking the user may work on its case. */
function partyForUser(ctx: Parameters<HandlerMap<'equality:get'>['equality:get']>[1], partyId: number, action: 'cases.update' | 'cases.read') {
  const { ws, user } = activeSession(ctx);
  const party = getParty(ws.db, partyId, londonDate(ctx.core.now()));
  if (!party) throw new AppError('not-found', 'That person is no longer on the case.');
  const facts = authorizeCase(ws.db, user, party.caseId, action);
  ctx.setAuditTarget(`case:${facts.ref}`);
  ctx.setAuditDetail({ partyId });
  return { ws, user, party };
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
    const { ws, user } = partyForUser(ctx, input.partyId, 'cases.update');
    writeEquality(ws.db, input.partyId, input.data, user.id, ctx.core.now().toISOString());
    return null;
  },
  'equality:get': (input, ctx) => {
    const { ws } = partyForUser(ctx, input.partyId, 'cases.read');
    return readEquality(ws.db, input.partyId);
  },
};
