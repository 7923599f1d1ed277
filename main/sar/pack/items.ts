import { findIdentifier } from '../../../shared/disclosure/match';
import { identifiersOf } from '../../../shared/disclosure/identifiers';
import { AGENCIES, CATEGORIES, CONSENT_RECIPIENTS, labelOf, PARTY_ROLES, TENURES } from '../../../shared/domain/vocabulary';
import { DISCLOSURE_KIND_WORDS } from '../../../shared/schemas/disclosures';
import type { PartyView } from '../../../shared/schemas/cases';
import { formatDate, formatDateTime } from '../../../shared/time/format';
import type { ReadableDB } from '../../db/connection';
import { listConsents } from '../../db/queries/consents';
import { listParties } from '../../db/queries/parties';
import { decisionsOfCase } from '../../review/store';
import { listDisclosures } from '../../disclosures/store';
import type { Reviewable } from '../../review/passages';
import { sarRedaction, type SarRedaction } from './redact';
import { caseEntries, caseHead, type Entry } from './store';

/**
 * What goes into a subject access pack (issue 21 item 3): for each case the requester is on, their
 * details as recorded, the case, and every entry about them: linked to them (reported by them, a contact
 * or interview with them, a referral of them, their consent, an action against them, a letter to them),
 * or naming them in its text; for a complainant or victim, every incident of their complaint. Then who
 * their information was shared with (Art. 15(1)(c)), from the disclosure log. Every text is read as the
 * requester (redact.ts): third parties' identities are taken out.
 */
export interface ComposedItem {
  key: string;
  caseRef: string;
  section: string;
  title: string;
  at: string | null;
  fields: [string, string][];
  text: string;
  redactions: number;
}

export interface ComposedCase {
  caseId: number;
  ref: string;
  redaction: SarRedaction;
}

const SECTION: Record<Entry['section'], string> = {
  incident: 'Incidents',
  contact: 'Contacts with you',
  interview: 'Interviews',
  referral: 'Referrals to other agencies',
  consent: 'Your consents',
  action: 'Action taken',
  letter: 'Letters to you',
  note: 'Notes',
};

const ROLE_WORDS = (role: PartyView['role']) => labelOf(PARTY_ROLES, role);

function detailsOf(p: PartyView): [string, string][] {
  const f: [string, string][] = [
    ['Your role in the case', ROLE_WORDS(p.role)],
    ['Name', p.anonymous ? `${p.name} (kept anonymous on the case)` : p.name],
  ];
  if (p.otherNames.length) f.push(['Other names', p.otherNames.join(', ')]);
  if (p.dateOfBirth) f.push(['Date of birth', formatDate(p.dateOfBirth)]);
  if (p.address || p.postcode) f.push(['Address', [p.address, p.postcode].filter(Boolean).join(', ')]);
  if (p.phone) f.push(['Phone', p.phone]);
  if (p.email) f.push(['E-mail', p.email]);
  if (p.tenure) f.push(['Tenure', labelOf(TENURES, p.tenure)]);
  if (p.identifyingDetails.length) f.push(['Other details recorded', p.identifyingDetails.join('; ')]);
  return f;
}

/** Whether the text names one of the requester's records (their name or another spelling of it). */
function names(text: string, own: readonly PartyView[]): boolean {
  return own.some((p) => identifiersOf({ ...p, otherNames: p.otherNames }).some((id) => (id.kind === 'name' || id.kind === 'other-name') && findIdentifier(text, id).length > 0));
}

function aboutThem(e: Entry, own: readonly PartyView[]): boolean {
  if (e.partyId !== null && own.some((p) => p.id === e.partyId)) return true;
  if (e.section === 'letter') return false;
  if (e.section === 'incident' && own.some((p) => p.role === 'complainant' || p.role === 'victim')) return true;
  return names(`${e.title}\n${e.text}`, own);
}

/** The text read as the requester, and how many third-party details it held. */
function redacted(r: SarRedaction, place: string, item: string, s: string): { text: string; count: number } {
  r.placeIs(place, item);
  return { text: r.text(s), count: r.findings(s).length };
}

