import { formatDate } from '../../../../shared/time/format';
import { ROLE_LABELS } from '../../../../shared/roles';
import type { UserRecord } from '../../../../shared/schemas/admin';
import { useSession } from '../../hooks/useSession';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { RoleEditor } from './RoleEditor';

interface Props {
  users: readonly UserRecord[];
  manage: boolean;
  onRoleSaved: (message: string) => void;
  onRemove: (user: UserRecord) => void;
}

export function UsersTable({ users, manage, onRoleSaved, onRemove }: Props) {
  const { session } = useSession();
  const isMe = (user: UserRecord) => user.id === session.user.id;
  return (
    <DataTable
      caption={`${users.length} user${users.length === 1 ? '' : 's'}`}
      rows={users}
      rowKey={(u) => u.id}
      columns={[
        {
          header: 'Name',
          rowHeader: true,
          cell: (user) => (
            <>
              {user.displayName}
              {isMe(user) && <span className="secondary-text"> (you)</span>}
            </>
          ),
        },
        { header: 'User name', className: 'mono', cell: (user) => user.username },
        { header: 'Role', cell: (user) => (manage ? <RoleEditor user={user} onSaved={onRoleSaved} /> : ROLE_LABELS[user.role]) },
        { header: 'Added', className: 'nowrap', cell: (user) => formatDate(user.createdAt) },
        { header: 'Passphrase', cell: (user) => (user.mustChangePassphrase ? <span className="tag tag--warning">Must set passphrase</span> : <span className="tag">Set</span>) },
        manage && {
          header: 'Remove',
          cell: (user) =>
            !isMe(user) && (
              <Button small variant="secondary" onClick={() => onRemove(user)}>
                Remove<span className="visually-hidden"> {user.displayName}</span>
              </Button>
            ),
        },
      ]}
    />
  );
}
