/**
 * Where a DL window envelope's window falls on an A4 letter folded in three (issue 17): 90 × 45 mm, 20 mm
 * from the left edge and 45 mm from the top. The "window" layout prints the address inside it, 5 mm in.
 */
export const DL_WINDOW_MM = { left: 20, top: 45, width: 90, height: 45, inset: 5 } as const;

const MM = 72 / 25.4;
const CM = 72 / 2.54;

/** The window and the box the address is set in, in points from the page's top left. */
export const WINDOW_PT = {
  top: DL_WINDOW_MM.top * MM,
  addressX: (DL_WINDOW_MM.left + DL_WINDOW_MM.inset) * MM,
  addressY: (DL_WINDOW_MM.top + DL_WINDOW_MM.inset) * MM,
  addressWidth: (DL_WINDOW_MM.width - 2 * DL_WINDOW_MM.inset) * MM,
  addressBottom: (DL_WINDOW_MM.top + DL_WINDOW_MM.height - DL_WINDOW_MM.inset) * MM,
} as const;

/** How far above the window the letterhead's left column must end, so none of it shows through. */
const CLEAR = 2 * MM;

/**
 * The widest the letterhead's logo may be drawn in the window layout: the logo, the gap and the partner's
 * name below it must end above the window, or a tall logo (1.8 cm, under the top margin) pushes the name
 * and the address down out of the window (issue 17). At least half a centimetre high.
 */
export function windowLogoWidth(logo: { widthCm: number; heightCm: number }, top: number, below: number, maxWidth: number): number {
  const room = Math.max(WINDOW_PT.top - CLEAR - top - below, 0.5 * CM);
  return Math.min(maxWidth, room * (logo.widthCm / logo.heightCm));
}

/**
 * The address's type size in the window: the letter's own, or smaller when its lines would not all fit
 * between the window's insets (a six-line address in large print). The letter's text keeps its size.
 */
export function windowAddressSize(lines: number, size: number, lineHeightPerPoint: number, lineGap: number): number {
  const perLine = (WINDOW_PT.addressBottom - WINDOW_PT.addressY) / Math.max(lines, 1);
  return Math.min(size, (perLine - lineGap) / lineHeightPerPoint);
}
