import { type Block, type DocumentModel, runsText, signatureLines } from './model';

/**
 * A document model as text, piece by piece in reading order, each piece with where it sits ("the address
 * block", "paragraph 4"). The disclosure guard checks these pieces (so it sees what the letter will
 * actually say, not the template's fields), the content hash is taken over them, and the tests compare
 * them with the words read back out of the PDF and the DOCX.
 */
export interface TextPiece {
  place: string;
  text: string;
}

const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function blockPieces(blocks: readonly Block[], counter: { paragraph: number; list: number; table: number; heading: string | null }, inBox = false): TextPiece[] {
  const out: TextPiece[] = [];
  const under = () => (counter.heading ? ` (under “${counter.heading}”)` : '');
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        counter.heading = runsText(b.runs);
        out.push({ place: `the heading “${counter.heading}”`, text: counter.heading });
        break;
      case 'paragraph':
        counter.paragraph += 1;
        out.push({ place: `${inBox ? 'the boxed notice, ' : ''}${b.number ? `numbered paragraph ${b.number}` : `paragraph ${counter.paragraph}`}${under()}`, text: b.number ? `${b.number}. ${runsText(b.runs)}` : runsText(b.runs) });
        break;
      case 'list':
        counter.list += 1;
        b.items.forEach((item, i) => out.push({ place: `the ${ordinalWords[i] ?? `${i + 1}th`} item of a list${under()}`, text: `${b.ordered ? `${i + 1}.` : '•'} ${runsText(item)}` }));
        break;
      case 'table':
        counter.table += 1;
        if (b.header) out.push({ place: `the header of table ${counter.table}${under()}`, text: b.header.join('\n') });
        b.rows.forEach((row, i) => out.push({ place: `row ${i + 1} of table ${counter.table}${under()}`, text: row.map((c) => runsText(c)).join('\n') }));
        break;
      case 'signature':
        out.push({ place: 'the signature block', text: signatureLines(b).join('\n') });
        break;
      case 'box':
        out.push(...blockPieces(b.blocks, counter, true));
        break;
      case 'address':
        out.push({ place: `an address${under()}`, text: b.lines.join('\n') });
        break;
      case 'image':
        out.push({ place: `a picture${under()}`, text: b.alt });
        break;
      case 'page-break':
        break;
    }
  }
  return out;
}

export function modelPieces(model: DocumentModel): TextPiece[] {
  const pieces: TextPiece[] = [];
  if (model.letterhead) pieces.push({ place: 'the letterhead', text: [model.letterhead.name, ...model.letterhead.lines].join('\n') });
  if (model.corner.length) pieces.push({ place: 'the top-right corner', text: model.corner.join('\n') });
  if (model.addressee.length) pieces.push({ place: 'the address block', text: model.addressee.join('\n') });
  if (model.meta.length) pieces.push({ place: 'the date and reference lines', text: model.meta.map((m) => `${m.label}: ${m.value}`).join('\n') });
  pieces.push(...blockPieces(model.blocks, { paragraph: 0, list: 0, table: 0, heading: null }));
  if (model.footer) pieces.push({ place: 'the footer', text: model.footer });
  return pieces;
}

/** The whole text, one piece per line group: what the content hash covers. */
export function modelText(model: DocumentModel): string {
  return [model.title, ...modelPieces(model).map((p) => p.text)].join('\n');
}

/** Words only, for comparing with text read back from a PDF or DOCX (spacing and line breaks differ). */
export function wordsOf(text: string): string[] {
  return text
    .replace(/[•]/g, ' ')
    // A line may wrap after a hyphen or a slash in one format and not in the other.
    .replace(/([-–—/])\s+/g, '$1')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean);
}
