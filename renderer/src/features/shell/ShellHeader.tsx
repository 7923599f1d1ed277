import { useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/roles';
import { Button } from '../../ui/Button';
import { Masthead } from '../../ui/Masthead';
import { useSession } from '../../hooks/useSession';

/** Who is signed in, and the two ways to leave: lock (stay signed in) or sign out. */
export function ShellHeader() {
  const { session, lock, signOut } = useSession();
  const [leaving, setLeaving] = useState<'lock' | 'sign-out' | null>(null);
  const leave = (how: 'lock' | 'sign-out') => {
    setLeaving(how);
    void (how === 'lock' ? lock() : signOut());
  };

  return (
    <Masthead workspaceName={session.workspaceName}>
      <div className="masthead__user">
        <p className="masthead__who">
          <span className="visually-hidden">Signed in as </span>
          <strong>{session.user.displayName}</strong>
          <span className="masthead__role">{ROLE_LABELS[session.user.role]}</span>
        </p>
        <Button small busy={leaving === 'lock'} busyLabel="Locking…" onClick={() => leave('lock')}>
          Lock
        </Button>
        <Button small busy={leaving === 'sign-out'} busyLabel="Signing out…" onClick={() => leave('sign-out')}>
          Sign out
        </Button>
      </div>
    </Masthead>
  );
}
