import { type Block, type DocumentModel, runsText, signatureLines } from './model';

/**
 * P8.3: a letter as plain text for Braille transcription or a screen reader. The same stored model the
 * PDF and the Word file were written from, so it says the same words; only the structure is spelt out:
 *  - headings marked with "#" (one per level), each on its own line with a blank line either side, as
 *    Braille translation software (and Markdown readers) take a heading;
 *  - lists as lists ("- " or "1. "), one item to a line;
 *  - no layout tables: each table row becomes a list item that names its columns ("Date: …; Time: …");
 *  - the boxed notice opens with "Important:" (a box has no meaning once its border is gone);
 *  - the letterhead, the address and the date lines come first, labelled, one per line;
 *  - no hard line wrapping (the transcriber's software sets the Braille line length), no page furniture.
 */
export function accessibleText(model: DocumentModel): string {
  const out: string[] = [];
  const para = (...lines: string[]) => {
    const kept = lines.filter((l) => l.trim().length > 0);
    if (kept.length) out.push(kept.join('\n'));
  };
  if (model.letterhead) para(`From: ${model.letterhead.name}`, ...model.letterhead.lines);
  if (model.addressee.length) para('To:', ...model.addressee);
  if (model.corner.length) para(...model.corner);
  if (model.meta.length) para(...model.meta.map((m) => `${m.label}: ${m.value}`));
  para(`# ${model.title}`);
  blocksText(model.blocks, para);
  if (model.footer) para(model.footer);
  return `${out.join('\n\n')}\n`;
}

function blocksText(blocks: readonly Block[], para: (...lines: string[]) => void): void {
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        para(`${'#'.repeat(b.level + 1)} ${runsText(b.runs)}`);
        break;
      case 'paragraph':
        para(b.number ? `${b.number}. ${runsText(b.runs)}` : runsText(b.runs));
        break;
      case 'list':
        para(...b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${runsText(item)}`));
        break;
      case 'table':
        para(...b.rows.map((row) => `- ${row.map((cell, i) => (b.header?.[i] ? `${b.header[i]}: ${runsText(cell)}` : runsText(cell))).join('; ')}`));
        break;
      case 'signature':
        para(...signatureLines(b));
        break;
      case 'box':
        para('Important:');
        blocksText(b.blocks, para);
        break;
      case 'address':
        para(...b.lines);
        break;
      case 'image':
        para(`[Picture: ${b.alt}]`);
        break;
      case 'page-break':
        break;
    }
  }
}
