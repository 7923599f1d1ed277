import { AppError } from '../../../shared/result';
import { londonDate } from '../../../shared/time/london';
import { loadChronology } from '../../cases/chronology';
import { findPossibleDuplicates } from '../../cases/duplicates';
import { createCase, partyFields } from '../../cases/intake';
import { recordHarassmentJudgement } from '../../cases/perception';
import { readSettings } from '../../db/queries/settings';
import { listCases } from '../../cases/list-cases';
import { assertDateOfBirth, assertResponsibleIsTenant, isHateIncident, normaliseInstant, assertNotFuture } from '../../cases/rules';
import { reindexCase } from '../../cases/search-index';
import { recomputeCase } from '../../standards/recompute';
import { listEvidence } from '../../evidence/store';
import { getCaseHeader, type CasePatch, insertLegalReferral, touchCase, updateCase } from '../../db/queries/cases';
import { listConsents } from '../../db/queries/consents';
import { getParty, insertParty, listParties, updateParty } from '../../db/queries/parties';
import { toList } from '../../db/queries/json-column';
import { activeSession, type CaseContext, type HandlerMap } from '../handler';
import type { CaseView } from '../../../shared/schemas/cases';

type CaseChannels =
  | 'case:checkDuplicates'
  | 'case:create'
  | 'case:list'
  | 'case:get'
  | 'case:getByRef'
  | 'case:update'
  | 'case:restrict'
  | 'party:add'
  | 'party:update'
  | 'case:judgeHarassment';

/** The whole case; dispatch has checked it (and, for a restricted case, the reason or a live grant). */
function openCase(ctx: CaseContext, kinds?: CaseView['chronology'][number]['kind'][]): CaseView {
  const { ws } = activeSession(ctx);
  const id = ctx.case.id;
  const today = londonDate(ctx.core.now());
  return {
    header: getCaseHeader(ws.db, id)!,
    parties: listParties(ws.db, id, today),
    consents: listConsents(ws.db, id),
    evidence: listEvidence(ws.db, id),
    chronology: loadChronology(ws.db, id, kinds),
  };
}

