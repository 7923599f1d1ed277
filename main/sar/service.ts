import { sarClockStarts, sarDueOn } from '../../shared/standards/sar-deadline';
import { AppError } from '../../shared/result';
import type { Candidates, PackItem, SubjectRequestInput, SubjectRequestView } from '../../shared/schemas/subject-requests';
import { addDays } from '../../shared/time/days';
import type { ReadableDB, WritableDB } from '../db/connection';
import { findPartner } from '../db/queries/partners';
import type { SessionUser } from '../security/session';
import { findCandidates } from './finder';
import { composeCase, sharedWith, type ComposedCase, type ComposedItem } from './pack/items';
import { sarScope } from './pack/redact';
import { caseIdsOfParties, decideRequest, exemptionsOf, extendRequest, getRequest, insertRequest, listRequests, setExemption, setRequestParties, type RequestRow } from './store';

/**
 * Data subjects' requests (issue 21 item 3): recorded with the identity check, due one calendar month
 * from the later of receipt and identity confirmed (shared/standards/sar-deadline.ts), extendable once by
 * two months with a reason; the person found on the record (finder.ts) and chosen by the user; the pack
 * composed from every case they are on (pack/items.ts) with exemptions applied item by item.
 */
export function viewOf(r: RequestRow, today: string): SubjectRequestView {
  const urgency = r.status === 'done' ? 'done' : r.dueOn < today ? 'overdue' : r.dueOn <= addDays(today, 7) ? 'due-soon' : 'on-time';
  return { ...r, urgency };
}

function ownPartner(user: SessionUser, partner: string): void {
  if (!user.partners.includes(partner)) throw new AppError('forbidden', `You do not work for partner ${partner}, so you cannot handle requests about its records. Ask an administrator.`);
}

export function requestOf(db: ReadableDB, user: SessionUser, id: number): RequestRow {
  const r = getRequest(db, id);
  if (!r) throw new AppError('not-found', 'There is no such request. Reload the list.');
  ownPartner(user, r.partner);
  return r;
}

export function recordRequest(db: WritableDB, input: SubjectRequestInput, user: SessionUser, today: string, at: string): SubjectRequestView {
  ownPartner(user, input.partner);
  if (!findPartner(db, input.partner)) throw new AppError('bad-input', `There is no partner ${input.partner}. Choose one from the list.`);
  if (input.receivedOn > today) throw new AppError('bad-input', 'The day the request was received is in the future.');
  if (input.identityCheckedOn > today) throw new AppError('bad-input', 'The day the requester’s identity was checked is in the future. Record the request once it has been checked.');
  const dueOn = sarDueOn(sarClockStarts(input.receivedOn, input.identityCheckedOn), 1);
  return viewOf(getRequest(db, insertRequest(db, { ...input, dueOn, by: user.id, at }))!, today);
}

export const listOpen = (db: ReadableDB, user: SessionUser, open: boolean, today: string): SubjectRequestView[] => listRequests(db, user.partners, open).map((r) => viewOf(r, today));

export function extend(db: WritableDB, user: SessionUser, id: number, reason: string, today: string): SubjectRequestView {
  const r = requestOf(db, user, id);
  if (r.status === 'done') throw new AppError('conflict', 'This request has been answered; there is nothing to extend.');
  if (r.extendedReason) throw new AppError('conflict', `The time to answer was already extended (to ${r.dueOn}); it can be extended once, by two months (Art. 12(3)).`);
  extendRequest(db, id, sarDueOn(sarClockStarts(r.receivedOn, r.identityCheckedOn), 3), reason);
  return viewOf(getRequest(db, id)!, today);
}

export const candidatesOf = (db: ReadableDB, user: SessionUser, id: number, granted: ReadonlySet<number>): Candidates => findCandidates(db, requestOf(db, user, id), granted);

export function choose(db: WritableDB, user: SessionUser, id: number, partyIds: readonly number[], today: string, granted: ReadonlySet<number>): SubjectRequestView {
  const r = requestOf(db, user, id);
  const found = new Set(findCandidates(db, r, granted).people.flatMap((p) => p.records.map((x) => x.partyId)));
  const stray = partyIds.filter((p) => !found.has(p));
  if (stray.length) throw new AppError('bad-input', 'A record chosen is not one the search found for this requester. Search again and choose from the people listed.');
  setRequestParties(db, id, [...new Set(partyIds)]);
  return viewOf(getRequest(db, id)!, today);
}

export interface Composed {
  request: RequestRow;
  items: ComposedItem[];
  cases: ComposedCase[];
}

/** Every item of the pack as it would read now, before exemptions. */
export function compose(db: ReadableDB, r: RequestRow, today: string): Composed {
  if (!r.partyIds.length) throw new AppError('bad-input', 'Choose who the requester is on the record first: search, then pick the person.');
  const chosen = new Set(r.partyIds);
  const caseIds = caseIdsOfParties(db, r.partyIds);
  const items: ComposedItem[] = [];
  const cases: ComposedCase[] = [];
  for (const caseId of caseIds) {
    const c = composeCase(db, caseId, chosen, today, sarScope(r.id));
    if (!c) continue;
    items.push(...c.items);
    cases.push(c.composed);
  }
  // What was shared, in the words of the case it came from (read as the requester like everything else).
  const byRef = new Map(cases.map((c) => [c.ref, c.redaction]));
  for (const item of sharedWith(db, r.partner, r.partyIds, caseIds)) {
    const red = byRef.get(item.caseRef);
    red?.placeIs(`who it was shared with, from ${item.caseRef}`, item.key);
    items.push(red ? { ...item, title: red.text(item.title), fields: item.fields.map(([k, v]): [string, string] => [k, red.text(v)]) } : item);
  }
  return { request: r, items, cases };
}

export function packItems(db: ReadableDB, user: SessionUser, id: number, today: string): PackItem[] {
  const c = compose(db, requestOf(db, user, id), today);
  const exempt = exemptionsOf(db, id);
  return c.items.map((i) => ({ key: i.key, caseRef: i.caseRef, section: i.section, title: i.title, exemption: exempt.get(i.key)?.exemption ?? null, reason: exempt.get(i.key)?.reason ?? null, redactions: i.redactions }));
}

export function exempt(db: WritableDB, user: SessionUser, input: { id: number; itemKey: string; exemption: PackItem['exemption']; reason: string }, today: string, at: string): PackItem[] {
  const r = requestOf(db, user, input.id);
  const c = compose(db, r, today);
  if (!c.items.some((i) => i.key === input.itemKey)) throw new AppError('bad-input', 'That item is not in the pack as it now reads. Reload the list of items.');
  setExemption(db, input.id, input.itemKey, input.exemption ? { exemption: input.exemption, reason: input.reason } : null, user.id, at);
  return packItems(db, user, input.id, today);
}

export function decide(db: WritableDB, user: SessionUser, input: { id: number; decision: 'complied' | 'partly' | 'refused'; reason: string }, today: string): SubjectRequestView {
  const r = requestOf(db, user, input.id);
  if (r.status === 'done') throw new AppError('conflict', `This request was already answered on ${r.doneOn}.`);
  decideRequest(db, input.id, { decision: input.decision, reason: input.reason, by: user.id, on: today });
  return viewOf(getRequest(db, input.id)!, today);
}
