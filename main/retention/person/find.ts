import { AppError } from '../../../shared/result';
import type { PersonView } from '../../../shared/schemas/retention-person';
import { formatDateUK } from '../../../shared/time/london';
import type { ReadableDB } from '../../db/connection';
import { findCandidates } from '../../sar/finder';
import type { RequestRow } from '../../sar/store';
import { retentionFacts } from '../facts';
import { caseRetentionRow } from '../store';
import { ANONYMISED } from '../tables';
import { holdsCovering, type PartyIdentity, partyIdentity } from './store';

/**
 * The person behind one party record, across every case of the partner (issue 21): the SAR finder's
 * grouping (main/sar/finder.ts) — the same name and date of birth, or the same home where a date of birth
 * is missing; another date of birth is always another person — applied to the record's own details.
 * With it, what stands in the way of anonymising them: a legal hold on any of their cases or on them, a
 * live order on one of their cases, a case still open, or a restricted case not opened with a reason
 * (whose records could not be searched, so the person might be missed there).
 */
export interface FoundPerson {
  chosen: PartyIdentity;
  records: PartyIdentity[];
  evidence: string;
  refusals: string[];
}

const listOf = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as string[]) : [];
  } catch {
    return [];
  }
};

/** The record's details as a request for the finder: what a data subject asking about themselves would give. */
function asRequest(p: PartyIdentity): RequestRow {
  return {
    id: 0,
    kind: 'erasure',
    partner: p.partner,
    name: p.name,
    otherNames: listOf(p.otherNames),
    dateOfBirth: p.dateOfBirth,
    address: p.address,
    postcode: p.postcode,
    details: '',
    receivedOn: '',
    identityMethod: '',
    identityCheckedBy: '',
    identityCheckedOn: '',
    dueOn: '',
    extendedReason: null,
    partyIds: [],
    status: 'open',
    decision: null,
    decisionReason: '',
    doneOn: null,
  };
}

export function findPerson(db: ReadableDB, partyId: number, granted: ReadonlySet<number>, now: Date): FoundPerson {
  const chosen = partyIdentity(db, partyId);
  if (!chosen) throw new AppError('not-found', 'There is no such person on the record.');
  if (chosen.name === ANONYMISED || !chosen.name.trim()) throw new AppError('guard', 'This record has already been anonymised: there is no one left to find.');
  const found = findCandidates(db, asRequest(chosen), new Set([...granted, chosen.caseId]));
  const group = found.people.find((p) => p.records.some((r) => r.partyId === partyId));
  const ids = new Set(group ? group.records.map((r) => r.partyId) : [partyId]);
  const records = [...ids].map((id) => partyIdentity(db, id)!).sort((a, b) => a.caseId - b.caseId || a.id - b.id);
  return { chosen, records, evidence: group?.evidence ?? chosen.name, refusals: refusalsFor(db, records, found.restrictedCases, now) };
}

function refusalsFor(db: ReadableDB, records: readonly PartyIdentity[], restricted: readonly string[], now: Date): string[] {
  const out: string[] = [];
  const caseIds = [...new Set(records.map((r) => r.caseId))];
  for (const h of holdsCovering(db, caseIds, records.map((r) => r.id))) {
    out.push(`Refused: ${h.caseRef} is under legal hold ${h.onPerson ? 'on this person' : 'on the case'} placed ${formatDateUK(h.placedAt)} by ${h.placedBy} for ${h.kind.replace('-', ' ')}: ${h.reason}. A manager must lift the hold first.`);
  }
  for (const id of caseIds) {
    const c = caseRetentionRow(db, id)!;
    const closed = c.status === 'closed' || c.screenedOut !== null;
    if (!closed) out.push(`Refused: ${c.ref} is still open. The person’s record is needed while the case runs; anonymise them once it has closed.`);
    else if (retentionFacts(db, c, now).legalActionLive) out.push(`Refused: ${c.ref} has a live injunction or order, which could still be breached. It is kept until the order ends.`);
  }
  if (restricted.length) out.push(`Refused: records on the restricted case${restricted.length > 1 ? 's' : ''} ${restricted.join(', ')} may be this person. Open ${restricted.length > 1 ? 'them' : 'it'} with a reason first, so every record of theirs is found.`);
  return out;
}

export const viewOf = (p: FoundPerson): PersonView => ({
  name: p.chosen.name,
  evidence: p.evidence,
  records: p.records.map((r) => ({ partyId: r.id, caseId: r.caseId, caseRef: r.caseRef, role: r.role, caseStatus: r.caseStatus })),
  refusals: p.refusals,
});
