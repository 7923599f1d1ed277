/**
 * A statement's words as its maker edits them: plain text, paragraphs separated by a blank line, a line
 * starting "## " a heading. The bundle numbers the paragraphs (PD 32 para 19.1); the maker never types
 * the numbers, so an edit that adds a paragraph cannot leave them out of step.
 */
export type BodyBlock = { kind: 'heading'; text: string } | { kind: 'para'; text: string };

export function blocksToBody(blocks: readonly BodyBlock[]): string {
  return blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text)).join('\n\n');
}

export function bodyToBlocks(body: string): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    // A heading line may sit straight above its first paragraph without a blank line between.
    while (lines[0]?.startsWith('## ')) out.push({ kind: 'heading', text: lines.shift()!.slice(3).trim() });
    if (lines.length) out.push({ kind: 'para', text: lines.join(' ') });
  }
  return out;
}

/** "First", "Second" … for a statement's number in its title ("First witness statement of …"). */
const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? `${n}th`;
}

/** "1st", "2nd" … for the PD 32 para 17.2 block at the top right. */
export function ordinalShort(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function statementTitle(number: number, makerName: string): string {
  return `${ordinalWord(number)} witness statement of ${makerName}`;
}
