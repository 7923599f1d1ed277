import { deflate } from '../../pdf/deflate';
import { embedFonts, fontMetrics, type PdfFonts } from '../../pdf/fonts';
import { PDFContext } from '../../pdf/lib';
import { contentFor, extraFontsOf, type PreparedBody } from './draw';
import { drawnFor, layoutAll } from './laid';
import type { DrawnPage } from './layout';
import type { BuildJob } from './protocol';

/**
 * Generated pages' content, encoded and compressed ahead of the build while the builder screen shows the
 * preview (the worker that measured is the one that builds). The glyphs it used are added to every
 * output's fonts, so a page made in advance shows the same as one made during the build.
 */
const prepared = new WeakMap<DrawnPage, PreparedBody>();
let scratch: PdfFonts | null = null;
let preparing = 0;

export function preparedBody(page: DrawnPage): PreparedBody | undefined {
  return prepared.get(page);
}

export function mergePreparedGlyphs(fonts: PdfFonts): void {
  if (!scratch) return;
  fonts.regular.merge(scratch.regular.usedEntries());
  fonts.bold.merge(scratch.bold.usedEntries());
  fonts.emoji.merge(scratch.emoji.usedEntries());
  fonts.arabic.merge(scratch.arabic.usedEntries());
}

/** Stops any preparation in progress (a build has started and will make the rest itself). */
export function stopPreparing(): void {
  preparing += 1;
}

export async function prepareInBackground(job: BuildJob): Promise<void> {
  const run = (preparing += 1);
  scratch ??= embedFonts(PDFContext.create());
  const laid = layoutAll(job, fontMetrics());
  let n = 0;
  for (const item of job.sections.flatMap((s) => s.items)) {
    for (const page of drawnFor(laid, item.key)) {
      if (run !== preparing) return;
      if (!prepared.has(page)) {
        const text = contentFor(page.ops, scratch);
        prepared.set(page, { bytes: deflate(Buffer.from(text, 'latin1')), extra: extraFontsOf(text) });
      }
      if ((n += 1) % 8 === 0) await new Promise((r) => setImmediate(r));
    }
  }
}

