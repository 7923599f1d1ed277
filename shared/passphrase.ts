/**
 * Passphrase rules, shared so the form can say what is wrong before the slow key derivation runs.
 * Long passphrases beat complexity rules (NCSC "three random words"); a short blocklist stops the
 * obvious ones (security.md §2, Session).
 */
export const MIN_PASSPHRASE_LENGTH = 12;

const BLOCKLIST = new Set([
  'password1234',
  'passwordpassword',
  'qwertyuiopas',
  '123456789012',
  'letmeinletmein',
  'hearthhearth',
  'changemechangeme',
  'iloveyouiloveyou',
  'welcomewelcome',
  'abcdefghijkl',
]);

/** Returns a sentence saying what is wrong, or null when the passphrase is acceptable. */
export function passphraseProblem(passphrase: string, username?: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters (three random words work well).`;
  }
  const lower = passphrase.toLowerCase();
  if (BLOCKLIST.has(lower) || /^(.)\1+$/.test(passphrase)) {
    return 'That passphrase is too easy to guess. Try three random words.';
  }
  if (username && lower.includes(username.toLowerCase())) {
    return 'The passphrase must not contain your user name.';
  }
  return null;
}
