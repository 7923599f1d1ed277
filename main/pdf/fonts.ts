import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PDFContext } from './lib';
import { EmbeddedFont } from './embedded-font';
import { readTtf, type TtfFont } from './ttf';

export type FontName = 'regular' | 'bold';

/** Widths for laying text out. */
export interface Metrics {
  width(text: string, font: FontName, size: number): number;
}

/**
 * DejaVu Sans (regular and bold) from the dejavu-fonts-ttf package: a Unicode font with every Latin,
 * Greek and Cyrillic letter a name may need, embedded in every bundle. Resolved at run time with
 * createRequire so esbuild leaves the files in node_modules (as main/evidence/pdf-check.ts does).
 */
let loaded: { regular: TtfFont; bold: TtfFont } | undefined;

export function loadFonts(): { regular: TtfFont; bold: TtfFont } {
  if (!loaded) {
    const req = createRequire(__filename);
    const file = (name: string) => readFileSync(req.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`));
    loaded = { regular: readTtf(file('DejaVuSans'), 'DejaVuSans'), bold: readTtf(file('DejaVuSans-Bold'), 'DejaVuSans-Bold') };
  }
  return loaded;
}

/** Widths for layout, without embedding anything (previews, page counts). */
export function fontMetrics(): Metrics {
  const fonts = loadFonts();
  const cache = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  return {
    width(text: string, font: FontName, size: number): number {
      const f = fonts[font];
      let units = cache[font].get(text);
      if (units === undefined) {
        units = 0;
        for (const ch of text) units += f.advance(f.glyphFor(ch.codePointAt(0)!));
        if (cache[font].size < 50_000) cache[font].set(text, units);
      }
      return (units * size) / f.unitsPerEm;
    },
  };
}

/** The two fonts as they are embedded in one output file. */
export interface PdfFonts {
  regular: EmbeddedFont;
  bold: EmbeddedFont;
  metrics: Metrics;
}

export function embedFonts(ctx: PDFContext): PdfFonts {
  const f = loadFonts();
  const regular = new EmbeddedFont(f.regular, ctx);
  const bold = new EmbeddedFont(f.bold, ctx);
  return { regular, bold, metrics: { width: (text, font, size) => (font === 'bold' ? bold : regular).width(text, size) } };
}
