import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { hearth, worksOnOfficeHost } from '../api/hearth';
import { ChangePassphraseScreen, LockScreen, SignInScreen } from '../features/auth';
import { RecoveryKeyScreen, SetupScreen } from '../features/setup';
import { Shell } from '../features/shell';
import { useActivityTouch } from '../hooks/useActivityTouch';
import { saveOpenForms } from '../hooks/draftRegistry';
import { useSignedOutListener } from '../hooks/useSignedOutListener';
import { useStatusPoll } from '../hooks/useStatusPoll';
import { useUnloadWarning } from '../hooks/useUnloadWarning';
import { SessionContext, type SessionContextValue } from '../hooks/SessionContext';
import { createQueryClient } from './queryClient';
import { noteConnecting } from '../api/connection';
import { CertificateChangedScreen, HostBanner, KEPT_HERE, UNREACHABLE_TITLE, useHostConnection } from './HostConnection';
import { DeviceUnlockScreen } from './DeviceUnlockScreen';
import { StatusScreen } from './StatusScreen';
import { type AppState, useAppState } from './useAppState';

/** The app: one query cache for server state (app/queryClient.ts) around whichever screen is showing. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Screens />
    </QueryClientProvider>
  );
}

/**
 * On a PC working on an office host (issue 22), the connection's state comes first: a changed certificate
 * replaces every screen; an unreachable host is a banner above the screen, so nothing on it is lost.
 */
function Screens() {
  const connection = useHostConnection();
  const app = useAppState();
  const { view, refresh } = app;
  if (connection.kind === 'certificate-changed') return <CertificateChangedScreen message={connection.message} />;
  const followMain = () => void refresh();
  if (connection.kind === 'device-locked') return <DeviceUnlockScreen onUnlocked={followMain} />;
  const retry = () => {
    noteConnecting();
    followMain();
  };
  // Before the first answer there is no screen to keep: the unreachable host is the screen itself.
  if (view.kind === 'loading' || view.kind === 'unavailable') {
    if (connection.kind === 'unreachable') return <StatusScreen title={UNREACHABLE_TITLE} message={`${KEPT_HERE} ${connection.message}`} onRetry={retry} />;
    if (connection.kind === 'connecting' || (view.kind === 'loading' && worksOnOfficeHost())) return <StatusScreen title="Connecting">Connecting to the office host…</StatusScreen>;
  }
  return (
    <>
      <HostBanner connection={connection} onRetry={followMain} />
      <AppScreens app={app} />
    </>
  );
}

/** Picks the screen from where main says things stand: set-up, sign-in, locked or the shell. */
function AppScreens({ app }: { app: AppState }) {
  const queryClient = useQueryClient();
  const { view, refresh, enter, showRecoveryKey, showSignIn, reloadSession } = app;
  const followMain = useCallback(() => void refresh(), [refresh]);
  const sessionOpen = view.kind === 'signed-in' || view.kind === 'recovery-key';
  // Locked, signed out or ended: nothing read for the last person stays in memory for the next.
  useEffect(() => {
    if (view.kind !== 'signed-in') queryClient.clear();
  }, [view.kind, queryClient]);

  useSignedOutListener(followMain);
  useStatusPoll(sessionOpen, followMain);
  useActivityTouch(sessionOpen);
  useUnloadWarning();

  const session = view.kind === 'signed-in' ? view.session : null;
  const userId = session?.user.id ?? null;
  // Long forms are saved as drafts first (issue 17): after a lock they come back as they were; after
  // signing out (the shell asks first) they are offered at the next sign-in.
  const lock = useCallback(async () => {
    await saveOpenForms(userId === null ? undefined : { userId });
    await hearth.session.lock({});
    await refresh();
  }, [refresh, userId]);
  const signOut = useCallback(async () => {
    await saveOpenForms();
    await hearth.session.signOut({});
    await refresh('You have signed out.');
  }, [refresh]);

  const context = useMemo<SessionContextValue | null>(
    () => session && { session, reloadSession, lock, signOut, sessionEnded: (notice) => void refresh(notice) },
    [session, reloadSession, lock, signOut, refresh],
  );

  switch (view.kind) {
    case 'loading':
      return <StatusScreen title="Opening Hearth">Opening Hearth…</StatusScreen>;
    case 'unavailable':
      return <StatusScreen title="Hearth cannot start" message={view.message} onRetry={followMain} />;
    case 'setup':
      return <SetupScreen onCreated={showRecoveryKey} />;
    case 'recovery-key':
      return <RecoveryKeyScreen recoveryKey={view.recoveryKey} workspaceName={view.session.workspaceName} onConfirmed={() => void reloadSession()} />;
    case 'sign-in':
      return <SignInScreen notice={view.notice} onSignedIn={enter} />;
    case 'locked':
      return <LockScreen user={view.user} onUnlocked={enter} onSwitchUser={showSignIn} />;
    case 'signed-in':
      if (view.session.mustChangePassphrase) return <ChangePassphraseScreen session={view.session} onChanged={() => void reloadSession()} onSignOut={() => void signOut()} />;
      return (
        <SessionContext.Provider value={context}>
          <Shell />
        </SessionContext.Provider>
      );
  }
}
