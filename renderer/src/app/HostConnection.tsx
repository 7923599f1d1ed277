import { useSyncExternalStore } from 'react';
import { hostConnection, noteConnecting, subscribeHostConnection, type HostConnection } from '../api/connection';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { StatusScreen } from './StatusScreen';

/** Where this PC stands with its office host (api/connection.ts), for the screens to follow. */
export function useHostConnection(): HostConnection {
  return useSyncExternalStore(subscribeHostConnection, hostConnection);
}

export const UNREACHABLE_TITLE = 'The office host cannot be reached';
export const KEPT_HERE = 'Your work is kept on this PC and will be offered back when it returns.';

/**
 * Above every screen while the host does not answer (issue 22): what is typed stays on this PC (the bridge
 * keeps drafts in its encrypted store), and Retry asks again. An alert, so a screen reader says it at once;
 * Retry is an ordinary button, reached by Tab.
 */
export function HostBanner({ connection, onRetry }: { connection: HostConnection; onRetry: () => void }) {
  if (connection.kind === 'connecting') {
    return (
      <section className="host-banner" aria-label="Connection to the office host">
        <Notice tone="info" live>
          Connecting to the office host…
        </Notice>
      </section>
    );
  }
  if (connection.kind !== 'unreachable') return null;
  const retry = () => {
    noteConnecting();
    onRetry();
  };
  return (
    <section className="host-banner" aria-label="Connection to the office host">
      <Notice tone="warning" title={UNREACHABLE_TITLE} live>
        <p>{KEPT_HERE}</p>
        <p>{connection.message}</p>
        <Button variant="secondary" onClick={retry}>
          Retry
        </Button>
      </Notice>
    </section>
  );
}

/**
 * The host showed a certificate other than the one this PC was enrolled with: Hearth refuses, and there is
 * no way on from here (no "continue anyway"), only the words to take to the administrator.
 */
export function CertificateChangedScreen({ message }: { message: string }) {
  return (
    <StatusScreen title="The office host’s certificate has changed" message="Hearth will not connect to it. Ask your office administrator; this PC may need enrolling again.">
      {message}
    </StatusScreen>
  );
}
