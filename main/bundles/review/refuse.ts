import { AppError } from '../../../shared/result';

/** The little of a prepared build this reads (typed here, not imported, so review/ and service.ts form no cycle). */
interface Reviewable {
  data: { redaction: { reviewed(): readonly { decision: unknown; place: string }[] } };
}

/** What a build says when passages wait for review: how many, and where to go. */
export function refuseUnreviewed(p: Reviewable): void {
  const open = p.data.redaction.reviewed().filter((r) => !r.decision);
  if (!open.length) return;
  const where = [...new Set(open.map((r) => r.place))].join(', ');
  throw new AppError(
    'guard',
    `${open.length === 1 ? 'One passage' : `${open.length} passages`} of the bundle's text identify someone withheld from the court, or give the phone or e-mail of someone it may name, and ${open.length === 1 ? 'has' : 'have'} not been reviewed (in ${where}). Open “Review what identifies people”, and accept, edit or reword each before building (P3.13–3.14).`,
  );
}

