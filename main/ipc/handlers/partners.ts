import { findPartner, listPartners, savePartner, setPartnerLogo } from '../../db/queries/partners';
import { checkLogo } from '../../documents/logo';
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
    const { homesFrom, logo: given, ...partner } = input;
    // A new file, or null to take it off; the logo as listed, or none given, keeps it.
    const logo = given instanceof Uint8Array || given === null ? given : undefined;
    // Checked before anything is written: a damaged logo is refused and the rest is not half saved.
    const checked = logo ? checkLogo(logo) : null;
    savePartner(ws.db, partner);
    if (logo !== undefined) {
      setPartnerLogo(ws.db, input.code, logo && checked ? { bytes: logo, ...checked } : null);
      ctx.setAuditDetail({ logo: checked ? `${checked.format} ${checked.width}×${checked.height}` : 'removed' });
    }
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
