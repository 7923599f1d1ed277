import { createPublicKey } from 'node:crypto';
import { DEFAULT_SCRYPT } from '../workspace/crypto';
import { type Keyring, readKeyring, type Slot } from '../workspace/keyring';

/**
 * `hearth doctor`'s look at the key file, without any passphrase: every slot well-formed (the pieces a
 * passphrase or the recovery key will need are all there, of the right sizes), the user names unique, and
 * the recovery slot present. A slot can still be wrong in a way only its passphrase would show (the
 * encryption authenticates its contents); this finds the damage that needs no secret to see.
 */
export interface KeyringCheck {
  /** False when something would stop someone signing in or recovering. */
  ok: boolean;
  problems: string[];
  /** Weaker than today's settings, but working. */
  warnings: string[];
  userSlots: number;
  hasRecovery: boolean;
}

const bytes = (b64: string) => Buffer.from(b64, 'base64');
const isBase64 = (s: string) => s.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0;

function x25519(b64: string): boolean {
  try {
    return createPublicKey({ key: bytes(b64), format: 'der', type: 'spki' }).asymmetricKeyType === 'x25519';
  } catch {
    return false;
  }
}

function slotProblems(slot: Slot): string[] {
  const who = slot.kind === 'recovery' ? 'The recovery slot' : `The slot for ${slot.username ?? '(no name)'}`;
  const problems: string[] = [];
  const { N, r, p, salt } = slot.kdf;
  if (!(N > 1 && (N & (N - 1)) === 0) || r < 1 || p < 1) problems.push(`${who} has impossible key-derivation settings (scrypt N=${N}, r=${r}, p=${p}).`);
  if (!isBase64(salt) || bytes(salt).length !== 16) problems.push(`${who} has a damaged salt.`);
  if (!x25519(slot.publicKey)) problems.push(`${who} has a damaged public key.`);
  const wrapped = slot.wrappedPrivateKey;
  if (![wrapped.iv, wrapped.tag, wrapped.ct].every(isBase64) || bytes(wrapped.iv).length !== 12 || bytes(wrapped.tag).length !== 16 || bytes(wrapped.ct).length !== 48) {
    problems.push(`${who} has a damaged wrapped private key.`);
  }
  const sealed = slot.sealedMasterKey;
  if (![sealed.iv, sealed.tag, sealed.ct].every(isBase64) || bytes(sealed.iv).length !== 12 || bytes(sealed.tag).length !== 16 || bytes(sealed.ct).length !== 32 || !x25519(sealed.ephemeralPublicKey)) {
    problems.push(`${who} has a damaged sealed workspace key.`);
  }
  if (slot.kind === 'user' && !slot.username) problems.push('A user slot has no user name.');
  if (slot.kind === 'recovery' && slot.username !== null) problems.push('The recovery slot names a user.');
  return problems;
}

export function checkKeyring(keyring: Keyring): KeyringCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const slot of keyring.slots) problems.push(...slotProblems(slot));
  const ids = keyring.slots.map((s) => s.id);
  if (new Set(ids).size !== ids.length) problems.push('Two slots share one id.');
  const names = keyring.slots.filter((s) => s.kind === 'user').map((s) => s.username);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) problems.push(`More than one slot for ${[...new Set(twice)].join(', ')}.`);
  const recovery = keyring.slots.filter((s) => s.kind === 'recovery').length;
  if (recovery === 0) problems.push('There is no recovery slot: the recovery key cannot open this workspace. Restore the key file from a backup.');
  if (recovery > 1) warnings.push(`There are ${recovery} recovery slots; there should be one.`);
  const weak = keyring.slots.filter((s) => s.kdf.N < DEFAULT_SCRYPT.N / 2);
  if (weak.length) {
    warnings.push(`${weak.length} slot${weak.length === 1 ? ' uses' : 's use'} a key derivation weaker than today's (scrypt N below 2^17): a passphrase change brings a user's slot up to date.`);
  }
  return { ok: problems.length === 0, problems, warnings, userSlots: names.length, hasRecovery: recovery > 0 };
}

/** The key file read and checked; an unreadable or malformed file is one problem, said in words. */
export function checkKeyringFile(path: string): KeyringCheck {
  let keyring: Keyring;
  try {
    keyring = readKeyring(path);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message], warnings: [], userSlots: 0, hasRecovery: false };
  }
  return checkKeyring(keyring);
}
