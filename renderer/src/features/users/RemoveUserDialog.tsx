import type { UserRecord } from '../../../../shared/schemas/admin';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useChange } from '../../hooks/useChange';

interface Props {
  user: UserRecord;
  onRemoved: () => void;
  onCancel: () => void;
}

export function RemoveUserDialog({ user, onRemoved, onCancel }: Props) {
  const submit = useChange();
  return (
    <ConfirmDialog
      title={`Remove ${user.displayName}?`}
      confirmLabel={`Remove ${user.displayName}`}
      busy={submit.busy}
      busyLabel="Removing and re-keying…"
      onConfirm={() => void submit.run('users:remove', { userId: user.id }, onRemoved)}
      onCancel={onCancel}
    >
      <p>
        {user.displayName} ({user.username}) will no longer be able to sign in. Their key is destroyed and the workspace is re-keyed, so an old
        copy of their key opens nothing in it.
      </p>
      <p>Backups made before now still open with the passphrases that were valid then, so keep them as safe as ever. What they did stays in the audit log. This cannot be undone; to let them back in, add them again.</p>
      <div aria-live="assertive">{submit.error && <p className="row-error">{submit.error}</p>}</div>
    </ConfirmDialog>
  );
}
