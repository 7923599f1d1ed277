import { CERTIFICATE_STATEMENT_OF_TRUTH } from '../../../shared/court/texts';
import type { BundleContent, CertificateContent } from './content';
import { courtHeading, numbered, STANDARD } from './court-parts';
import { type DrawnPage, Flow, type Metrics, wrapRuns } from './layout';

/**
 * Two short court papers the legal user writes and finalises before the build (issue 15): the case
 * summary for the judge (PD 32 para 27.5), first in the bundle, and a certificate of service in the form
 * of N215 (CPR 6.17(2), 6.29), next to the document it certifies. Their words are the user's, already
 * redacted for the court; the statement of truth comes from shared/court/texts.ts.
 */
export function renderCaseSummary(m: Metrics, c: BundleContent): DrawnPage[] {
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, 'Case summary', 'For the judge: the parties, the orders sought and the key dates');
  const s = c.caseSummary;
  if (!s) return f.pages;
  let n = 0;
  for (const b of s.blocks) {
    if (b.kind === 'heading') f.heading(b.text);
    else numbered(f, (n += 1), b.runs);
  }
  f.space(10);
  f.paragraph(`Prepared by ${s.preparedBy}, for the Claimant`, { spaceAfter: 4, keepWithNext: 20 });
  f.paragraph(`Dated: ${s.date}`);
  return f.pages;
}

export function renderCertificate(m: Metrics, c: BundleContent, k: CertificateContent | null): DrawnPage[] {
  const f = new Flow(m, STANDARD);
  courtHeading(f, c, 'Certificate of service', 'CPR 6.17(2) and 6.29 (in the form of N215)');
  if (!k) return f.pages;
  const w = f.width;
  const when = `${k.stepOn}${k.stepAt ? ` at ${k.stepAt}` : ''}`;
  f.table({
    columns: [{ width: 170 }, { width: w - 170 }],
    rows: [
      { cells: [[{ text: 'What was served', bold: true }], k.document] },
      { cells: [[{ text: 'The person served', bold: true }], k.servedOn.charAt(0).toUpperCase() + k.servedOn.slice(1)] },
      { cells: [[{ text: 'How it was served', bold: true }], k.method] },
      { cells: [[{ text: k.placeLabel, bold: true }], k.place] },
      { cells: [[{ text: `When it was ${k.stepWords}`, bold: true }], when] },
      { cells: [[{ text: 'Deemed served on', bold: true }], [{ text: k.deemedOn, bold: true }, { text: `. ${k.deemedWhy}` }]] },
    ],
  });
  f.space(10);
  numbered(f, 1, `I certify that I served the document described above on ${k.servedOn} by the method, at the place and on the date shown, and that it is deemed served on ${k.deemedOn}.`);
  const truthHeight = wrapRuns(m, [{ text: CERTIFICATE_STATEMENT_OF_TRUTH }], f.width, 12).length * 16 + 90;
  f.heading('Statement of truth', { keepWithNext: truthHeight });
  f.paragraph(CERTIFICATE_STATEMENT_OF_TRUTH, { spaceAfter: 16 });
  f.paragraph('Signed: ……………………………………………', { spaceAfter: 4, keepWithNext: 50 });
  f.paragraph(`Name: ${k.servedBy}`, { spaceAfter: 4 });
  if (k.position) f.paragraph(`Position or office held: ${k.position}`, { spaceAfter: 4 });
  f.paragraph(`Dated: ${k.signedOn}`);
  return f.pages;
}
