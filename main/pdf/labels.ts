import { dejavuFile, parsedFont, pdfkit } from './pdfkit';

/**
 * Address labels for a batch of letters (issue 17): names and addresses only, 21 to an A4 sheet in the
 * common 3 × 7 layout of 63.5 × 38.1 mm labels (L7160 and its equivalents), filled row by row, one label
 * per address in the order the letters are in. Long lines shrink to fit the label's width; an address of
 * more than six lines keeps its first five and its last (the postcode), which the Royal Mail needs most.
 */
const MM = 72 / 25.4;
export const LABEL_SHEET = { columns: 3, rows: 7, widthMm: 63.5, heightMm: 38.1, leftMm: 7.2, topMm: 15.15, pitchXMm: 66.04, pitchYMm: 38.1, paddingMm: 4 } as const;
export const LABELS_PER_SHEET = LABEL_SHEET.columns * LABEL_SHEET.rows;

const SIZE = 10;
const MAX_LINES = 6;

function fitLines(lines: readonly string[]): string[] {
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  return kept.length <= MAX_LINES ? kept : [...kept.slice(0, MAX_LINES - 1), kept.at(-1)!];
}

export async function writeLabels(labels: readonly (readonly string[])[], title: string): Promise<Buffer> {
  if (labels.length === 0) throw new Error('labels: no addresses');
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({
    size: 'A4',
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    autoFirstPage: false,
    font: null as unknown as string,
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    info: { Title: title, Creator: 'Hearth', Producer: 'Hearth (pdfkit)' },
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('R', parsedFont(dejavuFile('DejaVuSans')) as never);
  const s = LABEL_SHEET;
  const inner = (s.widthMm - 2 * s.paddingMm) * MM;
  labels.forEach((label, i) => {
    const slot = i % LABELS_PER_SHEET;
    if (slot === 0) doc.addPage({ size: 'A4', margins: { top: 0, right: 0, bottom: 0, left: 0 } });
    const x = (s.leftMm + (slot % s.columns) * s.pitchXMm + s.paddingMm) * MM;
    const y = (s.topMm + Math.floor(slot / s.columns) * s.pitchYMm + s.paddingMm) * MM;
    const lines = fitLines(label);
    let lineY = y;
    for (const line of lines) {
      doc.font('R').fontSize(SIZE);
      // One line each: shrink a long line to the label's width rather than wrap it into the next label.
      const width = doc.widthOfString(line);
      doc.fontSize(width > inner ? (SIZE * inner) / width : SIZE).fillColor('#000000');
      doc.text(line, x, lineY, { lineBreak: false });
      lineY += SIZE * 1.2;
    }
  });
  doc.end();
  return done;
}
