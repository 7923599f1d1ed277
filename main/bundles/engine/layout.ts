import type { FontName, Metrics } from '../../pdf/fonts';

/**
 * Page layout for the parts Hearth writes itself (cover, index, application, statement, chronology,
 * exhibit sheets, annex): a cursor that flows paragraphs and tables onto A4 pages and records what to
 * draw as plain data. The PDF writer turns the data into content streams; nothing here knows PDF.
 *
 * Every generated page keeps its bottom margin clear of the stamp box (B3), and body text is 12 pt or
 * more (B25).
 */
export type { FontName, Metrics };

/**
 * What a piece of text is, for the tagged PDF (issue 15): its structure role, and the block it belongs
 * to (the lines of one paragraph share a block; a table cell is a block in a row in a table).
 */
export interface Tag {
  role: 'H1' | 'H2' | 'P' | 'TH' | 'TD' | 'Lbl' | 'LBody';
  block: number;
  table?: number;
  row?: number;
  /** A numbered paragraph (issue 19): its list and its item, so the tree is L > LI > Lbl + LBody. */
  list?: number;
  item?: number;
}

export type Op =
  | { t: 'text'; font: FontName; size: number; x: number; y: number; text: string; gray?: number; tag?: Tag }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; gray?: number }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: number; stroke?: number; width?: number };

/** A clickable area and the item (an index row's key) it leads to. */
export interface LinkBox {
  x: number;
  y: number;
  w: number;
  h: number;
  target: string;
}

export interface DrawnPage {
  width: number;
  height: number;
  ops: Op[];
  links: LinkBox[];
}

export interface Run {
  text: string;
  bold?: boolean;
}

export const A4 = { width: 595.28, height: 841.89 };
/** The strip at the foot of every page kept for the stamp (B3). Generated pages keep their text above it. */
export const STAMP_STRIP = 30;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ParagraphOptions {
  size?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
  align?: 'left' | 'center' | 'right';
  indent?: number;
  /** A hanging label such as "12." set in the indent. */
  label?: string;
  /** Where the label starts, from the left margin (default 0). */
  labelIndent?: number;
  labelBold?: boolean;
  spaceBefore?: number;
  spaceAfter?: number;
  bold?: boolean;
  /** Keep this many points below the paragraph on the same page (a heading with its first line). */
  keepWithNext?: number;
  gray?: number;
}

