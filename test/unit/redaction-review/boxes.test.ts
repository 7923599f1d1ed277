import { describe, expect, it } from 'vitest';
import { boxAfterKey, boxFromDrag, centredBox, describeBox } from '../../../renderer/src/features/bundles/review/boxes';

/** Boxes drawn by hand (issue 16 §4): by mouse, and from the keyboard, always within the page. */
const A4 = { width: 595, height: 842 };

describe('boxes drawn by hand', () => {
  it('a drag either way round makes the same box; a click makes none', () => {
    expect(boxFromDrag(1, { x: 100, y: 200 }, { x: 300, y: 260 }, A4)).toEqual({ page: 1, x: 100, y: 200, width: 200, height: 60 });
    expect(boxFromDrag(1, { x: 300, y: 260 }, { x: 100, y: 200 }, A4)).toEqual({ page: 1, x: 100, y: 200, width: 200, height: 60 });
    expect(boxFromDrag(1, { x: 100, y: 200 }, { x: 101, y: 201 }, A4)).toBeNull();
  });

  it('arrow keys move it, with Shift change its size, with Alt by one point; never off the page', () => {
    const b = centredBox(2, A4);
    expect(boxAfterKey(b, 'ArrowRight', false, false, A4)).toMatchObject({ x: b.x + 5, width: b.width });
    expect(boxAfterKey(b, 'ArrowDown', true, false, A4)).toMatchObject({ y: b.y, height: b.height + 5 });
    expect(boxAfterKey(b, 'ArrowLeft', false, true, A4)).toMatchObject({ x: b.x - 1 });
    expect(boxAfterKey({ ...b, x: 0 }, 'ArrowLeft', false, false, A4)).toMatchObject({ x: 0 });
    expect(boxAfterKey(b, 'Enter', false, false, A4)).toBeNull();
    expect(describeBox({ page: 1, x: 10, y: 20, width: 100, height: 30 })).toBe('100 by 30 points, 10 from the left and 20 from the top');
  });
});
