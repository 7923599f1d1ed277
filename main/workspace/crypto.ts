import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  createPrivateKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scryptSync,
  type KeyObject,
} from 'node:crypto';

/**
 * The few cryptographic building blocks of the key slots, all from node:crypto so there is no native
 * dependency to audit. Why two layers (see keyring.ts): each slot holds an X25519 key pair whose private
 * half is wrapped under the slot's passphrase, and the master key is sealed to the public half. That lets
 * an admin re-key the database after removing a user and re-seal the new key for everyone else without
 * knowing their passphrases.
 */

export interface ScryptParams {
  alg: 'scrypt';
  /** CPU/memory cost: 2^17 is OWASP's minimum; we use 2^18 (256 MiB, ~0.6 s here), security.md §2. */
  N: number;
  r: number;
  p: number;
  salt: string; // base64
}

export const DEFAULT_SCRYPT = { N: 2 ** 18, r: 8, p: 1 } as const;

export function newScryptParams(cost: { N: number; r: number; p: number } = DEFAULT_SCRYPT): ScryptParams {
  return { alg: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

export function deriveKek(secret: string, params: ScryptParams): Buffer {
  // node refuses N=2^17 under the default 32 MiB maxmem (security.md §2); 128*N*r is what scrypt needs.
  const maxmem = 128 * params.N * params.r * 2;
  return scryptSync(secret.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem,
  });
}

export interface Sealed {
  iv: string;
  tag: string;
  ct: string;
}

export function aesGcmEncrypt(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') };
}

/** Throws on a wrong key or any tampering (GCM tag mismatch); callers turn that into 'wrong passphrase'. */
export function aesGcmDecrypt(key: Buffer, sealed: Sealed, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]);
}

export interface KeyPair {
  publicKey: string; // base64 SPKI DER
  privateKey: Buffer; // PKCS8 DER, only ever held in memory or wrapped
}

export function newKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}

export interface SealedToKey extends Sealed {
  ephemeralPublicKey: string;
}

function sharedKey(privateKey: KeyObject, publicKey: KeyObject, info: string): Buffer {
  const secret = diffieHellman({ privateKey, publicKey });
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
}

/** ECIES-style sealing: only the holder of the slot's private key can open it. */
export function sealToPublicKey(plaintext: Buffer, publicKeyB64: string, aad: string): SealedToKey {
  const recipient = createPublicKey({ key: Buffer.from(publicKeyB64, 'base64'), format: 'der', type: 'spki' });
  const eph = generateKeyPairSync('x25519');
  const key = sharedKey(eph.privateKey, recipient, `hearth-seal:${aad}`);
  return {
    ...aesGcmEncrypt(key, plaintext, aad),
    ephemeralPublicKey: eph.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

export function openSealed(sealed: SealedToKey, privateKeyDer: Buffer, aad: string): Buffer {
  const priv = createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' });
  const eph = createPublicKey({ key: Buffer.from(sealed.ephemeralPublicKey, 'base64'), format: 'der', type: 'spki' });
  return aesGcmDecrypt(sharedKey(priv, eph, `hearth-seal:${aad}`), sealed, aad);
}

/** RFC 4648 base32 without padding: no 0/1/8 confusion when a recovery key is read off paper. */
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const idx = B32.indexOf(ch);
    if (idx < 0) return null;
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
