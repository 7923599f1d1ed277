import type { Block, DocumentModel, Run } from './model';

/**
 * A document model with its words revised piece by piece (the redaction review of a letter, issue 16):
 * `revise` gets each piece of text with its place, named as modelPieces names it ("paragraph 4 (under
 * “What has been reported”)"), and returns it as it should read. A piece that changes loses its bold
 * runs unless all of it was bold: a replacement has no formatting of its own to keep. The letterhead is
 * the partner's own and is left as it is.
 */
export type Revise = (text: string, place: string) => string;

const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function revisedRuns(runs: readonly Run[], place: string, revise: Revise): Run[] {
  const text = runs.map((r) => r.text).join('');
  const out = revise(text, place);
  if (out === text) return [...runs];
  return [runs.length > 0 && runs.every((r) => r.bold) ? { text: out, bold: true } : { text: out }];
}

const lines = (ls: readonly string[], place: string, revise: Revise) => (ls.length ? revise(ls.join('\n'), place).split('\n') : [...ls]);

interface Counter {
  paragraph: number;
  table: number;
  heading: string | null;
}

function reviseBlocks(blocks: readonly Block[], c: Counter, revise: Revise, inBox = false): Block[] {
  const under = () => (c.heading ? ` (under “${c.heading}”)` : '');
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'heading': {
        c.heading = b.runs.map((r) => r.text).join('');
        return { ...b, runs: revisedRuns(b.runs, `the heading “${c.heading}”`, revise) };
      }
      case 'paragraph':
        c.paragraph += 1;
        return { ...b, runs: revisedRuns(b.runs, `${inBox ? 'the boxed notice, ' : ''}${b.number ? `numbered paragraph ${b.number}` : `paragraph ${c.paragraph}`}${under()}`, revise) };
      case 'list':
        return { ...b, items: b.items.map((item, i) => revisedRuns(item, `the ${ordinalWords[i] ?? `${i + 1}th`} item of a list${under()}`, revise)) };
      case 'table': {
        c.table += 1;
        const n = c.table;
        return {
          ...b,
          header: b.header ? b.header.map((h) => revise(h, `the header of table ${n}${under()}`)) : null,
          rows: b.rows.map((row, i) => row.map((cell) => revisedRuns(cell, `row ${i + 1} of table ${n}${under()}`, revise))),
        };
      }
      case 'signature':
        return { ...b, lines: lines(b.lines, 'the signature block', revise) };
      case 'box':
        return { ...b, blocks: reviseBlocks(b.blocks, c, revise, true) as typeof b.blocks };
      case 'address':
        return { ...b, lines: lines(b.lines, 'the address block', revise) };
      case 'image':
        // The picture's words are read aloud by screen readers: they are reviewed like the text.
        return { ...b, alt: revise(b.alt, `the description of a picture${under()}`) };
      case 'page-break':
        return b;
    }
  });
}

export function reviseModel(model: DocumentModel, revise: Revise, options: { addressBlock?: boolean } = {}): DocumentModel {
  return {
    ...model,
    corner: lines(model.corner, 'the top-right corner', revise),
    addressee: options.addressBlock === false ? [...model.addressee] : lines(model.addressee, 'the address block', revise),
    meta: model.meta.map((m) => ({ ...m, value: revise(m.value, 'the date and reference lines') })),
    blocks: reviseBlocks(model.blocks, { paragraph: 0, table: 0, heading: null }, revise),
    footer: model.footer ? revise(model.footer, 'the footer') : model.footer,
  };
}
