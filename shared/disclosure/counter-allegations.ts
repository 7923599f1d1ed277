import type { ProtectedPerson } from './identifiers';

/**
 * Counter-allegations (P4.7) and the disclosure guard: the rule, written down.
 *
 * Two cases are linked when the person complained about in one (A) complains in the other (B) about the
 * complainant of A. Each side is a complainant in one case and the alleged perpetrator in the other, and
 * each must stay protected from the other as any complainant is (P3.13–3.14). So:
 *
 *  1. Each case keeps its own guard. On A, A's complainant, victims and witnesses are protected from every
 *     reader but themselves and A's complainant, unless their written consent covers the reader; on B, the
 *     same for B's people.
 *  2. The people protected on the linked case are protected on this case too, and from every reader but
 *     themselves: here the complainant's usual freedom to read about their own case does not reach the
 *     other case's witnesses and victims, whom this case's complainant may be the alleged perpetrator of.
 *     Only their consent recorded on their own case lifts this.
 *  3. The two sides themselves are the exception to 2: someone who is also a party on this case (the same
 *     name) is this case's business in their role here. Naming the person you complained about to you is
 *     not a disclosure; what they told us as a complainant on the other case never enters this case's
 *     documents, because documents only draw on their own case's record.
 *  4. The link itself is internal. No document on either case may give the other case's reference: it
 *     would tell the reader that a counter-allegation exists and, by that, who made it.
 *
 * Bundles follow from 1–3: a bundle is built from one case's record.
 */

/** A piece of a document's text and where it sits (shared/documents/plain-text.ts makes them). */
interface TextPiece {
  place: string;
  text: string;
}

const normal = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Rule 2 and 3: the linked case's protected people, less anyone who is also a party on this case. */
export function linkedProtectedPeople(linked: readonly ProtectedPerson[], ownPartyNames: readonly string[]): ProtectedPerson[] {
  const own = new Set(ownPartyNames.map(normal).filter(Boolean));
  return linked.filter((p) => p.anonymous || !own.has(normal(p.name)));
}

/** Rule 4: where a document gives a linked case's reference, with a refusal that says how to fix it. */
export function linkedReferenceRefusal(pieces: readonly TextPiece[], linkedRefs: readonly string[]): string | null {
  for (const ref of linkedRefs) {
    const at = pieces.find((p) => p.text.toUpperCase().includes(ref.toUpperCase()));
    if (at) {
      return `This document gives the reference ${ref} in ${at.place}. That case is linked to this one as a counter-allegation (Policy 4.7), and the link is never shared with either side: the reference would tell the reader that a complaint was made about them, and by whom. Take the reference out of the wording.`;
    }
  }
  return null;
}
