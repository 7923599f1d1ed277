import { createHash } from 'node:crypto';
import { assess, judge, type Finding, type Reader } from '../../shared/disclosure/context-rules';
import { homeOf } from '../../shared/disclosure/homes';
import { identifiersOf, type IdentifierKind, type ProtectedPerson, type WithheldIdentifiers } from '../../shared/disclosure/identifiers';
import { householdsOf, partyAsReader, protectedPeopleOf } from '../../shared/disclosure/record';
import { numberInWords } from '../../shared/disclosure/text';
import { consentCovers, type ConsentRecord, type GuardRecipient } from '../../shared/documents/disclosure';
import type { PartyRole } from '../../shared/domain/vocabulary';
import type { ConsentView, PartyView } from '../../shared/schemas/cases';
import { reviewedText, type Reviewable } from '../review/passages';
import type { StoredDecision } from '../review/store';

/**
 * Confidentiality in a court bundle (issue 7 §5, issue 16; P3.13–3.14): a complainant, victim or witness
 * is named in the parts Hearth writes only if their written consent covers the court. Everyone else is
 * given a label ("the Complainant", "Witness A") and every detail that identifies them *to the court and
 * the Defendant, who is served the bundle* is taken out of the text: their names and the parts people use,
 * their address and its flat or house number however written, phone, e-mail, registrations and marked
 * details. What identifies, and why, is the disclosure guard's (shared/disclosure/), so letters and
 * bundles agree; a postcode the Defendant shares is not taken out of the Defendant's own address.
 */
export const COURT: GuardRecipient = { partyId: null, role: null, category: 'court', description: 'the court', own: [] };

export interface WithheldPerson {
  partyId: number;
  role: PartyRole;
  label: string;
  named: boolean;
  /** The real name, kept for the legal team's screen; never written into a bundle when withheld. */
  name: string;
  /** What of theirs the record holds and the bundle leaves out, in words ("name", "flat number"); for a named person, only "phone number" and "e-mail address". */
  withheldDetails: string[];
}

export interface Redaction {
  applies: boolean;
  people: WithheldPerson[];
  /** Free text from the case record, with the withheld people's details replaced. */
  text(s: string): string;
  /** Every passage of `s` that identifies a withheld person to the court, with why (for a review screen). */
  findings(s: string): Finding[];
  /** How to refer to a party in the bundle: their name, or their label if withheld. */
  nameOf(partyId: number | null, fallback?: string): string;
  /** The words to search evidence files for (and to take out of source bookmarks). */
  terms: string[];
  /** Where the text given to `text` from now on goes in the bundle ("the chronology"), for the review. */
  placeIs(place: string): void;
  /** Every passage `text` has replaced so far, with its decision (the redaction review, issue 16 §3). */
  reviewed(): Reviewable[];
  /**
   * Each withheld person's identifiers that identify them to the court, with their label: what the
   * evidence check looks for in an exhibit's text (names, other spellings, flat numbers however written,
   * phone by its digits), matched as the guard matches generated text.
   */
  identifiers: WithheldIdentifiers[];
  /** Every text given to `text` so far, with its place: replayed by the review's cache (review/cache.ts). */
  calls(): readonly { place: string; text: string }[];
  /** The same redaction with other decisions (nothing given to `text` yet). */
  withDecisions(decisions: ReadonlyMap<string, StoredDecision>): Redaction;
  /**
   * What `findings` depends on (the parties, consents, day and respondent it was built from; not the
   * decisions), as a hash: two redactions with the same fingerprint find the same passages, so what was
   * found in an unchanged exhibit's words can be kept (review/exhibit-proposals.ts).
   */
  fingerprint: string;
}


const ROLE_LABEL: Partial<Record<PartyRole, [string, string]>> = {
  complainant: ['the Complainant', 'Complainant'],
  victim: ['the Victim', 'Victim'],
  witness: ['Witness', 'Witness'],
};

function labelFor(role: PartyRole, index: number, count: number): string {
  if (role === 'witness') return `Witness ${String.fromCharCode(65 + (index % 26))}`;
  const [one, many] = ROLE_LABEL[role] ?? ['the Person', 'Person'];
  return count === 1 ? one : `${many} ${index + 1}`;
}

const DETAIL_WORDS: Partial<Record<IdentifierKind, string>> = {
  name: 'name',
  address: 'address',
  unit: 'flat or house number',
  postcode: 'postcode',
  phone: 'phone number',
  email: 'e-mail address',
  vehicle: 'vehicle registration',
  relative: 'relatives’ names',
  detail: 'other identifying details',
};

/**
 * What of a person the court may name is still left out of the parts Hearth writes: their phone number and
 * e-mail address. Consent to be named to the court is not consent to give the Defendant, who is served the
 * bundle, a way to reach them (a complainant's "Call Amira on 07700 900123" copied from the intake note).
 */
function contactOnly(p: ProtectedPerson): ProtectedPerson {
  return { ...p, name: '', anonymous: true, otherNames: [], relatives: [], address: '', postcode: '', identifyingDetails: [] };
}

/** The court, as a reader: it serves the bundle on the Defendant, so the Defendant's home is the context. */
export function courtReader(parties: readonly PartyView[], respondent: PartyView | null): Reader {
  const own = respondent ? partyAsReader(respondent) : { own: [], home: null };
  return { description: 'the court (and so the Defendant)', ...own, households: householdsOf(parties) };
}

