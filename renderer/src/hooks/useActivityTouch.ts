import { useEffect } from 'react';
import { hearth } from '../api/hearth';

const TOUCH_EVERY_MS = 30_000;

/**
 * Tells main the person is still here (keys, clicks, taps), so the idle lock counts from their last
 * activity. Throttled to one call per 30 seconds: the lock works in minutes, and each call is a request.
 */
export function useActivityTouch(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < TOUCH_EVERY_MS) return;
      last = now;
      void hearth.session.touch({});
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('keydown', onActivity, options);
    window.addEventListener('pointerdown', onActivity, options);
    return () => {
      window.removeEventListener('keydown', onActivity, options);
      window.removeEventListener('pointerdown', onActivity, options);
    };
  }, [enabled]);
}
