import { WITNESS_STATEMENT_OF_TRUTH } from '../../../shared/court/texts';
import { readsRightToLeft } from '../../../shared/languages/direction';
import type { BundleContent, StatementBlock, StatementContent } from './content';
import { courtHeading, numbered } from './court-parts';
import { A4, type DrawnPage, Flow, type Margins, type Metrics, wrapRuns } from './layout';

/** PD 32 para 19.1: A4 with a 3.5 cm margin (99.2 pt). */
const STATEMENT: Margins = { top: 99.2, right: 99.2, bottom: 99.2, left: 99.2 };

const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
/** "First witness statement of Joanne Mensah" (issue 15): titled by the witness's name and number. */
export function statementHeading(s: Pick<StatementContent, 'number' | 'makerName'>): string {
  return `${ORDINAL_WORDS[s.number - 1] ?? `No. ${s.number}`} witness statement of ${s.makerName}`;
}

/**
 * A finalised witness statement (PD 32). In English: the statement. In another language (paras 18.1,
 * 20.1, 23.2): the original as the witness made it, then the English translation headed with its date
 * (17.2), then the translator's signed certificate, all in one tab. The statement of truth's heading is
 * kept on the page with its words, the signature and the date.
 */
export function renderStatement(m: Metrics, c: BundleContent, s: StatementContent | null = c.statement): DrawnPage[] {
  if (!s) return new Flow(m, STATEMENT).pages;
  if (!s.translation) return numberPages(m, c, s, statementPages(m, c, s, s.blocks, null));
  const original = statementPages(m, c, s, s.blocks, null, true);
  const translation = statementPages(m, c, s, s.translation.blocks, s.translation.translatedOn);
  return [...numberPages(m, c, s, original), ...numberPages(m, c, s, translation), ...certificatePages(m, c, s)];
}

function statementPages(m: Metrics, c: BundleContent, s: StatementContent, blocks: StatementBlock[], translatedOn: string | null, original = false): DrawnPage[] {
  const f = new Flow(m, STATEMENT);
  // PD 32 para 17.2: top right of the first page; a translation gives its date too.
  const block = ['Claimant', s.makerInitialsSurname, s.ordinal, s.exhibits.length ? `Exhibits: ${exhibitRange(s.exhibits)}` : 'Exhibits: none', s.date, ...(translatedOn ? [`Translation dated ${translatedOn}`] : [])];
  const right = A4.width - STATEMENT.right;
  block.forEach((line, i) => f.text(right - m.width(line, 'regular', 12), A4.height - 50 - i * 15, line, 'regular', 12));
  f.y = A4.height - 50 - block.length * 15 - 10;
  const title = statementHeading(s);
  courtHeading(f, c, translatedOn ? `English translation: ${title}` : title, original ? `Made in ${s.language}` : translatedOn ? `Translated from ${s.language}` : undefined);
  let n = 0;
  // Issue 15/19: an original in Arabic or Urdu is set right-aligned, paragraph by paragraph.
  const side = (text: string) => (original && readsRightToLeft(text) ? 'right' : 'left');
  for (const b of blocks) {
    if (b.kind === 'heading') f.heading(b.text, { size: 12, leading: 1.5, align: side(b.text) });
    else numbered(f, (n += 1), b.runs, 1.5, side(b.runs.map((r) => r.text).join('')));
  }
  if (s.howTaken) numbered(f, (n += 1), s.howTaken, 1.5);
  // PD 22 para 2.2 word for word from shared/court/texts.ts; in the original, the same words in the
  // witness's language as the translator gave them (PD 32 para 20.1).
  const truth = original && s.translation ? s.translation.truthInLanguage : WITNESS_STATEMENT_OF_TRUTH;
  const truthHeight = wrapRuns(m, [{ text: truth }], f.width, 12).length * 18 + 18 + 3 * 18 + 8;
  f.heading('Statement of truth', { size: 12, leading: 1.5, keepWithNext: truthHeight });
  f.paragraph(truth, { leading: 1.5, spaceAfter: 18, align: side(truth) });
  f.paragraph('Signed: ……………………………………………', { leading: 1.5, spaceAfter: 4, keepWithNext: 50 });
  f.paragraph(translatedOn ? `${s.makerName} (signed the original in ${s.language})` : s.makerName, { leading: 1.5, spaceAfter: 4 });
  f.paragraph(`Dated: ${s.date}`, { leading: 1.5 });
  return f.pages;
}

/** PD 32 para 19.1: pages numbered; each page carries the claim number and the witness's initials. */
function numberPages(m: Metrics, c: BundleContent, s: StatementContent, pages: DrawnPage[]): DrawnPage[] {
  pages.forEach((page, i) => {
    const head = `Claim No. ${c.heading.claimNumber || 'to be allocated'} – witness ${s.initials}`;
    if (i > 0) page.ops.push({ t: 'text', font: 'regular', size: 12, x: STATEMENT.left, y: A4.height - 60, text: head });
    const foot = `Page ${i + 1} of ${pages.length}`;
    page.ops.push({ t: 'text', font: 'regular', size: 12, x: (A4.width - m.width(foot, 'regular', 12)) / 2, y: 60, text: foot });
  });
  return pages;
}

/** PD 32 para 23.2: the translator's certificate, signed and dated. */
function certificatePages(m: Metrics, c: BundleContent, s: StatementContent): DrawnPage[] {
  const t = s.translation!;
  const f = new Flow(m, STATEMENT);
  courtHeading(f, c, 'Translator’s certificate', `${statementHeading(s)}, translated from ${s.language}`);
  f.paragraph(t.certificate, { leading: 1.5, spaceAfter: 24 });
  f.paragraph('Signed: ……………………………………………', { leading: 1.5, spaceAfter: 4, keepWithNext: 50 });
  f.paragraph(t.translatorName, { leading: 1.5, spaceAfter: 4 });
  f.paragraph(`Dated: ${t.translatedOn}`, { leading: 1.5 });
  return f.pages;
}

function exhibitRange(labels: string[]): string {
  return labels.length > 4 ? `${labels[0]} to ${labels[labels.length - 1]} (${labels.length})` : labels.join(', ');
}
