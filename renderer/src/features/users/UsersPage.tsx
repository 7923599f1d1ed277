import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { UserWithPartners } from '../../../../shared/schemas/admin';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { AddUserForm } from './AddUserForm';
import { hearthQuery } from '../../api/queries';
import { PartnersDialog } from './PartnersDialog';
import { RemoveUserDialog } from './RemoveUserDialog';
import { ResetPassphraseDialog } from './ResetPassphraseDialog';
import { UsersTable } from './UsersTable';

/** Who may sign in. Managers can see the list; only administrators change it. */
export function UsersPage() {
  const { can } = useSession();
  const users = useQuery(hearthQuery('users:list', {}));
  const [message, setMessage] = useState<string | null>(null);
  const [removing, setRemoving] = useState<UserWithPartners | null>(null);
  const [choosing, setChoosing] = useState<UserWithPartners | null>(null);
  const [resetting, setResetting] = useState<UserWithPartners | null>(null);
  const manage = can('users.manage');

  const done = (text: string) => setMessage(text);

  return (
    <>
      <div className="page__header">
        <Heading>Users</Heading>
        <p>The people who can sign in to this workspace, and what their role lets them do.</p>
      </div>
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {!manage && (
        <Notice>
          <p>Only an administrator can add, change or remove users.</p>
        </Notice>
      )}
      {users.isPending && <p>Loading the users…</p>}
      {users.isError && <Notice tone="error" title="The users could not be loaded"><p>{users.error.message}</p></Notice>}
      {users.isSuccess && <UsersTable users={users.data} manage={manage} onRoleSaved={done} onRemove={setRemoving} onPartners={setChoosing} onReset={setResetting} />}
      {manage && <AddUserForm onAdded={done} />}
      {choosing && (
        <PartnersDialog
          user={choosing}
          onCancel={() => setChoosing(null)}
          onSaved={(text) => {
            setChoosing(null);
            done(text);
          }}
        />
      )}
      {resetting && (
        <ResetPassphraseDialog
          user={resetting}
          onDone={(reset) => {
            setResetting(null);
            if (reset) done(`${resetting.displayName} must choose a new passphrase when they next sign in.`);
          }}
        />
      )}
      {removing && (
        <RemoveUserDialog
          user={removing}
          onCancel={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            done(`${removing.displayName} was removed. Their key has been destroyed and the workspace re-keyed.`);
          }}
        />
      )}
    </>
  );
}
