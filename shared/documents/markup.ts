import type { Align, Block, BoxBlock, Run } from './model';

/**
 * The plain-text markup a template body renders to (templates/README.md), turned into model blocks.
 * Line by line, so a person editing a template in Notepad can see the structure:
 *
 *   # Heading / ## Subheading / ### Minor heading
 *   - bullet item            1. numbered item         + numbered paragraph (PD 32, numbered through)
 *   | cell | cell |          |---|---| under the first row makes it a header row
 *   ::: box / ::: center / ::: right   …   :::        a boxed notice, or centred or right-aligned lines
 *   [[signature]]  [[statement-of-truth]]  [[sign-here: Name]]  [[page-break]]  [[other-formats]]
 *   **bold**                 a blank line starts a new paragraph; other lines join the one above
 *
 * Values from a case are escaped (escapeMarkup) before they are put into the text, so a name or a
 * free-text slot can never become a heading, a list or a directive: "\x" always means a literal x.
 */

const LINE_START = /^(\s*)(#|- |-$|\+ |\+$|:::|\d+\. |\d+\.$)/;

/** Makes a value safe to put anywhere in markup text (Handlebars inserts it as it is: noEscape). */
export function escapeMarkup(value: string): string {
  const inline = value.replace(/\r\n?/g, '\n').replace(/[\\*|[\]]/g, (c) => `\\${c}`);
  return inline
    .split('\n')
    .map((line) => (LINE_START.test(line) ? line.replace(/^(\s*)/, '$1\\') : line))
    .join('\n');
}

/** Removes the escapes: "\x" → "x". */
export function unescapeMarkup(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Inline text with **bold** into runs; escaped asterisks stay literal. */
export function parseRuns(text: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += text[i + 1];
      i += 1;
    } else if (c === '*' && text[i + 1] === '*') {
      if (current) runs.push(bold ? { text: current, bold: true } : { text: current });
      current = '';
      bold = !bold;
      i += 1;
    } else current += c;
  }
  if (current) runs.push(bold ? { text: current, bold: true } : { text: current });
  return mergeRuns(runs);
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && Boolean(last.bold) === Boolean(r.bold)) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** Splits a table row on unescaped bars. */
function splitCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i += 1) {
    const c = inner[i]!;
    if (c === '\\' && i + 1 < inner.length) {
      current += c + inner[i + 1];
      i += 1;
    } else if (c === '|') {
      cells.push(current.trim());
      current = '';
    } else current += c;
  }
  cells.push(current.trim());
  return cells;
}

export class MarkupError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'MarkupError';
  }
}

/** What a directive ([[name: argument]]) turns into; supplied by the caller, who knows the case. */
export type Directives = Record<string, (argument: string) => Block[]>;

interface Container {
  kind: 'box' | 'center' | 'right';
  blocks: Block[];
  line: number;
}

/**
 * Parses rendered markup into blocks. Unknown directives and unclosed containers are errors with the
 * line of the rendered text, so a template that passes validation cannot produce a broken document.
 */
