import { readFileSync } from 'node:fs';
import { checkBundle, describe, imageResolutions, type ExpectedRows } from './check';

/**
 * Checks any bundle PDF against B2, B4, B5, B6, B7, B9 and B10 (and reports image resolutions, B11):
 *
 *   npx tsx test/bundle-checker/cli.ts BUNDLE.pdf [MANIFEST.json]
 *
 * MANIFEST.json is what `hearth bundle … --json` prints; with it the index is also compared with the
 * builder's own account of the sections, documents and page ranges. Exit code 0 when nothing is wrong.
 */
async function main(): Promise<number> {
  const [pdfPath, manifestPath] = process.argv.slice(2);
  if (!pdfPath) {
    process.stderr.write('Give the bundle PDF to check (and, optionally, the JSON from hearth bundle --json).\n');
    return 2;
  }
  let expected: ExpectedRows | undefined;
  if (manifestPath) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sections: { tab: string; start: number; end: number; documents: { tab: string; start: number; end: number }[] }[] };
    expected = { rows: m.sections.flatMap((s) => [{ tab: s.tab, start: s.start, end: s.end }, ...s.documents.map((d) => ({ tab: d.tab, start: d.start, end: d.end }))]) };
  }
  const bytes = readFileSync(pdfPath);
  const report = await checkBundle(bytes, expected);
  const images = await imageResolutions(bytes);
  const worst = images.reduce((n, i) => Math.max(n, i.dpi), 0);
  process.stdout.write(
    `${report.pages} pages; index on page${report.indexPages.length > 1 ? 's' : ''} ${report.indexPages.join(', ')}; ${report.rows.length} index rows; ${images.length} images, the finest at ${Math.round(worst)} dpi.\n`,
  );
  if (report.problems.length) {
    process.stdout.write(`${describe(report)}\n`);
    return 1;
  }
  process.stdout.write('No problems found (B2, B4, B5, B6, B7, B9, B10).\n');
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
