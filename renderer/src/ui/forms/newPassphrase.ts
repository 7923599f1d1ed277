import { passphraseProblem } from '../../../../shared/passphrase';

/** The checks every "choose a passphrase" form makes before sending: the shared rule, then the match. */
export function newPassphraseErrors(next: string, confirm: string, username?: string): { next: string | null; confirm: string | null } {
  const nextProblem = next ? passphraseProblem(next, username || undefined) : 'Enter a passphrase.';
  let confirmProblem: string | null = null;
  if (!confirm) confirmProblem = 'Type the passphrase again to confirm it.';
  else if (confirm !== next) confirmProblem = 'The two passphrases are different. Type the same passphrase twice.';
  return { next: nextProblem, confirm: confirmProblem };
}
