import { useEffect } from 'react';
import { hearth } from '../api/hearth';

const POLL_EVERY_MS = 20_000;

/**
 * While someone is signed in, asks main every 20 seconds (and whenever the window regains focus)
 * whether the session is still open. The idle lock happens in main; this is how the screen follows it,
 * so records do not stay on view after the workspace has locked.
 */
export function useStatusPoll(enabled: boolean, onSignedOut: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const check = async () => {
      const status = await hearth.workspace.status({});
      if (status.ok && !status.value.signedIn) onSignedOut();
    };
    const timer = window.setInterval(() => void check(), POLL_EVERY_MS);
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [enabled, onSignedOut]);
}
