import type { BoxItem } from '../../../../../shared/schemas/redaction-review';

/**
 * The boxes proposed on exhibits, one exhibit page at a time (issue 16: a 300-page scan's proposals are
 * paged, not all on one screen, each page drawing its own image). Pages keep the review's order (the
 * plan's exhibits, then page by page).
 */
export interface ProposalPage {
  key: string;
  evidenceId: number;
  exhibit: string;
  page: number;
  items: BoxItem[];
  open: number;
}

export function proposalPages(boxes: readonly BoxItem[]): ProposalPage[] {
  const pages = new Map<string, ProposalPage>();
  for (const b of boxes) {
    const key = `${b.evidenceId}:${b.page}`;
    let p = pages.get(key);
    if (!p) {
      p = { key, evidenceId: b.evidenceId, exhibit: b.exhibit, page: b.page, items: [], open: 0 };
      pages.set(key, p);
    }
    p.items.push(b);
    if (!b.decision) p.open += 1;
  }
  return [...pages.values()];
}

/** The page to show: the one asked for while it still has proposals, else the first with one undecided, else the first. */
export function pageToShow(pages: readonly ProposalPage[], wanted: string | null): number {
  const asked = wanted === null ? -1 : pages.findIndex((p) => p.key === wanted);
  if (asked >= 0) return asked;
  return Math.max(0, pages.findIndex((p) => p.open > 0));
}

/** The next page after `from` with something undecided, going round to the start; null when none is left elsewhere. */
export function nextToDecide(pages: readonly ProposalPage[], from: number): number | null {
  for (let step = 1; step < pages.length; step += 1) {
    const i = (from + step) % pages.length;
    if (pages[i]!.open > 0) return i;
  }
  return null;
}

/** Each exhibit with proposals, its first page's index and how many boxes on it are still to decide: for "Go to exhibit". */
export function exhibitsOf(pages: readonly ProposalPage[]): { evidenceId: number; exhibit: string; first: number; open: number; pages: number }[] {
  const out = new Map<number, { evidenceId: number; exhibit: string; first: number; open: number; pages: number }>();
  pages.forEach((p, i) => {
    const e = out.get(p.evidenceId) ?? { evidenceId: p.evidenceId, exhibit: p.exhibit, first: i, open: 0, pages: 0 };
    e.open += p.open;
    e.pages += 1;
    out.set(p.evidenceId, e);
  });
  return [...out.values()];
}
