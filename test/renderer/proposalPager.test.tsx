import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoxItem, DecisionKind } from '../../shared/schemas/redaction-review';
import { ProposalPager } from '../../renderer/src/features/bundles/review/ProposalPager';
import { answer, callsTo, ok } from './fakeHearth';
import { renderScreen } from './render';

/**
 * Issue 16: a long scan's proposed boxes are shown a page at a time, not all at once (each page draws its
 * image from main): where you are and how many are left, Previous / Next by button or ← / →, "Next page
 * to decide", "Go to exhibit", and "Accept all on this page", which decides each open box on the page.
 */
function box(evidenceId: number, exhibit: string, page: number, n: number, decided = false): BoxItem {
  return {
    key: `k-${evidenceId}-${page}-${n}`,
    evidenceId,
    exhibit,
    page,
    pageWidth: 595,
    pageHeight: 842,
    boxes: [{ page, x: 60, y: 100 + n * 20, width: 80, height: 14 }],
    words: n === 1 ? 'Jane Smithson' : 'Flat 6',
    person: 'Witness A',
    role: 'witness',
    detail: n === 1 ? 'name' : 'address',
    reason: 'not covered by consent',
    source: 'ocr',
    decision: decided ? { kind: 'accept', text: null, decidedBy: 'Lena Legal', decidedAt: '2026-11-21T10:00:00Z' } : null,
  };
}

/** The review as main answers it after each decision: the box decided, the rest as they were. */
function Review({ initial, decided }: { initial: BoxItem[]; decided: [string, DecisionKind][] }) {
  const [boxes, setBoxes] = useState(initial);
  const onDecide = async (key: string, decision: DecisionKind) => {
    decided.push([key, decision]);
    setBoxes((all) => all.map((b) => (b.key === key ? { ...b, decision: { kind: 'accept' as const, text: null, decidedBy: 'Lena Legal', decidedAt: '2026-11-21T10:05:00Z' } } : b)));
    return true;
  };
  // "Accept all on this page": one request for the page's boxes (redaction:decideBoxes).
  const onDecideMany = async (keys: string[], decision: 'accept' | 'reject') => {
    decided.push([keys.join('+'), decision]);
    setBoxes((all) => all.map((b) => (keys.includes(b.key) ? { ...b, decision: { kind: 'accept' as const, text: null, decidedBy: 'Lena Legal', decidedAt: '2026-11-21T10:05:00Z' } } : b)));
    return true;
  };
  return <ProposalPager boxes={boxes} busy={false} onDecide={onDecide} onDecideMany={onDecideMany} />;
}

beforeAll(() => {
  // jsdom has no object URLs; the page image is shown from one.
  URL.createObjectURL = () => 'blob:page';
  URL.revokeObjectURL = () => undefined;
});

describe('the proposed boxes, page by page', () => {
  it('shows one page at a time, moves by button and arrow key, and accepts all on a page', async () => {
    answer('evidence:pageImage', ({ page }) => ok({ png: new Uint8Array([page]), width: 595, height: 842, pages: 300, boxes: [], withheld: false, terms: [] }));
    // Exhibit 1 has 3 pages with proposals (page 1 already decided); exhibit 2 has one page.
    const decided: [string, DecisionKind][] = [];
    renderScreen(<Review initial={[box(1, 'JS/1', 1, 1, true), box(1, 'JS/1', 2, 1), box(1, 'JS/1', 2, 2), box(1, 'JS/1', 7, 1), box(2, 'JS/2', 1, 1)]} decided={decided} />);
    const pager = screen.getByRole('group', { name: 'Boxes proposed on the exhibits, page by page' });
    // It opens on the first page with something to decide, not on page 1 (decided), and shows only that page.
    expect(within(pager).getByRole('heading', { level: 4 }).textContent).toMatch(/^JS\/1, page 2/);
    expect(pager.textContent).toContain('Page 2 of 4 with proposed boxes. 4 of 5 boxes still to decide on 3 pages.');
    expect(within(pager).getAllByRole('button', { name: /^Accept the box over/ })).toHaveLength(2);
    expect(await within(pager).findByRole('img')).toHaveProperty('alt', 'Page 2 of JS/1, with the proposed boxes outlined');
    expect(callsTo('evidence:pageImage')).toEqual([{ id: 1, page: 2 }]);

    // → from the keyboard: the next page, and the focus on its heading so the arrows keep working.
    within(pager).getByRole('button', { name: 'Next page' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    const heading = within(pager).getByRole('heading', { level: 4 });
    expect(heading.textContent).toMatch(/^JS\/1, page 7/);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(within(pager).getByRole('heading', { level: 4 }).textContent).toMatch(/^JS\/1, page 1/);
    expect(within(pager).getByRole('button', { name: 'Previous page' })).toHaveProperty('disabled', true);
    expect(within(pager).getByRole('button', { name: 'Accept all on this page' })).toHaveProperty('disabled', true);

    // "Next page to decide" skips to page 2; "Accept all 2 on this page" accepts both of its boxes, no
    // others, in one request.
    await userEvent.click(within(pager).getByRole('button', { name: 'Next page to decide' }));
    expect(within(pager).getByRole('heading', { level: 4 }).textContent).toMatch(/^JS\/1, page 2/);
    await userEvent.click(within(pager).getByRole('button', { name: 'Accept all 2 on this page' }));
    await waitFor(() => expect(decided).toEqual([['k-1-2-1+k-1-2-2', 'accept']]));
    await waitFor(() => expect(pager.textContent).toContain('2 of 5 boxes still to decide on 2 pages.'));
    expect(pager.textContent).toContain('Box accepted by Lena Legal');

    // "Go to exhibit" jumps to the other exhibit's first page.
    await userEvent.selectOptions(within(pager).getByLabelText('Go to exhibit'), '2');
    expect(within(pager).getByRole('heading', { level: 4 }).textContent).toMatch(/^JS\/2, page 1/);
    expect(within(pager).getByRole('button', { name: 'Next page' })).toHaveProperty('disabled', true);
  });
});
