/**
 * Small-number suppression for equality figures (issue 8; UK GDPR Art 9 special-category data, ONS
 * disclosure-control practice). Only aggregates leave the main process, and even an aggregate can name
 * someone: "1 Sikh complainant on the Elm Estate" is a person. So:
 *
 * - primary: a count from 1 to SUPPRESS_BELOW − 1 is not shown; it reads "fewer than 5";
 * - secondary: the column's total is shown, so if only one count in it were hidden it could be worked out
 *   by subtraction. The smallest other count is hidden too (a non-zero one if there is one).
 *
 * Zero is shown: it says no one, which names no one. The hidden number never leaves main: a suppressed
 * cell carries count null.
 */
export const SUPPRESS_BELOW = 5;
export const SUPPRESSED_TEXT = 'fewer than 5';

export interface SuppressedCell {
  count: number | null;
  suppressed: boolean;
}

export function suppressColumn(counts: readonly number[], threshold = SUPPRESS_BELOW): SuppressedCell[] {
  const hidden = counts.map((n) => n > 0 && n < threshold);
  if (hidden.filter(Boolean).length === 1) {
    // The next smallest shown count, preferring a non-zero one; ties go to the first listed.
    let pick = -1;
    for (const nonZeroOnly of [true, false]) {
      counts.forEach((n, i) => {
        if (hidden[i] || (nonZeroOnly && n === 0)) return;
        if (pick === -1 || n < counts[pick]!) pick = i;
      });
      if (pick !== -1) break;
    }
    if (pick !== -1) hidden[pick] = true;
  }
  return counts.map((n, i) => (hidden[i] ? { count: null, suppressed: true } : { count: n, suppressed: false }));
}

export const cellText = (c: SuppressedCell) => (c.suppressed ? SUPPRESSED_TEXT : String(c.count ?? 0));
