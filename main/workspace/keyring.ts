import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import { writeFileAtomic } from '../fs/atomic-write';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  DEFAULT_SCRYPT,
  deriveKek,
  newKeyPair,
  newScryptParams,
  openSealed,
  sealToPublicKey,
  type ScryptParams,
} from './crypto';

/**
 * The key-slot file beside the database (DESIGN §2). It holds no secret in the clear: each slot is an
 * X25519 key pair whose private half is wrapped (AES-256-GCM) under a key derived from the slot's
 * passphrase or recovery key, and the database master key sealed to the public half.
 * The KDF parameters are stored per slot, so they can be raised later without locking anyone out.
 */

const SealedSchema = z.object({ iv: z.string(), tag: z.string(), ct: z.string() });
const SlotSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(['user', 'recovery']),
  username: z.string().nullable(),
  kdf: z.object({ alg: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  publicKey: z.string(),
  wrappedPrivateKey: SealedSchema,
  sealedMasterKey: SealedSchema.extend({ ephemeralPublicKey: z.string() }),
});
const KeyringSchema = z.object({
  format: z.literal('hearth-keyring'),
  version: z.literal(1),
  workspaceId: z.string().uuid(),
  /** Goes up by one at every re-key, and is bound into each sealed master key. */
  keyVersion: z.number().int().positive(),
  slots: z.array(SlotSchema),
});
export type Slot = z.infer<typeof SlotSchema>;
export type Keyring = z.infer<typeof KeyringSchema>;

export interface SlotCost {
  N: number;
  r: number;
  p: number;
}

const privateKeyAad = (workspaceId: string, s: Pick<Slot, 'id' | 'kind' | 'username' | 'kdf' | 'publicKey'>) =>
  [workspaceId, s.id, s.kind, s.username ?? '', `scrypt:${s.kdf.N}:${s.kdf.r}:${s.kdf.p}:${s.kdf.salt}`, s.publicKey].join('|');
const masterKeyAad = (workspaceId: string, slotId: string, keyVersion: number) => `${workspaceId}|${slotId}|${keyVersion}`;

export function newKeyring(workspaceId: string): Keyring {
  return { format: 'hearth-keyring', version: 1, workspaceId, keyVersion: 1, slots: [] };
}

export function createSlot(
  keyring: Keyring,
  init: { kind: Slot['kind']; username: string | null; secret: string; masterKey: Buffer; cost?: SlotCost },
): Slot {
  const kdf: ScryptParams = newScryptParams(init.cost);
  const pair = newKeyPair();
  const id = randomUUID();
  const base = { id, kind: init.kind, username: init.username, kdf, publicKey: pair.publicKey };
  const wrappedPrivateKey = aesGcmEncrypt(deriveKek(init.secret, kdf), pair.privateKey, privateKeyAad(keyring.workspaceId, base));
  const sealedMasterKey = sealToPublicKey(init.masterKey, pair.publicKey, masterKeyAad(keyring.workspaceId, id, keyring.keyVersion));
  return { ...base, wrappedPrivateKey, sealedMasterKey };
}

export interface UnlockedSlot {
  masterKey: Buffer;
  privateKey: Buffer;
}

/** Throws AppError('wrong-passphrase') when the secret is wrong; the slot and the file are untouched. */
export function unlockSlot(keyring: Keyring, slot: Slot, secret: string): UnlockedSlot {
  let privateKey: Buffer;
  try {
    privateKey = aesGcmDecrypt(deriveKek(secret, slot.kdf), slot.wrappedPrivateKey, privateKeyAad(keyring.workspaceId, slot));
  } catch {
    throw new AppError('wrong-passphrase', 'That passphrase is not right. Check Caps Lock and try again.');
  }
  try {
    const masterKey = openSealed(slot.sealedMasterKey, privateKey, masterKeyAad(keyring.workspaceId, slot.id, keyring.keyVersion));
    return { masterKey, privateKey };
  } catch {
    throw new AppError('integrity', 'The key file is damaged: the passphrase is right but the workspace key does not open. Restore from a backup.');
  }
}

/** Passphrase change: the same key pair, wrapped under the new passphrase. The master key is not touched. */
export function rewrapSlot(keyring: Keyring, slot: Slot, privateKey: Buffer, newSecret: string, cost?: SlotCost): Slot {
  const kdf = newScryptParams(cost ?? { N: slot.kdf.N, r: slot.kdf.r, p: slot.kdf.p });
  const next = { ...slot, kdf };
  return { ...next, wrappedPrivateKey: aesGcmEncrypt(deriveKek(newSecret, kdf), privateKey, privateKeyAad(keyring.workspaceId, next)) };
}

/** Re-key: a new key version, and the new master key sealed to every remaining slot's public key. */
export function resealAll(keyring: Keyring, newMasterKey: Buffer, keep: (slot: Slot) => boolean): Keyring {
  const keyVersion = keyring.keyVersion + 1;
  const slots = keyring.slots.filter(keep).map((slot) => ({
    ...slot,
    sealedMasterKey: sealToPublicKey(newMasterKey, slot.publicKey, masterKeyAad(keyring.workspaceId, slot.id, keyVersion)),
  }));
  return { ...keyring, keyVersion, slots };
}

/**
 * For a user name that has no slot: the same key derivation (the parameters of a real user slot) and the
 * same failing decryption a wrong passphrase costs, so "no such user" takes as long to answer as "wrong
 * passphrase" and names cannot be found out by timing (issue 13: 2 ms against 825 ms before).
 */
export function spendUnlockCost(keyring: Keyring, secret: string): void {
  const template = keyring.slots.find((s) => s.kind === 'user') ?? keyring.slots[0];
  const cost = template ? { N: template.kdf.N, r: template.kdf.r, p: template.kdf.p } : DEFAULT_SCRYPT;
  const kek = deriveKek(secret, newScryptParams(cost));
  if (!template) return;
  try {
    aesGcmDecrypt(kek, template.wrappedPrivateKey, privateKeyAad(keyring.workspaceId, template));
  } catch {
    // Expected: the derived key belongs to no slot. Only the time spent matters.
  }
}

export function findUserSlot(keyring: Keyring, username: string): Slot | undefined {
  return keyring.slots.find((s) => s.kind === 'user' && s.username === username);
}

export function readKeyring(path: string): Keyring {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError('integrity', `The key file ${path} cannot be read (${(error as Error).message}). Restore from a backup.`);
  }
  const parsed = KeyringSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('integrity', `The key file ${path} is not a Hearth key file or is damaged. Restore from a backup.`);
  return parsed.data;
}

export function parseKeyring(raw: unknown): Keyring | null {
  const parsed = KeyringSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function writeKeyring(path: string, keyring: Keyring): void {
  writeFileAtomic(path, `${JSON.stringify(keyring, null, 2)}\n`);
}

export function removeIfExists(path: string): void {
  if (existsSync(path)) rmSync(path, { force: true });
}
