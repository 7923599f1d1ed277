import { useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to an element when it appears, and again whenever `what`
 * changes (React may reuse the same heading element for the next screen). Each new screen's heading
 * takes focus, so people using a keyboard or screen reader start at the top of what changed.
 */
export function useFocusOnShow<T extends HTMLElement>(what: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [what]);
  return ref;
}
