import { useContext } from 'react';
import type { Action } from '../../../shared/roles';
import { SessionContext, type SessionContextValue } from './SessionContext';

/** The signed-in session. Only pages inside the shell call this. */
export function useSession(): SessionContextValue & { can: (action: Action) => boolean } {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession: used outside the signed-in shell.');
  return { ...value, can: (action) => value.session.permissions.includes(action) };
}