/** The search words for evidence files and bookmarks: each identifying detail in the forms people write. */
function termsOf(person: ProtectedPerson, reader: Reader): string[] {
  const home = homeOf(person.address, person.postcode);
  const out: string[] = [];
  for (const id of identifiersOf(person)) {
    if (id.kind === 'street' || id.kind === 'nearby' || !judge(id, home, reader, '').identifies) continue;
    if (id.kind === 'first-name' && id.value.length < 3) continue;
    out.push(id.value);
    if (id.kind === 'phone') out.push(id.value.replace(/\D/g, ''));
    if (id.kind === 'unit') {
      const [word, n] = id.value.split(' ') as [string, string];
      const spelled = numberInWords(n);
      out.push(`number ${n}`, `No. ${n}`, ...(spelled ? [`${word === 'No' ? 'number' : word} ${spelled}`] : []));
    }
  }
  return out;
}

/**
 * `decisions` are the redaction review's (main/review/): each passage is replaced as decided,
 * or by the suggestion until it is, and listed in `reviewed()` either way.
 */
export function buildRedaction(
  parties: readonly PartyView[],
  consents: readonly ConsentView[],
  today: string,
  respondent: PartyView | null = null,
  decisions: ReadonlyMap<string, StoredDecision> = new Map(),
): Redaction {
  const records: ConsentRecord[] = consents.map((c) => ({ partyId: c.partyId, recipient: c.recipient, recipientName: c.recipientName, writtenOn: c.writtenOn, withdrawnOn: c.withdrawnOn }));
  const protectedPeople = protectedPeopleOf(parties);
  const counts = new Map<PartyRole, number>();
  for (const p of protectedPeople) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
  const seen = new Map<PartyRole, number>();
  const reader = courtReader(parties, respondent);
  const people: WithheldPerson[] = protectedPeople.map((p) => {
    const i = seen.get(p.role) ?? 0;
    seen.set(p.role, i + 1);
    const named = records.some((c) => consentCovers(c, p.id, COURT, today));
    // Only what is withheld from this reader: a postcode the Defendant shares stays in their own address.
    const home = homeOf(p.address, p.postcode);
    const ids = identifiersOf(named ? contactOnly(p) : p).filter((id) => judge(id, home, reader, '').identifies);
    const kinds = new Set(ids.map((id) => (['surname', 'first-name', 'other-name', 'initials'].includes(id.kind) ? 'name' : id.kind)));
    const withheldDetails = Object.entries(DETAIL_WORDS)
      .filter(([k]) => kinds.has(k as IdentifierKind))
      .map(([, w]) => w);
    return { partyId: p.id, role: p.role, label: labelFor(p.role, i, counts.get(p.role) ?? 1), named, name: p.anonymous ? '' : p.name, withheldDetails };
  });

  const withheldFrom = people
    .filter((w) => !w.named)
    .map((w) => ({ person: protectedPeople.find((p) => p.id === w.partyId)!, label: w.label }));
  const contacts = people
    .filter((w) => w.named && w.withheldDetails.length)
    .map((w) => ({ person: contactOnly(protectedPeople.find((p) => p.id === w.partyId)!), label: w.name || w.label }));
  const subjects = [...withheldFrom, ...contacts];
  const terms = withheldFrom.flatMap((s) => termsOf(s.person, reader));
  // A street alone never identifies; "the flat above" needs the reader's home, which a file's text does not have.
  // Exhibits are checked for the people withheld from the court; a named person's phone in an exhibit is the user's to box.
  const identifiers = withheldFrom.map((s) => {
    const home = homeOf(s.person.address, s.person.postcode);
    return { label: s.label, ids: identifiersOf(s.person).filter((id) => id.kind !== 'street' && id.kind !== 'nearby' && judge(id, home, reader, '').identifies) };
  });

  const findings = (s: string): Finding[] => (subjects.length && s ? assess([{ place: 'text', text: s }], subjects, reader).findings : []);
  const collected = new Map<string, Reviewable>();
  const review = { decisions, place: 'the bundle', findings, collect: (item: Reviewable) => void (collected.has(item.key) || collected.set(item.key, item)) };
  const calls: { place: string; text: string }[] = [];
  const text = (s: string): string => {
    calls.push({ place: review.place, text: s });
    // Two people's findings can overlap ("the flat above" points to both): the longest is replaced once.
    // "the Complainant" opening a sentence reads "The Complainant".
    return reviewedText(s, review).replace(/(^|[.!?]\s+|\n)the (Complainant|Victim)\b/g, '$1The $2');
  };

  const byId = new Map(parties.map((p) => [p.id, p]));
  const nameOf = (partyId: number | null, fallback = 'a person') => {
    if (partyId === null) return fallback;
    const person = people.find((p) => p.partyId === partyId);
    if (person && !person.named) return person.label;
    const party = byId.get(partyId);
    return party && !party.anonymous && party.name ? party.name : (person?.label ?? fallback);
  };

  return {
    applies: people.some((p) => !p.named),
    people,
    text,
    findings,
    nameOf,
    terms: [...new Set(terms.filter((t) => t.trim().length >= 2))],
    identifiers,
    placeIs: (place) => void (review.place = place),
    reviewed: () => [...collected.values()],
    calls: () => calls,
    withDecisions: (d) => buildRedaction(parties, consents, today, respondent, d),
    fingerprint: createHash('sha256').update(JSON.stringify([parties, consents, today, respondent])).digest('hex'),
  };
}
