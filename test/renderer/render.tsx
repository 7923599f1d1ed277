import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Action } from '../../shared/roles';
import type { SessionInfo } from '../../shared/schemas/session';
import { createQueryClient } from '../../renderer/src/app/queryClient';
import { SessionContext } from '../../renderer/src/hooks/SessionContext';

/** What an officer may do (main/security/can.ts decides; the screens only offer what it allows). */
export const OFFICER: readonly Action[] = ['session.use', 'partners.read', 'cases.create', 'cases.read', 'cases.update', 'equality.record', 'evidence.add'];

/** An officer of C33 signed in, as the shell would give the page. */
export function session(permissions: readonly Action[] = OFFICER): SessionInfo {
  return {
    user: { id: 2, username: 'alex.jones', displayName: 'Alex Jones', role: 'officer' },
    workspaceName: 'Ipswich Neighbourhood Team',
    permissions: [...permissions],
    partners: ['C33'],
    idleLockMinutes: 10,
    mustChangePassphrase: false,
    recoveryKeyConfirmed: true,
  };
}

/** Renders a screen inside what the shell gives every page: the query cache and the session. */
export function renderScreen(ui: ReactElement, permissions?: readonly Action[]) {
  const client = createQueryClient();
  const value = { session: session(permissions), reloadSession: async () => {}, lock: async () => {}, signOut: async () => {}, sessionEnded: () => {} };
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <SessionContext.Provider value={value}>{ui}</SessionContext.Provider>
      </QueryClientProvider>,
    ),
  };
}
