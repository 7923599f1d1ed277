import { describe, expect, it } from 'vitest';
import { bundleFileName, BUNDLE_FILE_NAME, defaultShortName } from '../../../shared/bundles/file-name';
import { bookmarkTitle, evidenceKey, parseItemKey, sectionLetter } from '../../../shared/domain/bundle-model';
import { chronological, move, paginate, placeIndexRows } from '../../../shared/bundles/pagination';

const capacity = { first: 10, rest: 20, sectionLines: 2 };

describe('pagination (B2, B5)', () => {
  it('numbers from 1 on the cover, then the index, then every document in order', () => {
    const p = paginate({
      coverPages: 1,
      capacity,
      measures: { 'g:application': { pages: 2, indexLines: 1 }, 'e:1': { pages: 4, indexLines: 2 }, 'e:2': { pages: 1, indexLines: 1 } },
      sections: [
        { kind: 'application', title: 'Application', items: [{ key: 'g:application', title: 'Application', date: null }] },
        { kind: 'statements', title: 'Empty', items: [] },
        { kind: 'exhibits', title: 'Exhibits', items: [{ key: 'e:1', title: 'AL/1', date: '20/11/2026' }, { key: 'e:2', title: 'AL/2', date: null }] },
      ],
    });
    expect(p.indexPages).toBe(1);
    expect(p.rows.map((r) => [r.tab, r.start, r.end])).toEqual([
      ['A', 3, 4],
      ['A1', 3, 4],
      ['B', 5, 9],
      ['B1', 5, 8],
      ['B2', 9, 9],
    ]);
    expect(p.totalPages).toBe(9);
  });

  it('counts the index pages first: rows never split, a long index pushes everything on', () => {
    expect(placeIndexRows([2, 1, 1, 1, 1, 1, 1, 1, 1, 1], capacity)).toEqual({ page: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2], pages: 2 });
    expect(placeIndexRows([9, 2], capacity).page).toEqual([1, 2]);
    const items = Array.from({ length: 30 }, (_, i) => ({ key: `e:${i + 1}`, title: `Exhibit ${i + 1}`, date: null }));
    const measures = Object.fromEntries(items.map((i) => [i.key, { pages: 1, indexLines: 1 }]));
    const p = paginate({ coverPages: 1, capacity, measures, sections: [{ kind: 'exhibits', title: 'Exhibits', items }] });
    expect(p.indexPages).toBe(3); // 32 lines: 10 on the first page, 20 on the second, 2 on a third
    expect(p.rows[1]!.start).toBe(5); // cover, three index pages, then the first exhibit
    expect(p.rows.at(-1)!.indexPage).toBe(3);
  });

  it('late additions continue from the bundle’s last page with the next section letter', () => {
    const p = paginate({ coverPages: 1, capacity, measures: { 'e:9': { pages: 3, indexLines: 1 } }, sections: [{ kind: 'late', title: 'Late additions', items: [{ key: 'e:9', title: 'Police log', date: null }] }], startAt: 120, firstSectionPosition: 6 });
    expect(p.rows.map((r) => [r.tab, r.start, r.end])).toEqual([
      ['G', 120, 122],
      ['G1', 120, 122],
    ]);
    expect(p.indexPages).toBe(0);
  });

  it('orders documents by date within a section (B15), undated last, and moves items for the keyboard', () => {
    const items = [{ date: '2026-11-20', n: 1 }, { date: null, n: 2 }, { date: '2026-10-01', n: 3 }];
    expect(chronological(items).map((i) => i.n)).toEqual([3, 1, 2]);
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
  });

  it('names sections A, B … and titles bookmarks with their pages (B7)', () => {
    expect([0, 1, 25, 26].map(sectionLetter)).toEqual(['A', 'B', 'Z', 'AA']);
    expect(bookmarkTitle('D3', 'Exhibit AL/3', 45, 47)).toBe('D3 Exhibit AL/3 (pages 45–47)');
    expect(bookmarkTitle('A.', 'Application', 3, 3)).toBe('A. Application (page 3)');
    expect(parseItemKey(evidenceKey(12))).toEqual({ kind: 'evidence', id: 12 });
    expect(parseItemKey('g:nonsense')).toBeNull();
    expect(parseItemKey('e:0')).toBeNull();
  });
});

describe('file names (B13)', () => {
  it('carry the claim number, short name, bundle letter and hearing date, safely', () => {
    const name = bundleFileName({ claimNumber: 'K00CL123', fallbackRef: 'C33-2026-0001', shortName: 'Circle 33 v Whitcombe', letter: 'A', hearingDate: '2026-12-03', extension: 'pdf' });
    expect(name).toBe('K00CL123 - Circle 33 v Whitcombe - Bundle A - hearing 2026-12-03.pdf');
    expect(name).toMatch(BUNDLE_FILE_NAME);
    const odd = bundleFileName({ claimNumber: '', fallbackRef: 'C33-2026-0001', shortName: 'A/B: "C"\u0000 v D.', letter: 'B', hearingDate: null, suffix: 'index', extension: 'docx' });
    expect(odd).toBe('C33-2026-0001 - A B C v D - Bundle B - hearing date to be fixed - index.docx');
    expect(odd).toMatch(BUNDLE_FILE_NAME);
    expect(defaultShortName('Circle 33 Housing Trust', 'Darren Whitcombe')).toBe('Circle 33 v Whitcombe');
    expect(defaultShortName('Wherry Housing Association', null)).toBe('Wherry v Persons unknown');
  });
});
