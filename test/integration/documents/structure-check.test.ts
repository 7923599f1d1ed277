import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../main/documents/docx';
import { writePdf } from '../../../main/documents/pdf';
import { checkDocxStructure } from '../../helpers/docx-structure';
import { checkPdfStructure } from '../../helpers/pdf-structure';
import { unzip } from './read-back';
import { sampleLetterModel } from './sample-model';

/**
 * The document model's newer blocks (issue 19) come out tagged in both formats — a picture with its
 * alternative text, a run in another language, an address of separate lines, numbered paragraphs as a
 * list — and the structure check itself finds an untagged file's faults (so a green check means something).
 */

const RED_SQUARE = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4YWMDRwzEcQAREhQBbrqBkwAAAABJRU5ErkJggg==';

const model = sampleLetterModel({
  title: 'Structure sample — C33-2026-0001',
  letterhead: { name: 'Circle 33 Housing Trust', lines: ['Circle House', '1 Reading Road', 'London N7 8QX'] },
  addressee: ['Amira Haddad', 'Flat 4 Elm House', 'Elm Road', 'London N1 1AA'],
  blocks: [
    { kind: 'heading', level: 1, runs: [{ text: 'A sample letter' }] },
    { kind: 'image', alt: 'A red square: stop', data: RED_SQUARE, format: 'png', widthCm: 2, heightCm: 2 },
    { kind: 'paragraph', runs: [{ text: 'To jest ważny list.', lang: 'pl' }] },
    { kind: 'paragraph', runs: [{ text: 'Mixed: ' }, { text: 'Zadzwoń do nas.', lang: 'pl', bold: true }, { text: ' Thank you.' }] },
    { kind: 'address', lines: ['Elm Estate Office', '2 Elm Road', 'London N1 1AA'] },
    { kind: 'paragraph', number: 1, runs: [{ text: 'I, Amira Haddad, will say as follows.' }] },
    { kind: 'paragraph', number: 2, runs: [{ text: 'I live at Flat 4.' }] },
    { kind: 'signature', lines: ['Jo Baptiste', 'Case Officer', 'Circle 33 Housing Trust'], signHere: false },
  ],
});

describe('the structure check over the model’s blocks', () => {
  it('tags a picture with its alternative text, another language, an address and numbered paragraphs, in PDF and DOCX', async () => {
    const pdf = await writePdf([model]);
    expect(await checkPdfStructure(pdf)).toEqual([]);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/S /Figure');
    expect(raw).toMatch(/\/Alt \(A red square: stop\)/);
    expect(raw).toMatch(/\/Lang \(pl\)/);
    expect(raw).toContain('/S /Lbl');

    const docx = unzip(await writeDocx([model]));
    expect(checkDocxStructure(docx, { lang: 'en-GB', font: 'Noto Sans' })).toEqual([]);
    const xml = docx.get('word/document.xml')!.toString('utf8');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="A red square: stop"/);
    expect(xml).toContain('<w:lang w:val="pl"/>');
    expect((xml.match(/<w:numPr>/g) ?? []).length).toBe(2);
  });

  it('finds the faults of an untagged PDF', async () => {
    const bare = await PDFDocument.create();
    const page = bare.addPage();
    page.drawText('Amira Haddad', { x: 50, y: 700, font: await bare.embedFont(StandardFonts.Helvetica) });
    const problems = await checkPdfStructure(await bare.save());
    expect(problems).toEqual(
      expect.arrayContaining([
        'the document has no /Lang',
        'the document has no /Title',
        'DisplayDocTitle is not set (the window shows the file name)',
        'font Helvetica is not embedded',
        'the document has no structure tree (StructTreeRoot)',
      ]),
    );
  });
});
