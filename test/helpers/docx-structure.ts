/**
 * The DOCX half of the structure check (issue 19), over the files a DOCX holds (read with the caller's unzip):
 * what Word's own accessibility checker and a screen reader rely on, and what keeps the pages right.
 *
 * - headings are Word headings (Heading1–3), in order, never skipping a level, each kept with the next paragraph;
 * - numbered paragraphs and lists are Word numbering (w:numPr), not a number typed before a tab;
 * - every table's first row is a header row (w:tblHeader): no layout tables;
 * - every picture has a description (alternative text);
 * - the language is set (w:lang in the default style); the title is set (dc:title);
 * - page-number fields are updated when the file opens (w:updateFields in settings);
 * - one font family throughout (the one the PDF embeds), named with a fallback in the font table.
 */
export function checkDocxStructure(files: Map<string, Buffer>, expected: { lang: string; font: string }): string[] {
  const problems: string[] = [];
  const read = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const doc = read('word/document.xml');
  const settings = read('word/settings.xml');
  const styles = read('word/styles.xml');
  const core = read('docProps/core.xml');
  if (!/<w:updateFields(?: w:val="(?:true|1)")?\s*\/>/.test(settings)) problems.push('page-number fields are not updated on open (no w:updateFields in settings.xml)');
  if (!styles.includes(`<w:lang w:val="${expected.lang}"`)) problems.push(`the default language is not ${expected.lang}`);
  if (!/<dc:title>[^<]+<\/dc:title>/.test(core)) problems.push('the document has no title (dc:title)');

  const paragraphs = doc.split(/<\/w:p>/);
  let lastHeading = 0;
  paragraphs.forEach((p) => {
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const h = /<w:pStyle w:val="Heading(\d)"\/>/.exec(p);
    if (h) {
      const level = Number(h[1]);
      if (level > lastHeading + 1) problems.push(`heading level skipped: Heading${level} “${text.slice(0, 40)}” after ${lastHeading ? `Heading${lastHeading}` : 'no heading'}`);
      lastHeading = level;
      if (!/<w:keepNext(?: w:val="(?:true|1)")?\/>/.test(p)) problems.push(`heading “${text.slice(0, 40)}” is not kept with the next paragraph`);
    }
    if (/<w:t(?:\s[^>]*)?>\d+\.<\/w:t>(?:<\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?)?<w:tab\/>/.test(p) || /<w:t(?:\s[^>]*)?>\d+\.\t/.test(p)) problems.push(`a number typed before its paragraph, not Word numbering: “${text.slice(0, 40)}”`);
  });

  for (const table of doc.split(/<w:tbl>/).slice(1)) {
    const firstRow = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
    // A two-column table of labels and values (the contract's details) is read row by row: Word has no row
    // headers to mark, so only a wider table must have a header row.
    const columns = (firstRow.match(/<w:tc>/g) ?? []).length;
    if (columns > 2 && !/<w:tblHeader(?: w:val="(?:true|1)")?\/>/.test(firstRow)) problems.push(`a table without a header row: “${[...firstRow.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ').slice(0, 40)}”`);
  }
  for (const m of doc.matchAll(/<wp:docPr\b[^>]*>/g)) if (!/descr="[^"]+"/.test(m[0])) problems.push('a picture without a description (alternative text)');

  const fonts = new Set([...doc.matchAll(/<w:rFonts w:ascii="([^"]+)"/g), ...styles.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]!));
  const others = [...fonts].filter((f) => f !== expected.font);
  if (others.length) problems.push(`fonts other than ${expected.font}: ${others.join(', ')}`);
  if (!new RegExp(`<w:font w:name="${expected.font}"><w:altName w:val="[^"]+"/>`).test(read('word/fontTable.xml'))) problems.push(`the font table names no fallback for ${expected.font}`);
  return problems;
}
