import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  base32Decode,
  base32Encode,
  deriveKek,
  newKeyPair,
  openSealed,
  sealToPublicKey,
} from '../../../main/workspace/crypto';

describe('key derivation', () => {
  it('matches the RFC 7914 scrypt test vector (known answer)', () => {
    // RFC 7914 §12: scrypt("password", "NaCl", N=1024, r=8, p=16, dkLen=64); we use the first 32 bytes.
    const kek = deriveKek('password', { alg: 'scrypt', N: 1024, r: 8, p: 16, salt: Buffer.from('NaCl').toString('base64') });
    expect(kek.toString('hex')).toBe('fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162');
  });

  it('accepts the production cost N=2^17 (node refuses it without a raised maxmem)', () => {
    const kek = deriveKek('a long enough passphrase', { alg: 'scrypt', N: 2 ** 17, r: 8, p: 1, salt: randomBytes(16).toString('base64') });
    expect(kek).toHaveLength(32);
  });
});

describe('AES-256-GCM wrapping', () => {
  it('round-trips, and refuses a wrong key, changed AAD or a flipped bit', () => {
    const key = randomBytes(32);
    const sealed = aesGcmEncrypt(key, Buffer.from('secret'), 'aad');
    expect(aesGcmDecrypt(key, sealed, 'aad').toString()).toBe('secret');
    expect(() => aesGcmDecrypt(randomBytes(32), sealed, 'aad')).toThrow();
    expect(() => aesGcmDecrypt(key, sealed, 'other')).toThrow();
    const ct = Buffer.from(sealed.ct, 'base64');
    ct[0] = (ct[0] ?? 0) ^ 1;
    expect(() => aesGcmDecrypt(key, { ...sealed, ct: ct.toString('base64') }, 'aad')).toThrow();
  });
});

describe('sealing to a public key', () => {
  it('opens only with the matching private key', () => {
    const a = newKeyPair();
    const b = newKeyPair();
    const master = randomBytes(32);
    const sealed = sealToPublicKey(master, a.publicKey, 'ws|slot|1');
    expect(openSealed(sealed, a.privateKey, 'ws|slot|1').equals(master)).toBe(true);
    expect(() => openSealed(sealed, b.privateKey, 'ws|slot|1')).toThrow();
    expect(() => openSealed(sealed, a.privateKey, 'ws|slot|2')).toThrow();
  });
});

describe('base32', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const buf = Buffer.from(bytes);
        expect(base32Decode(base32Encode(buf))?.equals(buf)).toBe(true);
      }),
    );
  });
  it('rejects characters outside the alphabet', () => {
    expect(base32Decode('ABC1')).toBeNull();
  });
});
