import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { HostStatus } from '../../../../shared/schemas/host';
import { formatDateTime } from '../../../../shared/time/format';
import { hearthQuery, queryKeyOf } from '../../api/queries';
import { ConnectedTable } from './ConnectedTable';
import { HostingSwitch } from './HostingSwitch';

/** Who is connected changes by the minute: read again this often while the screen is open. */
const CONNECTED_POLL_MS = 5000;

/**
 * The host at a glance: serving or not, the address and fingerprint a PC's user needs, who is connected
 * now and the last backup. host:connected and backup:status are not audited, so reading them every few
 * seconds does not fill the audit log.
 */
export function HostSummary({ status }: { status: HostStatus }) {
  const live = useQuery({ ...hearthQuery('host:connected', {}), refetchInterval: CONNECTED_POLL_MS });
  const backup = useQuery(hearthQuery('backup:status', {}));
  // A PC enrolled (or revoked) elsewhere while this screen is open: read the device list again.
  const client = useQueryClient();
  const enrolled = live.data?.enrolled;
  const shownAllowed = status.devices.filter((d) => d.revokedAt === null).length;
  useEffect(() => {
    if (enrolled !== undefined && enrolled !== shownAllowed) void client.invalidateQueries({ queryKey: queryKeyOf('host:status', {}) });
  }, [enrolled, shownAllowed, client]);
  const serving = live.data?.serving ?? status.serving;
  const port = live.data?.port ?? null;
  return (
    <section className="panel" aria-labelledby="host-summary-heading">
      <h2 id="host-summary-heading">{status.officeName ?? 'This office'}’s host</h2>
      <dl className="definition-list">
        <dt>Hosting</dt>
        <dd>
          {serving ? (
            <>On: serving the office{port !== null && <> on port {port}</>}.</>
          ) : (
            <>
              Off. Start it below, or without a window: close Hearth here and run <code>hearth serve --workspace FOLDER --listen {status.addresses[0] ?? 'ADDRESS'}:8443</code>{' '}
              on this computer (an administrator unlocks it).
            </>
          )}
        </dd>
        <dt>Address for enrolment</dt>
        <dd>
          {status.addresses.map((a, i) => (
            <span key={a}>
              {i > 0 && ' or '}
              <code>{port !== null ? `${a.includes(':') ? `[${a}]` : a}:${port}` : a}</code>
            </span>
          ))}
          {port === null && <> (and the port <code>hearth serve</code> listens on)</>}
        </dd>
        <dt>Certificate authority’s fingerprint</dt>
        <dd>
          <code className="host-fingerprint">{status.caFingerprint}</code>
          <p className="secondary-text">Read this out to the person at a new PC: what the PC shows after enrolling must match it.</p>
        </dd>
        <dt>Last backup</dt>
        <dd>
          {backup.data?.lastBackupAt ? formatDateTime(backup.data.lastBackupAt) : 'None yet'}
          {backup.data?.folder ? (
            <>
              {' '}
              to <code>{backup.data.folder}</code>
            </>
          ) : (
            <> (no backup folder is set: choose one in Settings)</>
          )}
        </dd>
      </dl>
      <HostingSwitch addresses={status.addresses} serving={serving} />
      <ConnectedTable connected={live.data?.connected ?? status.connected} />
    </section>
  );
}
