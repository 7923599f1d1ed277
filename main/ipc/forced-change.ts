import type { Channel } from '../../shared/ipc/contract';
import type { ActiveSession } from '../security/session';

/**
 * What a person whose passphrase was chosen by an administrator (or reset) may do before choosing their
 * own (issue 13, finding 5): change it, and what the change screen itself needs. Public channels
 * (status, sign-in) need no session and are not affected.
 *
 * - session:changePassphrase: the point of the screen.
 * - session:whoami: the screen reloads the session after the change to leave it.
 * - session:touch: typing on the screen is activity; without it the idle lock would fire mid-change.
 * - session:lock, session:signOut: the way out without changing it.
 */
const ALLOWED = new Set<Channel>(['session:changePassphrase', 'session:whoami', 'session:touch', 'session:lock', 'session:signOut']);

export const PASSPHRASE_CHANGE_REQUIRED =
  'Choose your own passphrase first: the one you signed in with was set by an administrator. Until you change it (the app asks at sign-in; from the command line, run hearth user passphrase), nothing else can be done.';

/** True when this request must wait until the signed-in person has chosen their own passphrase. */
export function mustChangePassphraseFirst(session: ActiveSession | null, channel: Channel): boolean {
  return session !== null && session.user.mustChangePassphrase && !ALLOWED.has(channel);
}
