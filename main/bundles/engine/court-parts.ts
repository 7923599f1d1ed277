import { countyCourtHeading } from '../../../shared/court/texts';
import { hearingCentreName } from '../../../shared/court/hearing-centres';
import type { BundleContent } from './content';
import { type Flow, type Margins, type Run, STAMP_STRIP } from './layout';

/** What every court document Hearth writes starts with: the heading, the parties and the title. */
export const STANDARD: Margins = { top: 56, right: 56, bottom: 56 + STAMP_STRIP / 2, left: 56 };

/** The court, named once: the hearing centre recorded, with any "County Court" around it taken off (issue 15). */
export function courtLine(c: BundleContent): string {
  const centre = hearingCentreName(c.heading.court);
  return c.heading.youthCourt ? `IN THE YOUTH COURT SITTING AT ${centre.toUpperCase() || '…'}` : countyCourtHeading(centre);
}

export function courtHeading(f: Flow, c: BundleContent, title: string, subtitle?: string): void {
  const h = c.heading;
  f.paragraph(courtLine(c), { bold: true, spaceAfter: 2 });
  f.paragraph(`Claim No. ${h.claimNumber || 'to be allocated on issue'}`, { align: 'right', spaceAfter: 8 });
  f.paragraph('BETWEEN:', { bold: true, spaceAfter: 4 });
  f.paragraph(h.claimant, { align: 'center', bold: true, spaceAfter: 0 });
  f.paragraph('Claimant', { align: 'right', spaceAfter: 4 });
  f.paragraph('– and –', { align: 'center', spaceAfter: 4 });
  f.paragraph(h.defendant, { align: 'center', bold: true, spaceAfter: 0 });
  f.paragraph('Defendant', { align: 'right', spaceAfter: 6 });
  f.rule();
  f.paragraph(title.toUpperCase(), { align: 'center', bold: true, size: 14, spaceAfter: subtitle ? 2 : 10 });
  if (subtitle) f.paragraph(subtitle, { align: 'center', spaceAfter: 10 });
  f.rule();
}

export function numbered(f: Flow, n: number, content: string | Run[], leading = 1.35, align: 'left' | 'right' = 'left'): void {
  f.paragraph(content, { label: `${n}.`, indent: 28, leading, spaceAfter: 6, align });
}

/** "1(a) and 1(c)", "1(a), 1(b) and 2(a)". */
export function andList(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
}
