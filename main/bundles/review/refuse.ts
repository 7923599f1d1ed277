import { AppError } from '../../../shared/result';
import type { Prepared } from '../service';

/** What a build says when passages wait for review: how many, and where to go. */
export function refuseUnreviewed(p: Prepared): void {
  const open = p.data.redaction.reviewed().filter((r) => !r.decision);
  if (!open.length) return;
  const where = [...new Set(open.map((r) => r.place))].join(', ');
  throw new AppError(
    'guard',
    `${open.length === 1 ? 'One passage' : `${open.length} passages`} of the bundle's text identify someone withheld from the court and ${open.length === 1 ? 'has' : 'have'} not been reviewed (in ${where}). Open “Review what identifies people”, and accept, edit or reword each before building (P3.13–3.14).`,
  );
}

