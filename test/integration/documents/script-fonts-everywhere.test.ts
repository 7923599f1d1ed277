import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../main/documents/docx';
import { writePdf } from '../../../main/documents/pdf';
import { checkDocxStructure } from '../../helpers/docx-structure';
import { checkPdfStructure } from '../../helpers/pdf-structure';
import { unzip } from './read-back';
import { sampleLetterModel } from './sample-model';
import { pdfText as pdftotextOf } from '../../helpers/pdf-text';

/**
 * Issue 19: the letterhead, headings, addresses and signature lines are set in the same fonts as body text
 * (main/pdf/script-fonts.ts), not in the text font alone: a partner name in Arabic with an emoji, an Arabic
 * heading and a Tamil name in the address print, each in an embedded font that has it.
 */
const model = sampleLetterModel({
  title: 'Fonts sample — C33-2026-0001',
  letterhead: { name: 'Circle 33 دار السلام 🏠', lines: ['Circle House ☎', '1 Reading Road', 'London N7 8QX'] },
  addressee: ['கமலா Raman', 'Flat 4 Elm House', 'London N1 1AA'],
  blocks: [
    { kind: 'heading', level: 1, runs: [{ text: 'رسالة مهمة: your report 📋' }] },
    { kind: 'paragraph', runs: [{ text: 'Thank you for your report.' }] },
    { kind: 'signature', lines: ['Jo Baptiste 🙂', 'Case Officer', 'Circle 33 Housing Trust'], signHere: false },
  ],
});

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

describe('the DOCX embeds the script fonts it uses (issue 19)', () => {
  it('carries Noto Sans Arabic and Noto Sans Tamil as font parts, named in fontTable.xml, and each run names its script font', async () => {
    const docx = unzip(await writeDocx([model]));
    // The docx library obfuscates embedded fonts as the standard says (word/fonts/*.odttf), one part per face.
    const parts = [...docx.keys()].filter((k) => /^word\/fonts\/.+\.odttf$/.test(k));
    expect(parts).toHaveLength(4); // Arabic and Tamil, regular and bold
    const table = docx.get('word/fontTable.xml')!.toString('utf8');
    for (const family of ['Noto Sans Arabic', 'Noto Sans Tamil']) {
      const entry = new RegExp(`<w:font w:name="${family}">(.*?)</w:font>`).exec(table)?.[1] ?? '';
      expect(entry, family).toMatch(/<w:embedRegular [^>]*r:id="rId\d+"/);
      expect(entry, family).toMatch(/<w:embedBold [^>]*r:id="rId\d+"/);
    }
    // The relationships of the font table point at the parts.
    const rels = docx.get('word/_rels/fontTable.xml.rels')!.toString('utf8');
    for (const part of parts) expect(rels).toContain(part.replace(/^word\//, ''));
    // Noto Sans stays the family, with Arial named as its fallback.
    expect(table).toMatch(/<w:font w:name="Noto Sans"><w:altName w:val="Arial"\/>/);
    // The Arabic heading's run asks for Noto Sans Arabic for its Arabic letters; an English run does not.
    const xml = docx.get('word/document.xml')!.toString('utf8');
    expect(xml).toMatch(/<w:rFonts w:ascii="Noto Sans" w:cs="Noto Sans Arabic" w:eastAsia="Noto Sans" w:hAnsi="Noto Sans"\/>[^]*?رسالة مهمة/);
    expect(xml).toMatch(/<w:rFonts w:ascii="Noto Sans" w:cs="Noto Sans" w:eastAsia="Noto Sans" w:hAnsi="Noto Sans"\/>[^]*?Thank you for your report/);
    expect(checkDocxStructure(docx, { lang: 'en-GB', font: 'Noto Sans' })).toEqual([]);
  });

  it('embeds no font for a letter in English, and names Chinese without embedding its 10 MB font', async () => {
    const english = unzip(await writeDocx([{ ...model, letterhead: { name: 'Circle 33 Housing Trust', lines: [] }, addressee: ['Amira Haddad'], blocks: [{ kind: 'paragraph', runs: [{ text: 'Thank you.' }] }] }]));
    expect([...english.keys()].filter((k) => k.startsWith('word/fonts/'))).toEqual([]);
    const chinese = unzip(await writeDocx([{ ...model, letterhead: null, addressee: ['Li Wei'], blocks: [{ kind: 'paragraph', runs: [{ text: '这封信很重要。' }] }] }]));
    expect([...chinese.keys()].filter((k) => k.startsWith('word/fonts/'))).toEqual([]);
    expect(chinese.get('word/document.xml')!.toString('utf8')).toMatch(/w:eastAsia="Noto Sans SC"/);
  });
});
