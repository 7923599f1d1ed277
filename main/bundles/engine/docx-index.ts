import { zipEntries } from '../../documents/zip';
import { pageRange } from '../../../shared/domain/bundle-model';
import type { IndexRow } from '../../../shared/schemas/bundles';
import type { BundleContent } from './content';

/**
 * The index as a Word document (issue 7 §2), for the court or the other side to annotate: the same rows
 * and page numbers as the PDF's index. A4, 12 pt (B25), a header row that repeats on each page.
 *
 * Written directly as WordprocessingML: the `docx` package took most of a second to write a 300-row
 * table in a fresh worker, longer than the rest of the index's share of the build (npm run bench).
 */
const esc = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const WIDTHS = [900, 5400, 1500, 1500];

function para(text: string, opts: { bold?: boolean; center?: boolean; right?: boolean } = {}): string {
  const jc = opts.center ? '<w:jc w:val="center"/>' : opts.right ? '<w:jc w:val="right"/>' : '';
  const rpr = `<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>${opts.bold ? '<w:b/>' : ''}<w:sz w:val="24"/></w:rPr>`;
  return `<w:p><w:pPr><w:spacing w:after="120"/>${jc}</w:pPr><w:r>${rpr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

function row(cells: string[], bold: boolean, header = false): string {
  const tcs = cells
    .map((text, i) => `<w:tc><w:tcPr><w:tcW w:w="${WIDTHS[i]}" w:type="dxa"/></w:tcPr>${para(text, { bold, right: i === 3 })}</w:tc>`)
    .join('');
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${tcs}</w:tr>`;
}

export function indexDocumentXml(c: BundleContent, rows: IndexRow[], pageCount: number): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`;
  const table = [
    `<w:tbl><w:tblPr><w:tblW w:w="${WIDTHS.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`,
    `<w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    row(['Tab', 'Document', 'Date', 'Pages'], true, true),
    ...rows.map((r) => row([r.tab, r.title, r.date ?? '', pageRange(r.start, r.end)], r.level === 'section')),
    '</w:tbl>',
  ].join('');
  const body = [
    para(c.heading.youthCourt ? `In the youth court sitting at ${c.heading.court}` : `In the County Court at ${c.heading.court}`, { bold: true }),
    para(`Claim No. ${c.heading.claimNumber || 'to be allocated on issue'}`),
    para(`${c.heading.claimant} (Claimant) v ${c.heading.defendant} (Defendant)`),
    para(`INDEX – ${c.title} – Bundle ${c.letter}`, { bold: true, center: true }),
    para(`${pageCount} pages. The page numbers are those stamped at the bottom right of each page of the PDF bundle, which are also its PDF page numbers.`),
    table,
    para(''),
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

const PARTS = (documentXml: string, title: string): [string, string][] => [
  [
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  ],
  [
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  ],
  [
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title><dc:creator>Hearth</dc:creator></cp:coreProperties>`,
  ],
  [
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  ],
  [
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
  ],
  ['word/document.xml', documentXml],
];

/** A ZIP archive (deflated entries) of the given parts. */
export function docxIndex(c: BundleContent, rows: IndexRow[], pageCount: number): Uint8Array {
  const parts = PARTS(indexDocumentXml(c, rows, pageCount), `Index – ${c.shortName} – Bundle ${c.letter}`);
  // The same zip writer as the letters (main/documents/zip.ts): one implementation of the format.
  return new Uint8Array(zipEntries(new Map(parts.map(([name, xml]) => [name, Buffer.from(xml, 'utf8')]))));
}
