import { useState } from 'react';
import type { UserRecord } from '../../../../shared/schemas/admin';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';

interface Props {
  user: UserRecord;
  /** Closed: with true once the one-time passphrase was shown, false when cancelled. */
  onDone: (reset: boolean) => void;
}

/**
 * Resetting someone's forgotten passphrase (issue 17): after a confirmation, the one-time passphrase is
 * shown here once; Hearth keeps no copy. They sign in with it and must choose their own straight away.
 */
export function ResetPassphraseDialog({ user, onDone }: Props) {
  const submit = useChange();
  const [oneTime, setOneTime] = useState<string | null>(null);
  if (oneTime)
    return (
      <Dialog id="reset-shown" title={`One-time passphrase for ${user.displayName}`} focusId="reset-shown-done" onCancel={() => onDone(true)}>
        <p>Give it to {user.displayName} in person or read it to them. It is shown only now.</p>
        <p className="recovery-key__value" id="one-time-passphrase">
          {oneTime}
        </p>
        <p>
          They sign in as <strong>{user.username}</strong> with it, and Hearth asks them to choose their own passphrase before anything else.
        </p>
        <div className="button-row">
          <Button id="reset-shown-done" onClick={() => onDone(true)}>
            I have given it to them
          </Button>
        </div>
      </Dialog>
    );
  return (
    <ConfirmDialog
      title={`Reset ${user.displayName}’s passphrase?`}
      confirmLabel="Reset the passphrase"
      busy={submit.busy}
      busyLabel="Resetting…"
      onConfirm={() => void submit.run('users:resetPassphrase', { userId: user.id }, (r) => setOneTime(r.oneTimePassphrase))}
      onCancel={() => onDone(false)}
    >
      <p>
        Their current passphrase will stop working at once. You will see a one-time passphrase to give them; they keep access to everything their
        role and partners allow.
      </p>
      <div aria-live="assertive">{submit.error && <p className="row-error">{submit.error}</p>}</div>
    </ConfirmDialog>
  );
}