/** The stored codes in an entry's title in words: the agency, the consent's recipient, a day. */
function wordsOf(e: Entry): string {
  let t = e.title.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => formatDate(d));
  if (e.section === 'referral') t = t.replace(/^Referral to ([a-z-]+)/, (_, code: string) => `Referral to ${labelOf(AGENCIES, code)}`);
  if (e.section === 'consent') t = t.replace(/^Consent to share with ([a-z-]+)/, (_, code: string) => `Consent to share with ${labelOf(CONSENT_RECIPIENTS, code).replace(/^(The|A|An) /, (w) => w.toLowerCase())}`);
  return t;
}

export function composeCase(db: ReadableDB, caseId: number, requesterIds: ReadonlySet<number>, today: string, scope: string): { items: ComposedItem[]; composed: ComposedCase } | null {
  const head = caseHead(db, caseId);
  if (!head) return null;
  const parties = listParties(db, caseId, today);
  const own = parties.filter((p) => requesterIds.has(p.id));
  const r = sarRedaction(parties, listConsents(db, caseId), requesterIds, today, decisionsOfCase(db, caseId), scope);
  const items: ComposedItem[] = [];
  for (const p of own) {
    r.placeIs(`your details on ${head.ref}`, `details:${p.id}`);
    const fields = detailsOf(p).map(([k, v]): [string, string] => [k, r.text(v)]);
    items.push({ key: `details:${p.id}`, caseRef: head.ref, section: 'Your details', title: `Your details on case ${head.ref}`, at: null, fields, text: '', redactions: 0 });
  }
  const summary = redacted(r, `the case summary of ${head.ref}`, `case:${caseId}`, head.summary);
  items.push({
    key: `case:${caseId}`,
    caseRef: head.ref,
    section: 'The case',
    title: `Case ${head.ref}: ${labelOf(CATEGORIES, head.category)}`,
    at: head.receivedAt,
    fields: [
      ['Reported', formatDateTime(head.receivedAt)],
      ['Status', head.closedAt ? `Closed on ${formatDate(head.closedAt)}` : head.status],
      ['Where', r.text([head.address, head.postcode].filter(Boolean).join(', ')) || 'Not recorded'],
    ],
    text: summary.text,
    redactions: summary.count,
  });
  for (const e of caseEntries(db, caseId)) {
    if (!aboutThem(e, own)) continue;
    r.placeIs(`${SECTION[e.section].toLowerCase()} of ${head.ref}`, e.key);
    const title = r.text(wordsOf(e));
    const body = redacted(r, `${SECTION[e.section].toLowerCase()} of ${head.ref}`, e.key, e.text);
    items.push({ key: e.key, caseRef: head.ref, section: SECTION[e.section], title, at: e.at, fields: [['Date', /T/.test(e.at) ? formatDateTime(e.at) : formatDate(e.at)]], text: body.text, redactions: body.count });
  }
  return { items, composed: { caseId, ref: head.ref, redaction: r } };
}

/** Who the requester's information was shared with: the disclosure log's rows about any of their records. */
export function sharedWith(db: ReadableDB, partner: string, partyIds: readonly number[], caseIds: readonly number[]): ComposedItem[] {
  // The requester's own cases, restricted or not: the rows are about them.
  // An export of the log is a copy made by staff, not a recipient the requester has a right to know of.
  const shared = listDisclosures(db, { partners: [partner], partyIds, from: null, to: null, granted: new Set(caseIds) }).filter((d) => d.kind !== 'export');
  return shared.map((d) => ({
    key: `disclosure:${d.id}`,
    caseRef: d.caseRef ?? '',
    section: 'Who your information was shared with',
    title: `${DISCLOSURE_KIND_WORDS[d.kind]}: ${d.what}`,
    at: d.at,
    fields: [
      ['When', formatDateTime(d.at)],
      ['To', d.recipient],
      ['Why (lawful basis)', d.lawfulBasis],
    ],
    text: '',
    redactions: 0,
  }));
}

export type { Reviewable };
