import type { DeviceView } from '../../shared/schemas/host';
import type { ReadableDB, WritableDB } from '../db/connection';

/** The office host's tables (migration 0036). The keys in host_authority live only inside the encrypted database. */

export interface AuthorityRow {
  officeName: string;
  caCertPem: string;
  caKeyPem: string;
  serverCertPem: string;
  serverKeyPem: string;
  addresses: string[];
  createdAt: string;
}

export function readAuthority(db: ReadableDB): AuthorityRow | null {
  const row = db
    .prepare(
      `SELECT office_name AS officeName, ca_cert_pem AS caCertPem, ca_key_pem AS caKeyPem, server_cert_pem AS serverCertPem,
              server_key_pem AS serverKeyPem, addresses, created_at AS createdAt FROM host_authority WHERE id = 1`,
    )
    .get() as (Omit<AuthorityRow, 'addresses'> & { addresses: string }) | undefined;
  return row ? { ...row, addresses: JSON.parse(row.addresses) as string[] } : null;
}

export function saveAuthority(db: WritableDB, a: AuthorityRow, by: number): void {
  db.prepare(
    `INSERT INTO host_authority (id, office_name, ca_cert_pem, ca_key_pem, server_cert_pem, server_key_pem, addresses, created_by, created_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.officeName, a.caCertPem, a.caKeyPem, a.serverCertPem, a.serverKeyPem, JSON.stringify(a.addresses), by, a.createdAt);
}

/** A new server certificate for other addresses, under the same CA (PCs enrolled already keep working). */
export function replaceServerCertificate(db: WritableDB, certPem: string, keyPem: string, addresses: string[]): void {
  db.prepare('UPDATE host_authority SET server_cert_pem = ?, server_key_pem = ?, addresses = ? WHERE id = 1').run(certPem, keyPem, JSON.stringify(addresses));
}

export function insertEnrolmentCode(db: WritableDB, c: { hash: string; deviceName: string; by: number; at: string; expiresAt: string }): void {
  db.prepare('INSERT INTO host_enrolment_codes (code_hash, device_name, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(c.hash, c.deviceName, c.by, c.at, c.expiresAt);
}

export interface EnrolmentCodeRow {
  deviceName: string;
  createdBy: number;
  expiresAt: string;
  usedAt: string | null;
}

export function findEnrolmentCode(db: ReadableDB, hash: string): EnrolmentCodeRow | null {
  const row = db
    .prepare('SELECT device_name AS deviceName, created_by AS createdBy, expires_at AS expiresAt, used_at AS usedAt FROM host_enrolment_codes WHERE code_hash = ?')
    .get(hash) as EnrolmentCodeRow | undefined;
  return row ?? null;
}

export function markCodeUsed(db: WritableDB, hash: string, serial: string, at: string): void {
  db.prepare('UPDATE host_enrolment_codes SET used_at = ?, device_serial = ? WHERE code_hash = ? AND used_at IS NULL').run(at, serial, hash);
}

export function insertDevice(db: WritableDB, d: { serial: string; name: string; at: string; by: number }): void {
  db.prepare('INSERT INTO host_devices (serial, name, enrolled_at, enrolled_by) VALUES (?, ?, ?, ?)').run(d.serial, d.name, d.at, d.by);
}

const DEVICE_COLUMNS = `d.serial, d.name, d.enrolled_at AS enrolledAt, u.username AS enrolledBy, d.revoked_at AS revokedAt, d.last_seen_at AS lastSeenAt
  FROM host_devices d LEFT JOIN users u ON u.id = d.enrolled_by`;

export function listDevices(db: ReadableDB): DeviceView[] {
  return db.prepare(`SELECT ${DEVICE_COLUMNS} ORDER BY d.revoked_at IS NOT NULL, d.name, d.serial`).all() as DeviceView[];
}

export function findDevice(db: ReadableDB, serial: string): DeviceView | null {
  return (db.prepare(`SELECT ${DEVICE_COLUMNS} WHERE d.serial = ?`).get(serial) as DeviceView | undefined) ?? null;
}

export function countAllowedDevices(db: ReadableDB): number {
  return (db.prepare('SELECT count(*) AS n FROM host_devices WHERE revoked_at IS NULL').get() as { n: number }).n;
}

export function renameDevice(db: WritableDB, serial: string, name: string): boolean {
  return db.prepare('UPDATE host_devices SET name = ? WHERE serial = ?').run(name, serial).changes === 1;
}

export function revokeDevice(db: WritableDB, serial: string, by: number, at: string): boolean {
  return db.prepare('UPDATE host_devices SET revoked_at = ?, revoked_by = ? WHERE serial = ? AND revoked_at IS NULL').run(at, by, serial).changes === 1;
}

export function markDeviceSeen(db: WritableDB, serial: string, at: string): void {
  db.prepare('UPDATE host_devices SET last_seen_at = ? WHERE serial = ?').run(at, serial);
}

export interface IdempotencyRow {
  channel: string;
  answer: string | null;
}

export function findIdempotencyKey(db: ReadableDB, device: string, key: string): IdempotencyRow | null {
  return (db.prepare('SELECT channel, answer FROM host_idempotency WHERE device_serial = ? AND key = ?').get(device, key) as IdempotencyRow | undefined) ?? null;
}

export function insertIdempotencyKey(db: WritableDB, k: { device: string; key: string; userId: number | null; channel: string; at: string }): void {
  db.prepare('INSERT INTO host_idempotency (device_serial, key, user_id, channel, at) VALUES (?, ?, ?, ?, ?)').run(k.device, k.key, k.userId, k.channel, k.at);
}

export function setIdempotencyAnswer(db: WritableDB, device: string, key: string, answer: string | null): void {
  db.prepare('UPDATE host_idempotency SET answer = ? WHERE device_serial = ? AND key = ?').run(answer, device, key);
}

export function pruneIdempotencyKeys(db: WritableDB, before: string): number {
  return db.prepare('DELETE FROM host_idempotency WHERE at < ?').run(before).changes;
}

/** The enrolment throttle's failures in its window (migration 0039), oldest first. */
export function readEnrolFailures(db: ReadableDB, since: number): { address: string; at: number }[] {
  return db.prepare('SELECT address, at_ms AS at FROM host_enrol_failures WHERE at_ms > ? ORDER BY at_ms, id').all(since) as { address: string; at: number }[];
}

export function insertEnrolFailure(db: WritableDB, address: string, at: number): void {
  db.prepare('INSERT INTO host_enrol_failures (address, at_ms) VALUES (?, ?)').run(address, at);
}

export function pruneEnrolFailures(db: WritableDB, before: number): number {
  return db.prepare('DELETE FROM host_enrol_failures WHERE at_ms <= ?').run(before).changes;
}