export interface Column {
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableRow {
  cells: (string | Run[])[];
  bold?: boolean;
  shade?: number;
  link?: string;
}

export interface TableOptions {
  columns: Column[];
  /** The first column labels each row (tagged TH): a table of labels and values. */
  rowHeaders?: boolean;
  header?: TableRow;
  rows: TableRow[];
  size?: number;
  leading?: number;
  padding?: number;
  grid?: boolean;
}

interface Segment {
  text: string;
  bold: boolean;
  width: number;
}
type Line = Segment[];

const lineWidth = (line: Line) => line.reduce((w, s) => w + s.width, 0);

const wrapCache = new WeakMap<Metrics, Map<string, Line[]>>();

/** Greedy word wrap over styled runs; "\n" forces a break; a word wider than the line is split. Cached: exhibit sheets repeat the same headings hundreds of times. */
export function wrapRuns(metrics: Metrics, runs: Run[], width: number, size: number): Line[] {
  let cache = wrapCache.get(metrics);
  if (!cache) wrapCache.set(metrics, (cache = new Map()));
  const key = `${size}|${width}|${runs.map((r) => (r.bold ? 'b' : 'r') + r.text).join('\u0001')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lines = wrapUncached(metrics, runs, width, size);
  if (cache.size < 20_000) cache.set(key, lines);
  return lines;
}

function wrapUncached(metrics: Metrics, runs: Run[], width: number, size: number): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  let used = 0;
  let pendingSpace: Segment | null = null;
  const push = (seg: Segment) => {
    const lastSeg = line[line.length - 1];
    if (lastSeg && lastSeg.bold === seg.bold) {
      lastSeg.text += seg.text;
      lastSeg.width += seg.width;
    } else line.push({ ...seg });
    used += seg.width;
  };
  const breakLine = () => {
    lines.push(line);
    line = [];
    used = 0;
    pendingSpace = null;
  };
  for (const run of runs) {
    const bold = run.bold === true;
    const font: FontName = bold ? 'bold' : 'regular';
    const parts = run.text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').split(/(\n| +)/);
    for (const part of parts) {
      if (part === '') continue;
      if (part === '\n') {
        breakLine();
        continue;
      }
      if (part.startsWith(' ')) {
        if (line.length) pendingSpace = { text: ' ', bold, width: metrics.width(' ', font, size) };
        continue;
      }
      let word = part;
      let w = metrics.width(word, font, size);
      const spaceW: number = pendingSpace ? (pendingSpace as Segment).width : 0;
      if (line.length && used + spaceW + w > width) breakLine();
      else if (pendingSpace) push(pendingSpace);
      pendingSpace = null;
      while (w > width) {
        // A single word longer than the line (a hash, a URL): split it where it fills the line.
        const room = width - used;
        let cut = 0;
        let fill = 0;
        for (const ch of word) {
          const cw = metrics.width(ch, font, size);
          if (fill + cw > room && cut > 0) break;
          fill += cw;
          cut += ch.length;
        }
        const head = word.slice(0, cut);
        push({ text: head, bold, width: fill });
        breakLine();
        word = word.slice(cut);
        w = metrics.width(word, font, size);
      }
      push({ text: word, bold, width: w });
    }
  }
  if (line.length || lines.length === 0) lines.push(line);
  return lines;
}

const toRuns = (content: string | Run[], bold = false): Run[] => (typeof content === 'string' ? [{ text: content, bold }] : content.map((r) => ({ ...r, bold: r.bold || bold })));

export class Flow {
  readonly pages: DrawnPage[] = [];
  /** The top of the free space on the current page, in PDF units from the bottom. */
  y = 0;
  private page!: DrawnPage;
  /** The structure the text drawn now belongs to (null: each text() is a paragraph of its own). */
  private tagNow: Tag | null = null;
  private blocks = 0;
  /** The list that numbered paragraphs drawn one after another belong to. */
  private list: number | null = null;

  constructor(
    readonly metrics: Metrics,
    readonly margin: Margins,
    readonly size = A4,
  ) {
    this.newPage();
  }

  get left(): number {
    return this.margin.left;
  }
  get width(): number {
    return this.size.width - this.margin.left - this.margin.right;
  }
  get current(): DrawnPage {
    return this.page;
  }
  get bottom(): number {
    return this.margin.bottom;
  }

  newPage(): void {
    this.page = { width: this.size.width, height: this.size.height, ops: [], links: [] };
    this.pages.push(this.page);
    this.y = this.size.height - this.margin.top;
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.margin.bottom && this.y < this.size.height - this.margin.top) this.newPage();
  }

  space(h: number): void {
    this.y -= h;
  }

  draw(op: Op): void {
    this.page.ops.push(op);
  }

  link(box: LinkBox): void {
    this.page.links.push(box);
  }

  text(x: number, y: number, text: string, font: FontName, size: number, gray?: number): void {
    const tag = this.tagNow ?? { role: 'P', block: (this.blocks += 1) };
    if (text) this.page.ops.push({ t: 'text', font, size, x, y, text, ...(gray !== undefined ? { gray } : {}), tag });
  }

  /** Draws what `draw` draws as one block of the given role (a heading, a table cell…); returns its result. */
  tagged<T>(role: Tag['role'], draw: () => T, within: { table?: number; row?: number; list?: number; item?: number } = {}): T {
    const outer = this.tagNow;
    // Anything but a list's own parts ends the run of numbered paragraphs (the next starts a new list).
    if (role !== 'Lbl' && role !== 'LBody' && !outer) this.list = null;
    this.tagNow = { role, block: (this.blocks += 1), ...within };
    try {
      return draw();
    } finally {
      this.tagNow = outer;
    }
  }

  /** A number for a new table or row (for tagged()'s `within`). */
  newBlock(): number {
    return (this.blocks += 1);
  }

  /** Draws wrapped lines at x within width; returns the height used. Splits across pages as needed. */
  private drawLines(lines: Line[], x: number, width: number, size: number, lead: number, align: 'left' | 'center' | 'right', gray?: number): void {
    for (const line of lines) {
      this.ensure(lead);
      const baseline = this.y - size;
      const w = lineWidth(line);
      let cx = align === 'center' ? x + (width - w) / 2 : align === 'right' ? x + width - w : x;
      for (const seg of line) {
        this.text(cx, baseline, seg.text, seg.bold ? 'bold' : 'regular', size, gray);
        cx += seg.width;
      }
      this.y -= lead;
    }
  }

  paragraph(content: string | Run[], o: ParagraphOptions = {}): void {
    const size = o.size ?? 12;
    const lead = size * (o.leading ?? 1.35);
    const indent = o.indent ?? 0;
    const width = this.width - indent;
    const lines = wrapRuns(this.metrics, toRuns(content, o.bold), width, size);
    if (o.spaceBefore && this.y < this.size.height - this.margin.top) this.y -= o.spaceBefore;
    // Keep a short paragraph (or a heading and what follows) together.
    const need = lines.length * lead + (o.keepWithNext ?? 0);
    if (lines.length <= 4 || o.keepWithNext) this.ensure(Math.min(need, this.size.height - this.margin.top - this.margin.bottom));
    else this.ensure(lead * 2);
    // A title (bold, 14 pt and up) is a heading of the first level; other paragraphs are paragraphs.
    const role = this.tagNow?.role ?? (o.bold && size >= 14 ? 'H1' : 'P');
    if (o.label && !this.tagNow) {
      // A numbered paragraph: an item of the list the numbered paragraphs before it began, its number in
      // Lbl and its text in LBody, so a reader says "1", then the text (issue 19).
      const list = (this.list ??= this.newBlock());
      const within = { list, item: this.newBlock() };
      this.ensure(lead);
      this.tagged('Lbl', () => this.text(this.left + (o.labelIndent ?? 0), this.y - size, o.label!, o.labelBold ? 'bold' : 'regular', size, o.gray), within);
      this.tagged('LBody', () => this.drawLines(lines, this.left + indent, width, size, lead, o.align ?? 'left', o.gray), within);
      this.list = list;
      this.y -= o.spaceAfter ?? size * 0.5;
      return;
    }
    this.tagged(role, () => {
      if (o.label) {
        this.ensure(lead);
        this.text(this.left + (o.labelIndent ?? 0), this.y - size, o.label, o.labelBold ? 'bold' : 'regular', size, o.gray);
      }
      this.drawLines(lines, this.left + indent, width, size, lead, o.align ?? 'left', o.gray);
    });
    this.y -= o.spaceAfter ?? size * 0.5;
  }

  heading(text: string, o: ParagraphOptions = {}): void {
    this.tagged('H2', () => this.paragraph(text, { size: 13, bold: true, spaceBefore: 8, spaceAfter: 6, keepWithNext: 40, ...o }));
  }

  rule(gray = 0, width = 0.75): void {
    this.ensure(4);
    this.draw({ t: 'line', x1: this.left, y1: this.y, x2: this.left + this.width, y2: this.y, width, gray });
    this.y -= 6;
  }

  /** A table whose rows may run on over pages; the header repeats on each page. */
  table(o: TableOptions): void {
    const size = o.size ?? 12;
    const lead = size * (o.leading ?? 1.25);
    const pad = o.padding ?? 4;
    const widths = o.columns.map((c) => c.width);
    const layoutRow = (row: TableRow) => row.cells.map((cell, i) => wrapRuns(this.metrics, toRuns(cell, row.bold), (widths[i] ?? 0) - pad * 2, size));
    const header = o.header ? { row: o.header, lines: layoutRow(o.header) } : null;
    const table = this.newBlock();
    const drawRow = (row: TableRow, cells: Line[][], from: number, to: number, isHeader = false) => {
      const count = to - from;
      const h = count * lead + pad * 2;
      const top = this.y;
      if (row.shade !== undefined) this.draw({ t: 'rect', x: this.left, y: top - h, w: sum(widths), h, fill: row.shade });
      let x = this.left;
      const within = { table, row: this.newBlock() };
      cells.forEach((lines, i) => {
        const col = o.columns[i]!;
        const part = lines.slice(from, to);
        // A table of labels and values (an exhibit sheet) heads each row with its first cell.
        const role = isHeader || (o.rowHeaders && i === 0) ? 'TH' : 'TD';
        this.tagged(role, () => part.forEach((line, k) => {
          const w = lineWidth(line);
          let cx = col.align === 'right' ? x + col.width - pad - w : col.align === 'center' ? x + (col.width - w) / 2 : x + pad;
          for (const seg of line) {
            this.text(cx, top - pad - k * lead - size, seg.text, seg.bold ? 'bold' : 'regular', size);
            cx += seg.width;
          }
        }), within);
        x += col.width;
      });
      if (o.grid !== false) this.draw({ t: 'line', x1: this.left, y1: top - h, x2: this.left + sum(widths), y2: top - h, width: 0.5, gray: 0.6 });
      if (row.link) this.link({ x: this.left, y: top - h, w: sum(widths), h, target: row.link });
      this.y -= h;
    };
    const drawHeader = () => {
      if (!header) return;
      const n = Math.max(...header.lines.map((l) => l.length));
      drawRow({ ...header.row, shade: header.row.shade ?? 0.9 }, header.lines, 0, n, true);
    };
    const headerHeight = header ? Math.max(...header.lines.map((l) => l.length)) * lead + pad * 2 : 0;
    this.ensure(headerHeight + lead + pad * 2);
    drawHeader();
    for (const row of o.rows) {
      const cells = layoutRow(row);
      const n = Math.max(1, ...cells.map((l) => l.length));
      let from = 0;
      while (from < n) {
        const room = Math.floor((this.y - this.margin.bottom - pad * 2) / lead);
        const fitsWhole = n - from <= room;
        if (room < 1 || (!fitsWhole && from === 0 && n <= 6)) {
          this.newPage();
          drawHeader();
          continue;
        }
        const to = fitsWhole ? n : from + room;
        drawRow(row, cells, from, to);
        from = to;
        if (from < n) {
          this.newPage();
          drawHeader();
        }
      }
    }
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
