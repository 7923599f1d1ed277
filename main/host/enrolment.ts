import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * One-time enrolment codes (issue 22; docs/office-host.md). An administrator makes one on the host and reads
 * it to the person at the new PC, who types it there. The host keeps only its hash; a code works once and for
 * a quarter of an hour. The code also authenticates the host to the PC: the PC cannot yet check the host's
 * certificate, so the host proves it knows the code by an HMAC over its CA certificate.
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not mistyped into another. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;
export const ENROLMENT_MINUTES = 15;

/** A new code, shown as three groups of four ("7K3M-QX2P-9TRD"): 60 bits, far beyond guessing in 15 minutes. */
export function newEnrolmentCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** The code as typed, made canonical: case, spaces and dashes ignored; O read as 0, I and L as 1. */
export function normaliseCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function isWellFormedCode(typed: string): boolean {
  const code = normaliseCode(typed);
  return code.length === GROUPS * GROUP_LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

/** What the host stores: never the code itself. */
export function codeHash(typed: string): string {
  return createHash('sha256').update(`hearth-enrolment:${normaliseCode(typed)}`).digest('hex');
}

/** The host's proof, sent with its CA certificate, that it knows the code the PC was given. */
export function caBinding(typed: string, caCertPem: string): string {
  return createHmac('sha256', normaliseCode(typed)).update(caCertPem.trim()).digest('hex');
}

/** The PC's check of that proof before it pins the CA: a machine in the middle without the code fails it. */
export function isBoundCa(typed: string, caCertPem: string, binding: string): boolean {
  const expected = Buffer.from(caBinding(typed, caCertPem), 'hex');
  const given = Buffer.from(binding, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