export const caseHandlers: HandlerMap<CaseChannels> = {
  'case:checkDuplicates': (input, ctx) => {
    const { ws, user, grants } = activeSession(ctx);
    const found = findPossibleDuplicates(ws.db, user, input, grants.liveCaseIds());
    ctx.setAuditDetail({ matches: found.matches.length, restrictedMayMatch: found.restrictedMayMatch });
    return found;
  },

  'case:create': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const created = createCase(ws.db, input, user, ctx.core.now());
    ctx.setAuditTarget(`case:${created.ref}`);
    if (created.restricted) {
      // Issue 18: a case restricted from intake (a staff or contractor victim) stays open to the person who
      // recorded it for the usual time, as if they had opened it with this reason; the audit event says so.
      const { grants } = activeSession(ctx);
      const until = grants.expiryAfter(readSettings(ws.db).restrictedAccessMinutes);
      grants.give(created.id, until);
      ctx.setAuditDetail({ restricted: true, grantedUntil: until.toISOString() });
    }
    return created;
  },

  'case:list': (input, ctx) => {
    const { ws, user, grants } = activeSession(ctx);
    const page = listCases(ws.db, user, input, grants.liveCaseIds());
    if (input.query) ctx.setAuditDetail({ searched: true, restrictedMayMatch: page.restrictedMayMatch });
    return { ...page, page: input.page, pageSize: input.pageSize };
  },

  'case:get': (input, ctx) => openCase(ctx, input.kinds),

  'case:getByRef': (_input, ctx) => openCase(ctx),

  'case:update': (input, ctx) => {
    const { ws } = activeSession(ctx);
    const current = getCaseHeader(ws.db, input.id)!;
    if (input.receivedAt) assertNotFuture(input.receivedAt, ctx.core.now(), 'The date the report was received');
    const category = input.category ?? current.category;
    const motivation = input.motivation ?? current.motivation;
    const patch: CasePatch = {
      category: input.category,
      summary: input.summary,
      address: input.location?.address,
      estate: input.location?.estate,
      postcode: input.location?.postcode,
      flags: input.flags ? toList(input.flags) : undefined,
      motivation: input.motivation ? toList(input.motivation) : undefined,
      hateIncident: isHateIncident(category, input.perceivedAsHate ?? current.hateIncident, motivation) ? 1 : 0,
      riskLevel: input.risk?.level,
      riskNotes: input.risk?.notes,
      ownerId: input.ownerId,
      legalReferred: input.legalReferred === undefined ? undefined : input.legalReferred ? 1 : 0,
      receivedAt: input.receivedAt ? normaliseInstant(input.receivedAt) : undefined,
    };
    ctx.setAuditDetail({ fields: Object.keys(input).filter((k) => k !== 'id').join(',') });
    const referralChanged = input.legalReferred !== undefined && input.legalReferred !== current.legalReferred;
    ws.db.transaction(() => {
      updateCase(ws.db, input.id, patch, ctx.core.now().toISOString());
      if (referralChanged) insertLegalReferral(ws.db, { caseId: input.id, referred: input.legalReferred!, at: ctx.core.now().toISOString(), by: activeSession(ctx).user.id });
      reindexCase(ws.db, input.id);
      recomputeCase(ws.db, input.id, ctx.core.now()); // a new flag or a backdated report moves deadlines
    })();
    return getCaseHeader(ws.db, input.id)!;
  },

  'case:judgeHarassment': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const now = ctx.core.now();
    recordHarassmentJudgement(ws.db, input, user.id, now);
    return getCaseHeader(ws.db, input.caseId)!;
  },

  'case:restrict': (input, ctx) => {
    const { ws } = activeSession(ctx);
    ctx.setAuditDetail({ restricted: input.restricted, reason: input.reason });
    updateCase(ws.db, input.id, { restricted: input.restricted ? 1 : 0, restrictedReason: input.reason }, ctx.core.now().toISOString());
    return getCaseHeader(ws.db, input.id)!;
  },

  'party:add': (input, ctx) => {
    const { ws } = activeSession(ctx);
    const now = ctx.core.now();
    const p = input.party;
    assertDateOfBirth(p.dateOfBirth, now, p.name || 'this person');
    const today = londonDate(now);
    const responsible = p.responsibleKey ? getParty(ws.db, Number(p.responsibleKey), today) : null;
    if (p.responsibleKey && (!responsible || responsible.caseId !== input.caseId)) throw new AppError('bad-input', 'The responsible tenant must be a person already on this case.');
    assertResponsibleIsTenant(p.role, responsible, p.name || 'This person');
    const id = ws.db.transaction(() => {
      const partyId = insertParty(ws.db, { caseId: input.caseId, ...partyFields(p), responsiblePartyId: responsible?.id ?? null, at: now.toISOString() });
      touchCase(ws.db, input.caseId, now.toISOString());
      reindexCase(ws.db, input.caseId);
      recomputeCase(ws.db, input.caseId, now);
      return partyId;
    })();
    return { id };
  },

  'party:update': (input, ctx) => {
    const { ws } = activeSession(ctx);
    const now = ctx.core.now();
    const today = londonDate(now);
    const existing = getParty(ws.db, input.id, today)!;
    const p = input.party;
    assertDateOfBirth(p.dateOfBirth, now, p.name || 'this person');
    const responsible = p.responsibleKey ? getParty(ws.db, Number(p.responsibleKey), today) : null;
    if (p.responsibleKey && (!responsible || responsible.caseId !== existing.caseId)) throw new AppError('bad-input', 'The responsible tenant must be a person already on this case.');
    assertResponsibleIsTenant(p.role, responsible, p.name || 'This person');
    ws.db.transaction(() => {
      updateParty(ws.db, input.id, { ...partyFields(p), responsiblePartyId: responsible?.id ?? null });
      touchCase(ws.db, existing.caseId, now.toISOString());
      reindexCase(ws.db, existing.caseId);
      recomputeCase(ws.db, existing.caseId, now);
    })();
    return { id: input.id };
  },
};

