import { createContext } from 'react';
import type { SessionInfo } from '../../../shared/schemas/session';

/** What every page inside the shell may know and do about the signed-in session. */
export interface SessionContextValue {
  session: SessionInfo;
  /** Reads the session again (after a role change, a confirmed recovery key…). */
  reloadSession: () => Promise<void>;
  lock: () => Promise<void>;
  signOut: () => Promise<void>;
  /** Main has already ended the session (e.g. a restore): show sign-in with this message. */
  sessionEnded: (notice: string) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
