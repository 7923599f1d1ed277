import { assess, type Finding, type Reader } from '../../../shared/disclosure/context-rules';
import { homeOf } from '../../../shared/disclosure/homes';
import { identifiersOf, type ProtectedPerson } from '../../../shared/disclosure/identifiers';
import { householdsOf } from '../../../shared/disclosure/record';
import { consentCovers, type GuardRecipient } from '../../../shared/documents/disclosure';
import type { ConsentRecipient } from '../../../shared/domain/vocabulary';
import type { ConsentView, PartyView } from '../../../shared/schemas/cases';
import { reviewedText, type Reviewable } from '../../review/passages';
import type { StoredDecision } from '../../review/store';

/**
 * A subject access pack read as the requester (issue 21 item 3): the disclosure guard (shared/disclosure/)
 * with the requester as the reader and *everyone else on the case* protected, whatever their role: a
 * neighbour, a witness, the person complained about, a relative, each is a third party whose identity the
 * requester has no right to (DPA 2018 Sch. 2 paras 16–17), unless their written consent covers the
 * requester. The requester's own details are never taken out (identifiers the reader owns never count).
 * Every passage replaced goes through the redaction review's decisions (main/review/), as a
 * bundle's do, keyed by the passage and the finding.
 */
export interface SarRedaction {
  text(s: string): string;
  findings(s: string): Finding[];
  /** Where the next texts are read from: the place the review names, and the pack item they belong to. */
  placeIs(place: string, item: string): void;
  reviewed(): Reviewable[];
  /** The pack items a reviewed passage appears in (an exempt item's passages need no review). */
  itemsOf(key: string): readonly string[];
  /** The third parties withheld, as the pack refers to them (the name for the reviewer, never for the pack). */
  withheld: { partyId: number; label: string; name: string; role: PartyView['role'] }[];
}

const STAND_IN: Record<PartyView['role'], string> = {
  complainant: 'another resident',
  victim: 'another resident',
  witness: 'a witness',
  'alleged-perpetrator': 'another person',
  'household-member': 'a member of a household',
  visitor: 'a visitor',
};

/** The consent recipient a requester is, for a third party's consent to name them. */
const categoryOf = (role: PartyView['role']): ConsentRecipient => (role === 'alleged-perpetrator' ? 'alleged-perpetrator' : 'other');

/** The request's own review: its decisions are kept apart from the bundle's and letters' (passages.ts scope). */
export const sarScope = (requestId: number) => `sar:${requestId}`;

export function sarRedaction(parties: readonly PartyView[], consents: readonly ConsentView[], requesterIds: ReadonlySet<number>, today: string, decisions: ReadonlyMap<string, StoredDecision>, scope: string): SarRedaction {
  const own = parties.filter((p) => requesterIds.has(p.id));
  const me = own[0];
  const recipient: GuardRecipient = { partyId: me?.id ?? null, role: me?.role ?? null, category: me ? categoryOf(me.role) : 'other', description: me?.name ?? 'the requester', own: [] };
  const others = parties.filter((p) => !requesterIds.has(p.id) && !consents.some((c) => consentCovers(c, p.id, recipient, today)));
  const subjects = others.map((p) => {
    const relatives = parties.filter((r) => r.id !== p.id && !requesterIds.has(r.id) && !r.anonymous && r.name && (r.responsiblePartyId === p.id || p.responsiblePartyId === r.id)).map((r) => r.name);
    const person: ProtectedPerson = { id: p.id, name: p.name, role: p.role, anonymous: p.anonymous, address: p.address, postcode: p.postcode, phone: p.phone, email: p.email, identifyingDetails: p.identifyingDetails, otherNames: p.otherNames, relatives };
    return { person, label: STAND_IN[p.role], standIn: STAND_IN[p.role] };
  });
  const reader: Reader = {
    description: me?.name ?? 'the requester',
    home: me ? homeOf(me.address, me.postcode) : null,
    own: own.flatMap((p) => identifiersOf({ ...p, otherNames: p.otherNames })),
    households: householdsOf(parties),
  };
  const findings = (s: string): Finding[] => (subjects.length && s ? assess([{ place: 'text', text: s }], subjects, reader).findings : []);
  const collected = new Map<string, Reviewable>();
  const inItems = new Map<string, Set<string>>();
  let item = '';
  const collect = (r: Reviewable) => {
    if (!collected.has(r.key)) collected.set(r.key, r);
    inItems.set(r.key, (inItems.get(r.key) ?? new Set()).add(item));
  };
  const review = { decisions, place: 'the pack', scope, findings, collect };
  return {
    text: (s) => reviewedText(s, review),
    findings,
    placeIs: (place, key) => {
      review.place = place;
      item = key;
    },
    reviewed: () => [...collected.values()],
    itemsOf: (key) => [...(inItems.get(key) ?? [])],
    withheld: others.map((p) => ({ partyId: p.id, label: STAND_IN[p.role], name: p.name, role: p.role })),
  };
}
