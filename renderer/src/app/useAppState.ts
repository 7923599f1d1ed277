import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo, WorkspaceStatus } from '../../../shared/schemas/session';
import { hearth } from '../api/hearth';
import { clearRoute } from '../hooks/useHashRoute';

export type LockedUser = NonNullable<WorkspaceStatus['lockedUser']>;

/** Which screen the app shows. Main decides the truth; this follows it. */
export type View =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'setup' }
  | { kind: 'recovery-key'; recoveryKey: string; session: SessionInfo }
  | { kind: 'sign-in'; notice: string | null }
  | { kind: 'locked'; user: LockedUser }
  | { kind: 'signed-in'; session: SessionInfo };

export interface AppState {
  view: View;
  /** Asks main where things stand and shows the matching screen; `notice` is shown on sign-in. */
  refresh: (notice?: string | null) => Promise<void>;
  enter: (session: SessionInfo) => void;
  showRecoveryKey: (recoveryKey: string, session: SessionInfo) => void;
  showSignIn: () => void;
  reloadSession: () => Promise<void>;
}

let pageAtLock: { username: string; hash: string } | null = null;

/** Back to the page of the person who locked, when it is they who come back. */
function returnToPageAtLock(session: SessionInfo): void {
  if (pageAtLock?.username === session.user.username) window.history.replaceState(null, '', pageAtLock.hash);
  pageAtLock = null;
}

/** Asks main where things stand and returns the matching screen. */
async function readView(notice: string | null): Promise<View> {
  const status = await hearth.workspace.status({});
  if (!status.ok) return { kind: 'unavailable', message: status.error.message };
  const { exists, signedIn, lockedUser } = status.value;
  if (!exists) return { kind: 'setup' };
  if (signedIn) {
    const who = await hearth.session.whoami({});
    if (who.ok) return { kind: 'signed-in', session: who.value };
  }
  // The lock screen promises to carry on where you left off (issue 17): the page is remembered for the
  // person who locked, and the address cleared for anyone else who signs in instead.
  if (lockedUser && window.location.hash) pageAtLock = { username: lockedUser.username, hash: window.location.hash };
  if (!lockedUser) pageAtLock = null;
  clearRoute();
  if (lockedUser) return { kind: 'locked', user: lockedUser };
  return { kind: 'sign-in', notice };
}

export function useAppState(): AppState {
  const [view, setView] = useState<View>({ kind: 'loading' });

  const refresh = useCallback(async (notice: string | null = null) => setView(await readView(notice)), []);

  useEffect(() => {
    let current = true;
    void readView(null).then((first) => current && setView(first));
    return () => {
      current = false;
    };
  }, []);

  const enter = useCallback((session: SessionInfo) => {
    returnToPageAtLock(session);
    setView({ kind: 'signed-in', session });
  }, []);
  const showRecoveryKey = useCallback((recoveryKey: string, session: SessionInfo) => setView({ kind: 'recovery-key', recoveryKey, session }), []);
  const showSignIn = useCallback(() => setView({ kind: 'sign-in', notice: null }), []);

  const reloadSession = useCallback(async () => {
    const who = await hearth.session.whoami({});
    // A refusal here is 'not-signed-in', which the signed-out listener already handles.
    if (who.ok) setView({ kind: 'signed-in', session: who.value });
  }, []);

  return { view, refresh, enter, showRecoveryKey, showSignIn, reloadSession };
}
