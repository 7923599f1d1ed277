import { createHash, randomBytes } from 'node:crypto';
import { base32Decode, base32Encode } from './crypto';

/**
 * The recovery key: 256 random bits shown once at set-up as 13 groups of four base32 characters.
 * It unlocks its own key slot, so an office that forgets every passphrase can still reach its records.
 */
export function newRecoveryKey(): string {
  return base32Encode(randomBytes(32)).match(/.{1,4}/g)!.join('-');
}

/** Accepts the key however it was typed back: any case, with or without hyphens and spaces. */
export function normaliseRecoveryKey(input: string): string | null {
  const bytes = base32Decode(input);
  if (!bytes || bytes.length !== 32) return null;
  return newRecoveryKeyFromBytes(bytes);
}

function newRecoveryKeyFromBytes(bytes: Buffer): string {
  return base32Encode(bytes).match(/.{1,4}/g)!.join('-');
}

export const finalGroup = (key: string) => key.split('-').at(-1) ?? '';

/**
 * A check value for "type the last group to confirm you saved it". It covers 20 of the key's 256 bits,
 * which leaves far too many to guess the rest.
 */
export function recoveryCheck(workspaceId: string, group: string): string {
  return createHash('sha256').update(`${workspaceId}|${group.trim().toUpperCase()}`).digest('hex');
}