export function parseMarkup(text: string, directives: Directives = {}): Block[] {
  const root: Block[] = [];
  const stack: Container[] = [];
  let paragraph: string[] | null = null;
  let paragraphNumber: number | undefined;
  let list: { ordered: boolean; items: string[] } | null = null;
  let table: { rows: string[][]; header: boolean } | null = null;
  let numbered = 0;
  let blankBefore = false;

  const target = () => stack.at(-1)?.blocks ?? root;
  const align = (): Align | undefined => {
    const c = stack.at(-1)?.kind;
    return c === 'center' ? 'center' : c === 'right' ? 'right' : undefined;
  };
  const flushParagraph = () => {
    if (paragraph) {
      const runs = parseRuns(paragraph.join(' '));
      const a = align();
      target().push({ kind: 'paragraph', runs, ...(a ? { align: a } : {}), ...(paragraphNumber ? { number: paragraphNumber } : {}) });
    }
    paragraph = null;
    paragraphNumber = undefined;
  };
  const flushList = () => {
    if (list) target().push({ kind: 'list', ordered: list.ordered, items: list.items.map((i) => parseRuns(i)) });
    list = null;
  };
  const flushTable = () => {
    if (table) {
      const [first, ...rest] = table.rows;
      const header = table.header && first ? first.map((c) => unescapeMarkup(c)) : null;
      const rows = (table.header ? rest : table.rows).map((r) => r.map((c) => parseRuns(c)));
      target().push({ kind: 'table', header, rows, borders: true });
    }
    table = null;
  };
  const flushAll = () => {
    flushParagraph();
    flushList();
    flushTable();
  };

  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trimEnd();
    const trimmed = line.trim();

    if (trimmed === '') {
      flushParagraph();
      flushTable();
      blankBefore = true;
      return;
    }
    if (trimmed === ':::') {
      flushAll();
      const closed = stack.pop();
      if (!closed) throw new MarkupError('A ":::" closes nothing: there is no open "::: box", "::: center" or "::: right" above it.', lineNo);
      const parent = stack.at(-1)?.blocks ?? root;
      if (closed.kind === 'box') parent.push({ kind: 'box', blocks: closed.blocks.filter((b): b is BoxBlock['blocks'][number] => b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'list') });
      else parent.push(...closed.blocks);
      blankBefore = false;
      return;
    }
    const open = /^:::\s*(box|center|right)\s*$/.exec(trimmed);
    if (open) {
      flushAll();
      stack.push({ kind: open[1] as Container['kind'], blocks: [], line: lineNo });
      blankBefore = false;
      return;
    }
    if (trimmed.startsWith(':::')) throw new MarkupError(`"${trimmed}" is not a container: use "::: box", "::: center" or "::: right".`, lineNo);

    const directive = /^\[\[([a-z-]+)(?::\s*(.*))?\]\]$/.exec(trimmed);
    if (directive) {
      flushAll();
      const name = directive[1]!;
      const make = directives[name];
      if (!make) throw new MarkupError(`[[${name}]] is not a directive Hearth knows. Known: ${Object.keys(directives).map((d) => `[[${d}]]`).join(', ')}.`, lineNo);
      target().push(...make(unescapeMarkup(directive[2] ?? '').trim()));
      blankBefore = false;
      return;
    }

    const heading = /^(#{1,3})\s+(.*)$/.exec(trimmed);
    if (heading) {
      flushAll();
      const a = align();
      target().push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, runs: parseRuns(heading[2]!), ...(a ? { align: a } : {}) });
      blankBefore = false;
      return;
    }

    if (trimmed.startsWith('|')) {
      flushParagraph();
      flushList();
      if (/^\|[\s|:-]+\|?$/.test(trimmed) && trimmed.includes('-')) {
        if (table && table.rows.length === 1) table.header = true;
        return;
      }
      table ??= { rows: [], header: false };
      table.rows.push(splitCells(trimmed));
      blankBefore = false;
      return;
    }

    const bullet = /^[-]\s+(.*)$/.exec(trimmed);
    const ordered = /^\d+\.\s+(.*)$/.exec(trimmed);
    if (bullet || ordered) {
      flushParagraph();
      flushTable();
      const isOrdered = Boolean(ordered);
      if (!list || list.ordered !== isOrdered) {
        flushList();
        list = { ordered: isOrdered, items: [] };
      }
      list.items.push((bullet ?? ordered)![1]!);
      blankBefore = false;
      return;
    }

    const numberedPara = /^\+\s+(.*)$/.exec(trimmed);
    if (numberedPara) {
      flushAll();
      numbered += 1;
      paragraph = [numberedPara[1]!];
      paragraphNumber = numbered;
      blankBefore = false;
      return;
    }

    // Plain text: in a centred or right-aligned block every line stands alone (a heading block, an
    // address); otherwise a line continues the paragraph or list item above unless a blank line came first.
    flushTable();
    if (align()) {
      flushAll();
      paragraph = [trimmed];
      flushParagraph();
    } else if (list && !blankBefore) {
      list.items[list.items.length - 1] += ` ${trimmed}`;
    } else if (paragraph && !blankBefore) {
      paragraph.push(trimmed);
    } else {
      flushAll();
      paragraph = [trimmed];
    }
    blankBefore = false;
  });
  flushAll();
  const unclosed = stack.at(-1);
  if (unclosed) throw new MarkupError(`"::: ${unclosed.kind}" is never closed: add a line with ":::" after it.`, unclosed.line);
  return root;
}
