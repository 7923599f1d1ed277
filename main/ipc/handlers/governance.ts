import type { DisclosureListInput } from '../../../shared/schemas/disclosures';
import { londonDate } from '../../../shared/time/london';
import { disclosuresCsv, disclosuresPdf, logExport } from '../../disclosures/export';
import { listDisclosures } from '../../disclosures/store';
import { makePolicePack } from '../../police/pack';
import { refusePoliceRequest } from '../../police/requests';
import { listPoliceRequests } from '../../police/store';
import { makePack } from '../../sar/pack/make';
import { decideSar, sarReview } from '../../sar/review';
import { candidatesOf, choose, decide, exempt, extend, listOpen, packItems, recordRequest } from '../../sar/service';
import type { ActiveSession } from '../../security/session';
import { activeSession, type HandlerContext, type HandlerMap, staged } from '../handler';

type GovernanceChannels =
  | 'disclosure:list'
  | 'disclosure:csv'
  | 'disclosure:pdf'
  | 'sar:record'
  | 'sar:list'
  | 'sar:find'
  | 'sar:choose'
  | 'sar:items'
  | 'sar:exempt'
  | 'sar:extend'
  | 'sar:pack'
  | 'sar:decide'
  | 'police:pack'
  | 'sar:review'
  | 'sar:redact'
  | 'police:list'
  | 'police:refuse';

/**
 * Issue 21 (items 3–4): the disclosure log, data subjects' requests and the police evidence pack. The
 * audit event names the request, the people's record ids and counts, never a name or what the pack holds.
 */
const logOf = (s: ActiveSession, input: DisclosureListInput) =>
  listDisclosures(s.ws.db, { partners: s.user.partners, partyIds: input.partyIds, from: input.from, to: input.to, granted: s.grants.liveCaseIds() });

const exportName = (input: DisclosureListInput, today: string) => `Disclosure log ${input.partyIds.length ? 'for one person ' : ''}${today}`;

function today(ctx: HandlerContext): { today: string; at: string } {
  const now = ctx.core.now();
  return { today: londonDate(now), at: now.toISOString() };
}

export const governanceHandlers: HandlerMap<GovernanceChannels> = {
  'disclosure:list': (input, ctx) => {
    ctx.setAuditTarget(input.partyIds.length ? `parties:${input.partyIds.join(',')}` : 'disclosures');
    const rows = logOf(activeSession(ctx), input);
    ctx.setAuditDetail({ rows: rows.length });
    return rows;
  },

  'disclosure:csv': (input, ctx) => {
    ctx.setAuditTarget(input.partyIds.length ? `parties:${input.partyIds.join(',')}` : 'disclosures');
    const s = activeSession(ctx);
    const t = today(ctx);
    const rows = logOf(s, input);
    const file = disclosuresCsv(rows, exportName(input, t.today));
    logExport(s.ws.db, rows, file, 'CSV', s.user, t.at);
    ctx.setAuditDetail({ rows: rows.length, format: 'csv', bytes: file.bytes.length });
    return file;
  },

  'disclosure:pdf': staged(async (input, ctx) => {
    ctx.setAuditTarget(input.partyIds.length ? `parties:${input.partyIds.join(',')}` : 'disclosures');
    const s = activeSession(ctx);
    const t = today(ctx);
    const rows = logOf(s, input);
    const scope = input.partyIds.length ? 'For one person (their records on every case)' : 'Everything in your partners';
    const file = await disclosuresPdf(rows, exportName(input, t.today), scope);
    ctx.commit(() => logExport(s.ws.db, rows, file, 'PDF', s.user, t.at));
    ctx.setAuditDetail({ rows: rows.length, format: 'pdf', bytes: file.bytes.length });
    return file;
  }),

  'sar:record': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const t = today(ctx);
    const view = recordRequest(ws.db, input, user, t.today, t.at);
    ctx.setAuditTarget(`request:${view.id}`);
    ctx.setAuditDetail({ kind: view.kind, partner: view.partner, receivedOn: view.receivedOn, dueOn: view.dueOn });
    return view;
  },

  'sar:list': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return listOpen(ws.db, user, input.open, today(ctx).today);
  },

  'sar:find': (input, ctx) => {
    const s = activeSession(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    const found = candidatesOf(s.ws.db, s.user, input.id, s.grants.liveCaseIds());
    ctx.setAuditDetail({ people: found.people.length, restrictedCases: found.restrictedCases.length });
    return found;
  },

  'sar:choose': (input, ctx) => {
    const s = activeSession(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    ctx.setAuditDetail({ parties: input.partyIds.join(',') });
    return choose(s.ws.db, s.user, input.id, input.partyIds, today(ctx).today, s.grants.liveCaseIds());
  },

  'sar:items': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    return { items: packItems(ws.db, user, input.id, today(ctx).today) };
  },

  'sar:exempt': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const t = today(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    ctx.setAuditDetail({ item: input.itemKey, exemption: input.exemption });
    return { items: exempt(ws.db, user, input, t.today, t.at) };
  },

  'sar:extend': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    const view = extend(ws.db, user, input.id, input.reason, today(ctx).today);
    ctx.setAuditDetail({ dueOn: view.dueOn });
    return view;
  },

  // Staged: the PDF is laid out asynchronously; the pack's record, its disclosure-log row and the audit
  // event are written together before the file leaves.
  'sar:pack': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const t = today(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    const pack = await makePack(ws.db, user, input.id, t.today);
    const packId = ctx.commit(() => pack.record(ws.db, t.at));
    ctx.setAuditDetail({ packId, pages: pack.pages, items: pack.items, withheld: pack.withheld, bytes: pack.file.bytes.length });
    return pack.file;
  }),

  'sar:decide': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    ctx.setAuditDetail({ decision: input.decision });
    return decide(ws.db, user, input, today(ctx).today);
  },

  'police:pack': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const t = today(ctx);
    const pack = await makePolicePack(ws.db, input, ctx.case.ref, user, t.at, t.today);
    const id = ctx.commit(() => pack.record(ws.db));
    ctx.setAuditDetail({ requestId: id, force: input.force, reference: input.reference, basis: input.lawfulBasis, decision: input.decision, exhibits: pack.exhibits, bytes: pack.file.bytes.length });
    return pack.file;
  }),

  // The audit records facts only (as the bundle's and letters' reviews): counts, the kind of decision and
  // the role of the person it protects, never the words found or written.
  'sar:review': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    const review = sarReview(ws.db, user, input.id, today(ctx).today);
    ctx.setAuditDetail({ passages: review.items.length, toReview: review.toReview, noLongerApply: review.stale.length });
    return review;
  },

  'sar:redact': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const t = today(ctx);
    ctx.setAuditTarget(`request:${input.id}`);
    const { review, audit } = decideSar(ws.db, user, input, t.today, t.at);
    ctx.setAuditDetail({ key: input.key.slice(0, 16), caseId: audit.caseId, role: audit.role, decision: audit.decision, passages: audit.passages, cleared: audit.cleared, toReview: review.toReview });
    return review;
  },

  'police:list': (input, ctx) => {
    const rows = listPoliceRequests(activeSession(ctx).ws.db, input.caseId);
    ctx.setAuditDetail({ requests: rows.length });
    return rows;
  },

  // Refused: the request and the reason are kept and audited; nothing left, so the disclosure log has no row.
  'police:refuse': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const t = today(ctx);
    const id = refusePoliceRequest(ws.db, input, user, t.at, t.today);
    ctx.setAuditDetail({ requestId: id, force: input.force, reference: input.reference, basis: input.lawfulBasis, decision: 'refused' });
    return { id };
  },
};
