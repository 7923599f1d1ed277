import type { Core } from '../core';
import { dispatch, type SenderVerdict } from '../ipc/dispatch';

/** The shell itself (menu, OS screen lock) is trusted: it is main-process code, not a page. */
const SHELL: SenderVerdict = { trusted: true, transport: 'electron' };

/**
 * Locks the workspace on the shell's initiative (File > Lock, the OS locking the screen or suspending)
 * through the same 'session:lock' request the renderer would send, so it is authorised and audited the same
 * way, then reloads the window so no case data stays on screen or in the page's memory. Does nothing when
 * nobody is signed in.
 */
export async function lockFromShell(core: Core, reloadWindows: () => void): Promise<boolean> {
  if (!core.sessions.current()) return false;
  const result = await dispatch(core, 'session:lock', {}, SHELL);
  if (!result.ok) {
    core.log(`lock: the workspace could not be locked: ${result.error.code}`);
    return false;
  }
  reloadWindows();
  return true;
}
