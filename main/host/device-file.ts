import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import { writeFileAtomic } from '../fs/atomic-write';
import { aesGcmDecrypt, aesGcmEncrypt, deriveKek, newScryptParams } from '../workspace/crypto';
import type { DeviceFile } from './bridge';

/**
 * The PC's enrolment with an office host, on disk (issue 22): the host's address, the PC's certificate, the
 * pinned CA, and the PC's private key **encrypted** under a passphrase the PC's user chooses (scrypt, as the
 * workspace's key slots, then AES-256-GCM bound to the device's serial). A copy of the file alone does not
 * let another machine act as this PC.
 *
 * Decision: a passphrase, not Electron's safeStorage, because the same file serves browser mode and the CLI
 * (Node, no Electron) and because safeStorage on Linux may fall back to no encryption at all ("basic_text").
 * The Electron app may later keep that passphrase in safeStorage; the file's format does not change.
 */
const FORMAT = 'hearth-office-device';

const Scrypt = z.object({ alg: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() });
const StoredDevice = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  hostUrl: z.string().url(),
  deviceName: z.string(),
  serial: z.string(),
  certPem: z.string(),
  caPem: z.string(),
  key: z.object({ kdf: Scrypt, iv: z.string(), tag: z.string(), ct: z.string() }),
});

export interface EnrolledDevice extends DeviceFile {
  deviceName: string;
  serial: string;
}

const aadOf = (serial: string) => `${FORMAT}:${serial}`;

/** Writes the device file (mode 0600); never over an existing one, which may be another enrolment. */
export function writeDeviceFile(path: string, device: EnrolledDevice, passphrase: string, cost?: { N: number; r: number; p: number }): void {
  if (existsSync(path)) throw new AppError('conflict', `${path} already exists. Choose another file name, or move the old one away first.`);
  const kdf = newScryptParams(cost);
  const sealed = aesGcmEncrypt(deriveKek(passphrase, kdf), Buffer.from(device.keyPem, 'utf8'), aadOf(device.serial));
  const stored: z.infer<typeof StoredDevice> = {
    format: FORMAT,
    version: 1,
    hostUrl: device.hostUrl,
    deviceName: device.deviceName,
    serial: device.serial,
    certPem: device.certPem,
    caPem: device.caPem,
    key: { kdf, ...sealed },
  };
  writeFileAtomic(path, `${JSON.stringify(stored, null, 2)}\n`);
}

/** Reads the device file and decrypts its key; a wrong passphrase is refused and changes nothing. */
export function readDeviceFile(path: string, passphrase: string): EnrolledDevice {
  let parsed: ReturnType<typeof StoredDevice.safeParse>;
  try {
    parsed = StoredDevice.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('bad-input', code === 'ENOENT' ? `There is no device file at ${path}. Enrol this PC first (hearth enrol).` : `${path} is not a device file written by hearth enrol.`);
  }
  if (!parsed.success) throw new AppError('bad-input', `${path} is not a device file written by hearth enrol (or it was changed). Enrol this PC again.`);
  const d = parsed.data;
  let keyPem: string;
  try {
    keyPem = aesGcmDecrypt(deriveKek(passphrase, d.key.kdf), { iv: d.key.iv, tag: d.key.tag, ct: d.key.ct }, aadOf(d.serial)).toString('utf8');
  } catch {
    throw new AppError('wrong-passphrase', 'That is not the passphrase this PC’s device file was protected with. Try again; if it is lost, enrol the PC again.');
  }
  return { hostUrl: d.hostUrl, deviceName: d.deviceName, serial: d.serial, certPem: d.certPem, caPem: d.caPem, keyPem };
}
