import { useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/roles';
import { Button } from '../../ui/Button';
import { Masthead } from '../../ui/Masthead';
import { useSession } from '../../hooks/useSession';
import { formsWithChanges } from '../../hooks/draftRegistry';
import { Dialog } from '../../ui/Dialog';
import { listed } from './LeaveFormDialog';

/** Who is signed in, and the two ways to leave: lock (stay signed in) or sign out. */
export function ShellHeader() {
  const { session, lock, signOut } = useSession();
  const [leaving, setLeaving] = useState<'lock' | 'sign-out' | null>(null);
  // Signing out with a form half done asks first (issue 17); the form is kept as a draft either way.
  const [asking, setAsking] = useState<string[] | null>(null);
  const leave = (how: 'lock' | 'sign-out') => {
    const unsaved = formsWithChanges();
    if (how === 'sign-out' && unsaved.length && !asking) return setAsking(unsaved);
    setAsking(null);
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
      {asking && (
        <Dialog id="sign-out-dialog" title="Sign out with unsaved work?" focusId="sign-out-stay" onCancel={() => setAsking(null)}>
          <p>You have not saved the {listed(asking)} yet. It is kept as a draft for you, and offered back when you next sign in.</p>
          <div className="button-row">
            <Button id="sign-out-stay" onClick={() => setAsking(null)}>
              Stay signed in
            </Button>
            <Button variant="secondary" onClick={() => leave('sign-out')}>
              Sign out
            </Button>
          </div>
        </Dialog>
      )}
    </Masthead>
  );
}
