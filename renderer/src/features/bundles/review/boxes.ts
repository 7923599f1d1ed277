import type { RedactionBox } from '../../../../../shared/schemas/evidence';

/**
 * Boxes drawn by hand on an exhibit page (issue 16 §4), in the page's points from its top-left corner
 * (main/pdf/redact/types.ts). From the keyboard: arrow keys move the box, Shift with an arrow changes its
 * size, 5 points a press (1 with Alt), always within the page.
 */
export interface PageSize {
  width: number;
  height: number;
}

const MIN = 4;
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

export function withinPage(b: RedactionBox, size: PageSize): RedactionBox {
  const width = clamp(b.width, MIN, size.width);
  const height = clamp(b.height, MIN, size.height);
  return { ...b, width, height, x: clamp(b.x, 0, size.width - width), y: clamp(b.y, 0, size.height - height) };
}

const STEPS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The box after a key press, or null when the key is not one that moves or sizes a box. */
export function boxAfterKey(b: RedactionBox, key: string, shift: boolean, fine: boolean, size: PageSize): RedactionBox | null {
  const step = STEPS[key];
  if (!step) return null;
  const n = fine ? 1 : 5;
  const [dx, dy] = [step[0] * n, step[1] * n];
  return withinPage(shift ? { ...b, width: b.width + dx, height: b.height + dy } : { ...b, x: b.x + dx, y: b.y + dy }, size);
}

/** The box dragged from one point to another (either way round), or null if too small to mean anything. */
export function boxFromDrag(page: number, from: { x: number; y: number }, to: { x: number; y: number }, size: PageSize): RedactionBox | null {
  const x = Math.min(from.x, to.x);
  const y = Math.min(from.y, to.y);
  const width = Math.abs(to.x - from.x);
  const height = Math.abs(to.y - from.y);
  if (width < MIN || height < MIN) return null;
  return withinPage({ page, x, y, width, height }, size);
}

/** A new box in the middle of the page, for someone drawing from the keyboard. */
export const centredBox = (page: number, size: PageSize): RedactionBox => withinPage({ page, x: size.width / 2 - 60, y: size.height / 2 - 15, width: 120, height: 30 }, size);

export const round = (b: RedactionBox): RedactionBox => ({ page: b.page, x: Math.round(b.x * 10) / 10, y: Math.round(b.y * 10) / 10, width: Math.round(b.width * 10) / 10, height: Math.round(b.height * 10) / 10 });

export const describeBox = (b: RedactionBox) => `${Math.round(b.width)} by ${Math.round(b.height)} points, ${Math.round(b.x)} from the left and ${Math.round(b.y)} from the top`;
