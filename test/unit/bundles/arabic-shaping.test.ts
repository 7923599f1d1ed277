import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream, type PDFRef, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { generatedPage } from '../../../main/bundles/engine/draw';
import { A4, type DrawnPage } from '../../../main/bundles/engine/layout';
import { embedFonts } from '../../../main/pdf/fonts';
import { scriptFontFile } from '../../../main/pdf/script-fonts';

/**
 * Arabic and Urdu in the court bundle are shaped (issue 19): the bundle engine draws with pdf-lib, which
 * does no shaping, so a statement's original came out as isolated letters. A page drawn by the engine is
 * read back two ways that share no code with it: pdftotext (the words in the order they are read) and the
 * font's own glyph-to-text map compared with fontkit's shaping of the same words (the joined forms).
 */
const ARABIC = 'سمعت دارين ويتكومب يركل بابي.';
const URDU = 'یہ میرا بیان ہے۔';

async function pageWith(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const fonts = embedFonts(ctx);
  const drawn: DrawnPage = { width: A4.width, height: A4.height, links: [], ops: lines.map((text, i) => ({ t: 'text' as const, font: 'regular' as const, size: 14, x: 100, y: 700 - i * 30, text })) };
  const pages = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const ref = generatedPage(ctx, drawn, fonts, pages, '', () => undefined);
  doc.catalog.Pages().pushLeafNode(ref);
  for (const f of [fonts.regular, fonts.bold, fonts.emoji, fonts.arabic]) f.write(ctx);
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}

function pdftotext(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-arabic-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), bytes);
    return execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Arabic font's glyph → text map, read from its ToUnicode CMap, and the embedded program. */
async function arabicGlyphs(bytes: Uint8Array): Promise<{ map: Map<number, string>; program: Uint8Array }> {
  const doc = await PDFDocument.load(bytes);
  for (const [, font] of doc.context.enumerateIndirectObjects()) {
    if (!(font instanceof PDFDict) || font.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    if (!font.lookup(PDFName.of('BaseFont'), PDFName).decodeText().endsWith('+NotoSansArabic-Regular')) continue;
    const descriptor = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict).lookup(PDFName.of('FontDescriptor'), PDFDict);
    const program = decodePDFRawStream(descriptor.lookup(PDFName.of('FontFile2')) as PDFRawStream).decode();
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(font.lookup(PDFName.of('ToUnicode')) as PDFRawStream).decode());
    const map = new Map<number, string>();
    for (const m of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/g)) {
      const units = m[2]!.match(/.{4}/g)!.map((h) => parseInt(h, 16));
      map.set(parseInt(m[1]!, 16), String.fromCharCode(...units));
    }
    return { map, program };
  }
  throw new Error('no Noto Sans Arabic font on the page');
}

interface Fk {
  getGlyph(id: number): { path: { commands: unknown[] } };
  glyphForCodePoint(cp: number): { id: number };
  layout(text: string, features: Record<string, boolean>): { glyphs: { id: number; codePoints: number[] }[] };
}
const fontkit = () => createRequire(createRequire(__filename).resolve('pdfkit'))('fontkit') as { openSync(file: string): Fk; create(bytes: Buffer): Fk };

describe('Arabic and Urdu in the bundle engine (issue 19)', () => {
  it('extract in logical order, line for line, and an English line quoting Arabic stays English', async () => {
    const MIXED = 'Call 0300 456 2233 and ask for Amira (أميرة) please.';
    const bytes = await pageWith([ARABIC, URDU, MIXED]);
    // pdftotext wraps right-to-left stretches in Unicode embedding marks (U+202A–U+202E): without them,
    // each right-to-left line reads as it was written.
    const lines = pdftotext(bytes).replace(/[\u202a-\u202e]/g, '').split('\n').map((l) => l.trim());
    expect(lines.slice(0, 2)).toEqual([ARABIC, URDU]);
    // pdftotext reorders a mostly-English line by its own reading; pdf.js reads the content as drawn, each
    // piece in its own direction: the English stays in order round the Arabic name.
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : ''));
    await doc.destroy();
    expect(items.join('')).toContain(MIXED);
  });

  it('use the joined forms fontkit shapes, each glyph mapped back to its letters', async () => {
    const { map: used, program } = await arabicGlyphs(await pageWith([ARABIC, URDU]));
    const font = fontkit().openSync(scriptFontFile('arabic', false));
    // The embedded subset draws each glyph used as the font does (Noto Sans Arabic has short loca
    // offsets, which the subsetter once wrote back wrongly, so every glyph drew as .notdef).
    const embedded = fontkit().create(Buffer.from(program));
    const outlines = fontkit().openSync(scriptFontFile('arabic', false));
    for (const id of used.keys()) expect(embedded.getGlyph(id).path.commands, `glyph ${id}`).toEqual(outlines.getGlyph(id).path.commands);
    let joined = 0;
    for (const word of [...ARABIC.split(' '), ...URDU.split(' ')]) {
      for (const g of font.layout(word.replace(/[.۔]$/, ''), { ccmp: false }).glyphs) {
        if (!g.codePoints.length) continue; // a glyph the shaping added, standing for no letter
        expect(used.get(g.id), `glyph ${g.id} in “${word}”`).toBe(String.fromCodePoint(...g.codePoints));
        // A letter in a joined form is a glyph other than the letter on its own.
        if (g.codePoints.length === 1 && font.glyphForCodePoint(g.codePoints[0]!).id !== g.id) joined += 1;
      }
    }
    expect(joined).toBeGreaterThan(15);
    // The unjoined (isolated) forms of letters that only ever join here are not used: س starts سمعت.
    expect(used.has(font.glyphForCodePoint(0x633).id)).toBe(false);
  });
});
