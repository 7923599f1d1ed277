import type { BundleContent } from './content';
import type { Flow, Run } from './layout';

/** The court heading every court document in a bundle opens with, and its numbered paragraphs (PD 32 para 19.1). */
export function courtHeading(f: Flow, c: BundleContent, title: string, subtitle?: string): void {
  const h = c.heading;
  const court = h.youthCourt ? `IN THE YOUTH COURT SITTING AT ${h.court.toUpperCase() || '…'}` : `IN THE COUNTY COURT AT ${h.court.toUpperCase() || '…'}`;
  f.paragraph(court, { bold: true, spaceAfter: 2 });
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

export function numbered(f: Flow, n: number, content: string | Run[], leading = 1.35): void {
  f.paragraph(content, { label: `${n}.`, indent: 28, leading, spaceAfter: 6 });
}
