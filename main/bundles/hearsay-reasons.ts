import type { HearsayReasonKind, HearsayReasonOption } from '../../shared/schemas/bundles';
import { formatDate } from '../../shared/time/format';
import type { ChronologyItem, PartyView } from '../../shared/schemas/cases';
import type { Redaction } from './redaction';

/** What of the case data the reasons are read from (sources.ts builds it and asks for them). */
interface ReasonData {
  redaction: Redaction;
  chronology: readonly ChronologyItem[];
  parties: readonly PartyView[];
}

/**
 * The reasons a hearsay notice may give for not calling the makers of the statements (CPR 33.2(3);
 * issue 15), each offered only when the case record supports it, with words drawn from that record:
 * - no consent: someone is withheld from the court (no written consent, P3.14);
 * - fear of reprisals: only where a contact, interview or incident linked to a withheld person records
 *   that fear, and it says when it was recorded;
 * - cannot be found: only where the record says a witness could not be found or traced;
 * - a child: only where a withheld person's date of birth makes them under 18;
 * - other: always, with no words — the user writes them.
 * Nothing is assumed: the hearsay notice once said "They fear reprisals from the Defendant" with
 * nothing on the record behind it.
 */
const FEAR = /\b(reprisals?|retaliat\w*|revenge|afraid|scared|frightened|fears?|feared|fearful)\b/i;
const NOT_FOUND = /\b(could not|cannot|can't|unable to) (be )?(find|found|trace|traced|locate|located|contact|contacted)\b|\bno longer (lives|living|at)\b|\bwhereabouts (are )?unknown\b|\bmoved away\b/i;

const listWords = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function hearsayReasonOptions(data: ReasonData): HearsayReasonOption[] {
  const r = data.redaction;
  const withheld = r.people.filter((p) => !p.named);
  const out: HearsayReasonOption[] = [];
  if (withheld.length) {
    const labels = listWords(withheld.map((p) => p.label));
    const one = withheld.length === 1;
    out.push({
      kind: 'no-consent',
      label: `${capital(labels)} ${one ? 'has' : 'have'} not consented to being identified`,
      words: `${capital(labels)} ${one ? 'has' : 'have'} not consented in writing to ${one ? 'their identity' : 'their identities'} being disclosed to the court, so they cannot be called without identifying them (the Claimant’s Harassment Policy, paragraph 3.14).`,
    });
  }
  const recorded = (re: RegExp) =>
    data.chronology
      .filter((c) => !c.internal && c.partyId !== null && withheld.some((p) => p.partyId === c.partyId) && re.test(`${c.title} ${c.detail}`))
      .map((c) => ({ label: withheld.find((p) => p.partyId === c.partyId)!.label, on: formatDate(c.at) }));
  const fears = recorded(FEAR);
  if (fears.length) {
    const words = fears.map((f) => `${f.label} told the Claimant of their fear of reprisals (recorded on ${f.on})`);
    out.push({ kind: 'fear-of-reprisals', label: `Fear of reprisals (recorded on ${listWords([...new Set(fears.map((f) => f.on))])})`, words: `${capital(listWords(words))}, and will not give evidence in person for that reason.` });
  }
  const lost = recorded(NOT_FOUND);
  if (lost.length) {
    out.push({ kind: 'cannot-be-found', label: `A witness cannot be found (recorded on ${listWords([...new Set(lost.map((f) => f.on))])})`, words: `${capital(listWords(lost.map((f) => `${f.label} could not be found (recorded on ${f.on})`)))}, so cannot be called.` });
  }
  const children = withheld.flatMap((p) => {
    const age = data.parties.find((x) => x.id === p.partyId)?.age ?? null;
    return age !== null && age < 18 ? [{ label: p.label, age }] : [];
  });
  if (children.length) {
    out.push({ kind: 'child', label: `${capital(listWords(children.map((c) => c.label)))} ${children.length === 1 ? 'is a child' : 'are children'}`, words: `${capital(listWords(children.map((c) => `${c.label} is a child (aged ${c.age})`)))}, and the Claimant does not ask a child to give evidence in person.` });
  }
  out.push({ kind: 'other', label: 'Another reason (in your own words)', words: '' });
  return out;
}

/** A plan's chosen reason must be one the record supports now: null (the user's own words) always is. */
export function unsupportedReason(data: ReasonData, kind: HearsayReasonKind | null): string | null {
  if (kind === null || kind === 'other') return null;
  if (hearsayReasonOptions(data).some((o) => o.kind === kind)) return null;
  return `The hearsay notice gives a reason the case record does not support (“${kind.replace(/-/g, ' ')}”). Choose one of the reasons offered, or write your own under “Another reason”.`;
}
