import type { IndexCapacity, IndexRow, ItemMeasure } from '../schemas/bundles';
import { sectionLetter, type SectionKind } from '../domain/bundle-model';

/**
 * Pagination in two passes (reference/bundles.md §6.2): the index's own length depends on how many
 * rows it has and how many lines each row's title wraps to, never on the page numbers (they sit in a
 * fixed-width column), so the index is laid out first, its pages counted, and then every document's
 * start page follows. Page 1 is the cover, then the index (B2: numbering starts at 1 on the first page,
 * even the index's own pages, so printed numbers equal PDF page numbers).
 *
 * Pure and deterministic: the builder screen re-paginates with it as items are dragged, and the build
 * in the worker uses the same function, so the preview shows the numbers the bundle will carry.
 */
export interface PaginationSection {
  kind: SectionKind;
  title: string;
  items: { key: string; title: string; date: string | null }[];
}

export interface PaginationInput {
  coverPages: number;
  capacity: IndexCapacity;
  sections: PaginationSection[];
  measures: Record<string, ItemMeasure>;
  /** For late additions appended to a bundle: the first page number of the new part (default: after the index). */
  startAt?: number;
  /** Tabs continue from an existing bundle's sections (late additions): the first section's position. */
  firstSectionPosition?: number;
}

export interface Pagination {
  rows: IndexRow[];
  indexPages: number;
  totalPages: number;
}

/** Which index page each row lands on: rows are never split, section rows take capacity.sectionLines. */
export function placeIndexRows(lines: number[], capacity: IndexCapacity): { page: number[]; pages: number } {
  const page: number[] = [];
  let current = 1;
  let left = capacity.first;
  for (const n of lines) {
    const need = Math.max(1, n);
    if (need > left && left < (current === 1 ? capacity.first : capacity.rest)) {
      current += 1;
      left = capacity.rest;
    }
    page.push(current);
    left -= need;
  }
  return { page, pages: lines.length ? current : 1 };
}

export function paginate(input: PaginationInput): Pagination {
  const sections = input.sections.filter((s) => s.items.length > 0);
  // Pass 1: the index's rows and their heights.
  const lines: number[] = [];
  for (const s of sections) {
    lines.push(input.capacity.sectionLines);
    for (const item of s.items) lines.push(measureOf(input.measures, item.key).indexLines);
  }
  const placed = placeIndexRows(lines, input.capacity);
  const indexPages = input.startAt === undefined ? placed.pages : 0;

  // Pass 2: start pages.
  let next = input.startAt ?? input.coverPages + indexPages + 1;
  const rows: IndexRow[] = [];
  let r = 0;
  sections.forEach((s, sIndex) => {
    const letter = sectionLetter((input.firstSectionPosition ?? 0) + sIndex);
    const sectionRow: IndexRow = { level: 'section', tab: letter, key: s.kind, title: s.title, date: null, start: next, end: next, indexPage: placed.page[r++] ?? 1 };
    rows.push(sectionRow);
    s.items.forEach((item, i) => {
      const pages = measureOf(input.measures, item.key).pages;
      rows.push({ level: 'document', tab: `${letter}${i + 1}`, key: item.key, title: item.title, date: item.date, start: next, end: next + pages - 1, indexPage: placed.page[r++] ?? 1 });
      next += pages;
    });
    sectionRow.end = next - 1;
  });
  return { rows, indexPages, totalPages: next - 1 };
}

function measureOf(measures: Record<string, ItemMeasure>, key: string): ItemMeasure {
  return measures[key] ?? { pages: 1, indexLines: 1 };
}

/** B15: documents in chronological order of their own dates; undated ones keep their place at the end. */
export function chronological<T extends { date: string | null }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      if (a.item.date && b.item.date) return a.item.date.localeCompare(b.item.date) || a.i - b.i;
      if (a.item.date) return -1;
      if (b.item.date) return 1;
      return a.i - b.i;
    })
    .map((x) => x.item);
}

/** Moves one entry of a list (keyboard or drag reordering on the builder screen). */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}
