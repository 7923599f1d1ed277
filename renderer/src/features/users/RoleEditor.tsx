import { useState, type FormEvent } from 'react';
import { type Role, ROLE_LABELS, ROLES } from '../../../../shared/roles';
import type { UserRecord } from '../../../../shared/schemas/admin';
import { Button } from '../../ui/Button';
import { useSession } from '../../hooks/useSession';
import { useChange } from '../../hooks/useChange';

interface Props {
  user: UserRecord;
  onSaved: (message: string) => void;
}

/** One row's role: a select and its own Save, with any refusal (e.g. the last administrator) beside it. */
export function RoleEditor({ user, onSaved }: Props) {
  const { session, reloadSession } = useSession();
  const [role, setRole] = useState<Role>(user.role);
  const submit = useChange();
  const id = `role-${user.id}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run('users:setRole', { userId: user.id, role },
      (saved) => {
        onSaved(`${saved.displayName} is now ${ROLE_LABELS[saved.role].toLowerCase()}.`);
        if (saved.id === session.user.id) void reloadSession();
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <div className="row-actions">
      <label className="visually-hidden" htmlFor={id}>
        Role for {user.displayName}
      </label>
      <select
        id={id}
        className="select select--inline"
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        aria-describedby={submit.error ? `${id}-error` : undefined}
        aria-invalid={submit.error ? true : undefined}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button type="submit" small variant="secondary" busy={submit.busy} busyLabel="Saving…" disabled={role === user.role && !submit.busy}>
        Save<span className="visually-hidden"> role for {user.displayName}</span>
      </Button>
      </div>
      <p id={`${id}-error`} className="row-error" aria-live="polite">
        {submit.error}
      </p>
    </form>
  );
}
