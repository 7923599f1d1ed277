import type { TLSSocket, TlsOptions } from 'node:tls';
import type { HostCa, IssuedCertificate } from './ca';

/**
 * TLS settings for the host and the check of each connection's device (issue 22). Node verifies the client
 * certificate's chain against the host's CA; revocation is checked by the caller against the device table on
 * every request (not a CRL that could be stale), so a revoked PC is refused at once.
 */
export function hostTlsOptions(ca: Pick<HostCa, 'certPem'>, server: Pick<IssuedCertificate, 'certPem' | 'keyPem'>): TlsOptions {
  return {
    key: server.keyPem,
    cert: server.certPem,
    ca: [ca.certPem],
    requestCert: true,
    rejectUnauthorized: true,
    minVersion: 'TLSv1.3',
  };
}

export type DeviceVerdict = { ok: true; serial: string; name: string } | { ok: false; reason: string };

/**
 * Who is at the other end of a connection: the serial and name of its client certificate, or why it is
 * refused. `isRevoked` answers from the host's device table.
 */
export function deviceOf(socket: TLSSocket, isRevoked: (serial: string) => boolean): DeviceVerdict {
  if (!socket.authorized) return { ok: false, reason: `This PC is not enrolled with the host (${String(socket.authorizationError ?? 'no certificate')}).` };
  const peer = socket.getPeerCertificate();
  if (!peer || !peer.serialNumber) return { ok: false, reason: 'This PC did not present its certificate.' };
  const serial = peer.serialNumber.toLowerCase();
  if (isRevoked(serial)) return { ok: false, reason: 'This PC’s access to the host has been withdrawn. Ask the office administrator to enrol it again.' };
  const cn = peer.subject?.CN;
  return { ok: true, serial, name: Array.isArray(cn) ? cn.join(' ') : (cn ?? '') };
}
