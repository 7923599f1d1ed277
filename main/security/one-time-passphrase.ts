import { randomInt } from 'node:crypto';
import { passphraseProblem } from '../../shared/passphrase';

/** No 0/o, 1/l/i: read aloud or copied from the screen, nothing is mistaken for anything else. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A passphrase an administrator reads to someone once (issue 17): four groups of four (about 79 bits),
 * which passes the passphrase rules, so the person can sign in with it and must then choose their own.
 */
export function newOneTimePassphrase(username: string): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
    const candidate = groups.join('-');
    if (!passphraseProblem(candidate, username)) return candidate;
  }
}
