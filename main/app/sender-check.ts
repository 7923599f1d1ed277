import type { SenderVerdict } from '../ipc/dispatch';
import { isAppUrl } from './app-url';

/** The parts of Electron's IpcMainInvokeEvent the check reads (structural, so tests need no Electron). */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}
export interface InvokeEventLike<S> {
  readonly sender: S;
  readonly senderFrame: SenderFrameLike | null;
}

/**
 * Judges who sent an IPC request (security.md §1 item 17; conventions §6.3), before dispatch() looks at it:
 * - no sender frame: it navigated away or was destroyed after sending (ipc-main-invoke-event.md says
 *   senderFrame "may be null"), so nobody trustworthy is asking;
 * - a subframe: Hearth's page has none, so a frame with a parent is not ours;
 * - a window that is not one of Hearth's (isOurWindow is given the sender's WebContents);
 * - a page not served from app://hearth.
 * Pure: it never throws, and anything unexpected is a refusal.
 */
export function judgeElectronSender<S>(event: InvokeEventLike<S>, isOurWindow: (sender: S) => boolean): SenderVerdict {
  let frame: SenderFrameLike | null;
  try {
    frame = event.senderFrame;
  } catch {
    frame = null;
  }
  if (!frame) return { trusted: false, reason: 'the sending page has gone away.' };
  if (frame.parent !== null) return { trusted: false, reason: 'requests may only come from the top frame of a Hearth window.' };
  let ours = false;
  try {
    ours = isOurWindow(event.sender);
  } catch {
    ours = false;
  }
  if (!ours) return { trusted: false, reason: 'the request did not come from a Hearth window.' };
  let url = '';
  try {
    url = frame.url;
  } catch {
    url = '';
  }
  if (!isAppUrl(url)) return { trusted: false, reason: 'the sending page was not served by Hearth.' };
  return { trusted: true, transport: 'electron' };
}
