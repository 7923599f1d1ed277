import { describe, expect, it } from 'vitest';
import { writePdf } from '../../../main/documents/pdf';
import type { DocumentModel } from '../../../shared/documents/model';
import { checkPdfStructure } from '../../helpers/pdf-structure';
import { pdfText as pdftotextOf } from '../../helpers/pdf-text';

/**
 * Issue 19: the letterhead, headings, addresses and signature lines are set in the same fonts as body text
 * (main/pdf/script-fonts.ts), not in the text font alone: a partner name in Arabic with an emoji, an Arabic
 * heading and a Tamil name in the address print, each in an embedded font that has it.
 */
const model: DocumentModel = {
  title: 'Fonts sample — C33-2026-0001',
  lang: 'en-GB',
  author: 'Circle 33 Housing Trust',
  subject: 'A sample',
  layout: 'letter',
  variant: { largePrint: false, easyRead: false },
  fontSize: 12,
  lineSpacing: 1.3,
  marginsCm: { top: 2, right: 2.2, bottom: 2.2, left: 2.5 },
  letterhead: { name: 'Circle 33 دار السلام 🏠', lines: ['Circle House ☎', '1 Reading Road', 'London N7 8QX'] },
  addressee: ['கமலா Raman', 'Flat 4 Elm House', 'London N1 1AA'],
  meta: [{ label: 'Date', value: '4 December 2026' }],
  corner: [],
  footer: 'Circle 33 Housing Trust · C33-2026-0001',
  blocks: [
    { kind: 'heading', level: 1, runs: [{ text: 'رسالة مهمة: your report 📋' }] },
    { kind: 'paragraph', runs: [{ text: 'Thank you for your report.' }] },
    { kind: 'signature', lines: ['Jo Baptiste 🙂', 'Case Officer', 'Circle 33 Housing Trust'], signHere: false },
  ],
};

const pdftotext = (pdf: Buffer) => pdftotextOf(pdf, 1, 1).replace(/[\u202a-\u202e]/g, '');
const fontNames = (pdf: Buffer) => new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([A-Za-z0-9-]+)/g)].map((m) => m[1]!));

describe('the letterhead and heading lines in the script fonts (issue 19)', () => {
  it('embeds Noto Sans Arabic and Noto Emoji for the partner name and heading, Noto Sans Tamil for a name in the address', async () => {
    const pdf = await writePdf([model]);
    const fonts = fontNames(pdf);
    expect(fonts).toContain('NotoSansArabic-Bold');
    expect(fonts).toContain('NotoEmoji-Regular');
    expect(fonts).toContain('NotoSansTamil-Regular');
    // Every word is there to read back (pdftotext), nothing dropped: the emoji and the telephone sign too.
    const text = pdftotext(pdf);
    for (const word of ['Circle 33', 'دار', 'السلام', '🏠', '☎', 'رسالة', 'مهمة', 'your report', '📋', 'கமலா', 'Jo Baptiste', '🙂']) expect(text, word).toContain(word);
    // Still tagged right: the letterhead's and the address's lines each their own element, fonts embedded.
    expect(await checkPdfStructure(pdf)).toEqual([]);
  });
});
