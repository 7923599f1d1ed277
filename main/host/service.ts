import { createHash } from 'node:crypto';
import { AppError } from '../../shared/result';
import type { ConnectedView, EnrolAnswer, EnrolmentCode, HostStatus } from '../../shared/schemas/host';
import type { ReadableDB, WritableDB } from '../db/connection';
import { appendAudit } from '../security/audit';
import { createHostCa, issueDeviceCertificate, issueHostCertificate } from './ca';
import type { EnrolRefusal } from './enrolment-throttle';
import { caBinding, codeHash, ENROLMENT_MINUTES, isWellFormedCode, newEnrolmentCode } from './enrolment';
import {
  type AuthorityRow,
  findDevice,
  findEnrolmentCode,
  insertDevice,
  insertEnrolmentCode,
  listDevices,
  markCodeUsed,
  readAuthority,
  renameDevice,
  replaceServerCertificate,
  revokeDevice,
  saveAuthority,
} from './store';

/**
 * The office host's certificate authority and devices, kept in the workspace (issue 22). The channels
 * (main/ipc/handlers/host.ts) are an administrator's; enrolment itself comes from a PC that has no
 * certificate yet, through the host server's /enrol (main/office/server.ts), proved by the one-time code.
 */

/** The fingerprint an administrator can read out to compare with what a PC pinned. */
export function fingerprintOf(certPem: string): string {
  const der = Buffer.from(certPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return (
    createHash('sha256')
      .update(der)
      .digest('hex')
      .toUpperCase()
      .match(/.{2}/g)
      ?.join(':') ?? ''
  );
}

/**
 * What setting up (or changing the addresses of) the host will store: a new CA the first time; after that
 * the same CA and a new server certificate for the addresses, so the PCs enrolled already carry on.
 */
export async function prepareAuthority(existing: AuthorityRow | null, officeName: string, addresses: string[], now: Date): Promise<AuthorityRow> {
  const unique = [...new Set(addresses.map((a) => a.trim()))];
  const ca = existing ? { certPem: existing.caCertPem, keyPem: existing.caKeyPem } : await createHostCa(officeName, now);
  const server = await issueHostCertificate(ca, unique, now);
  return {
    officeName: existing?.officeName ?? officeName,
    caCertPem: ca.certPem,
    caKeyPem: ca.keyPem,
    serverCertPem: server.certPem,
    serverKeyPem: server.keyPem,
    addresses: unique,
    createdAt: existing?.createdAt ?? now.toISOString(),
  };
}

export function storeAuthority(db: WritableDB, prepared: AuthorityRow, existed: boolean, by: number): void {
  if (existed) replaceServerCertificate(db, prepared.serverCertPem, prepared.serverKeyPem, prepared.addresses);
  else saveAuthority(db, prepared, by);
}

export function hostStatusOf(db: ReadableDB, runtime: { serving: boolean; connected: ConnectedView[] }): HostStatus {
  const a = readAuthority(db);
  return {
    setUp: a !== null,
    officeName: a?.officeName ?? null,
    addresses: a?.addresses ?? [],
    caFingerprint: a ? fingerprintOf(a.caCertPem) : null,
    serving: runtime.serving,
    devices: listDevices(db),
    connected: runtime.connected,
  };
}

function requireAuthority(db: ReadableDB): AuthorityRow {
  const a = readAuthority(db);
  if (!a) throw new AppError('unavailable', 'This workspace is not set up as an office host yet. Set up hosting first (Settings → Office host, or hearth serve).');
  return a;
}

export function newEnrolment(db: WritableDB, by: number, deviceName: string, now: Date): EnrolmentCode {
  requireAuthority(db);
  const code = newEnrolmentCode();
  const expiresAt = new Date(now.getTime() + ENROLMENT_MINUTES * 60_000).toISOString();
  insertEnrolmentCode(db, { hash: codeHash(code), deviceName, by, at: now.toISOString(), expiresAt });
  return { code, deviceName, expiresAt };
}

const BAD_CODE = 'That enrolment code is not right, has been used, or is more than 15 minutes old. Ask the administrator for a new one.';

/**
 * A PC's enrolment: the code must be one the host made, unused and in time; the certificate is made for the
 * name the administrator gave it. The device, the code's use and the audit event commit together, and the
 * code is taken again inside that transaction, so two PCs racing with one code cannot both enrol.
 */
export async function enrolDevice(db: WritableDB, code: string, requestPem: string, now: Date): Promise<EnrolAnswer> {
  const authority = requireAuthority(db);
  if (!isWellFormedCode(code)) throw new AppError('bad-input', BAD_CODE);
  const hash = codeHash(code);
  const found = findEnrolmentCode(db, hash);
  if (!found || found.usedAt !== null || Date.parse(found.expiresAt) <= now.getTime()) throw new AppError('forbidden', BAD_CODE);
  const issued = await issueDeviceCertificate({ certPem: authority.caCertPem, keyPem: authority.caKeyPem }, requestPem, found.deviceName, now);
  db.transaction(() => {
    const again = findEnrolmentCode(db, hash);
    if (!again || again.usedAt !== null) throw new AppError('forbidden', BAD_CODE);
    insertDevice(db, { serial: issued.serial, name: found.deviceName, at: now.toISOString(), by: found.createdBy });
    markCodeUsed(db, hash, issued.serial, now.toISOString());
    appendAudit(db, { at: now.toISOString(), userId: null, username: null, action: 'host:enrol', target: `device:${issued.serial}`, outcome: 'ok', detail: { device: issued.serial } });
  }).immediate();
  return { certPem: issued.certPem, caCertPem: authority.caCertPem, binding: caBinding(code, authority.caCertPem), serial: issued.serial, deviceName: found.deviceName };
}

/** A refused enrolment in the audit log: which address, why; and the moment the throttle closed, if it did. */
export function auditEnrolRefusal(db: WritableDB, at: Date, address: string, reason: string, throttled: EnrolRefusal | null): void {
  const base = { at: at.toISOString(), userId: null, username: null, target: `address:${address}`, outcome: 'denied' as const };
  appendAudit(db, { ...base, action: 'host:enrolRefused', detail: { address, reason } });
  if (throttled) appendAudit(db, { ...base, action: 'host:enrolThrottled', detail: { address, scope: throttled.scope, until: new Date(throttled.retryAt).toISOString() } });
}

export function throttledMessage(refusal: EnrolRefusal, now: Date): string {
  const minutes = Math.max(1, Math.ceil((refusal.retryAt - now.getTime()) / 60_000));
  return refusal.scope === 'address'
    ? `Too many wrong enrolment codes from this PC. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then ask the administrator for a new code and type it carefully.`
    : `Too many wrong enrolment codes were tried on the host in the last quarter of an hour, so enrolment is paused for ${minutes} minute${minutes === 1 ? '' : 's'}. Tell the office administrator.`;
}

export function nameDevice(db: WritableDB, serial: string, name: string): void {
  if (!renameDevice(db, serial, name)) throw new AppError('not-found', `There is no enrolled PC with the serial ${serial}.`);
}

/** Revoked at once: the host checks this table on every request, including on connections already open. */
export function withdrawDevice(db: WritableDB, serial: string, by: number, now: Date): void {
  const device = findDevice(db, serial);
  if (!device) throw new AppError('not-found', `There is no enrolled PC with the serial ${serial}.`);
  if (device.revokedAt) throw new AppError('conflict', `${device.name} was already revoked on ${device.revokedAt.slice(0, 10)}.`);
  revokeDevice(db, serial, by, now.toISOString());
}

export function isDeviceAllowed(db: ReadableDB, serial: string): boolean {
  const device = findDevice(db, serial);
  return device !== null && device.revokedAt === null;
}
