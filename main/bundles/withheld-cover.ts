import type { WithheldPerson } from './redaction';

/**
 * What the cover tells the judge about people withheld from the court (issue 16, build 5): who, which of
 * their details were left out and how they are shown instead, and how their evidence still reaches the
 * court: as hearsay in the officer's statement, with a hearsay notice (CPR 33.2; Civil Evidence Act 1995
 * s.2), because they cannot be called without identifying them. Plain words, no names.
 */
export interface WithheldCoverFacts {
  people: readonly WithheldPerson[];
  /** The officer's statement in this bundle, if planned. */
  officerStatement: { maker: string; date: string; tab: string } | null;
  /** The tab of the hearsay notice, if planned. */
  hearsayTab: string | null;
  /** Generated documents not copied because they identify someone withheld. */
  keptOut: number;
  /** Whether evidence files are copied in (as they are). */
  evidenceFiles: boolean;
}

const listWords = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function withheldOnCover(f: WithheldCoverFacts): string | null {
  const withheld = f.people.filter((p) => !p.named);
  const contacts = contactsLeftOut(f.people);
  if (!withheld.length) return contacts;
  const labels = withheld.map((p) => p.label);
  const one = withheld.length === 1;
  const out: string[] = [];
  out.push(`${capital(listWords(labels))} ${one ? 'has' : 'have'} not given written consent for the court to learn who they are (the Claimant’s Harassment Policy, paragraph 3.14).`);
  for (const p of withheld) {
    const details = p.withheldDetails.filter((d) => d !== 'name');
    out.push(
      `In the documents the Claimant has written, ${p.label}’s name is replaced by “${p.label}”${details.length ? `, and their ${listWords(details)} ${details.length === 1 ? 'is' : 'are'} left out and shown as “[… withheld]”` : ''}.`,
    );
  }
  if (f.officerStatement) {
    const notice = f.hearsayTab ? `, and a hearsay notice is at tab ${f.hearsayTab} (CPR 33.2)` : '';
    out.push(`What ${one ? 'they' : 'each of them'} told the Claimant is given as hearsay in the witness statement of ${f.officerStatement.maker} dated ${f.officerStatement.date} (tab ${f.officerStatement.tab})${notice}: they cannot be called without identifying them.`);
  }
  if (f.keptOut > 0) out.push(`${f.keptOut === 1 ? 'One document' : `${f.keptOut} documents`} that would identify them ${f.keptOut === 1 ? 'was' : 'were'} not copied into the bundle; the schedule of correspondence lists ${f.keptOut === 1 ? 'it' : 'them'}.`);
  if (f.evidenceFiles) out.push('Evidence files are copied as they were received.');
  out.push('The Claimant can give their details to the court if it directs.');
  if (contacts) out.push(contacts);
  return out.join(' ');
}

/** People the court may name still have their phone number and e-mail address left out: the Defendant is served the bundle. */
function contactsLeftOut(people: readonly WithheldPerson[]): string | null {
  const named = people.filter((p) => p.named && p.withheldDetails.length);
  if (!named.length) return null;
  const many = named.length > 1;
  const kinds = [...new Set(named.flatMap((p) => p.withheldDetails))].map((d) => (many ? `${d}s` : d));
  const verb = many || kinds.length > 1 ? 'are' : 'is';
  return `The ${listWords(kinds)} of ${listWords(named.map((p) => p.name || p.label))} ${verb} left out of the documents the Claimant has written, because the bundle is served on the Defendant.`;
}
