import { formatDate } from '../../../../shared/time/format';
import { ROLE_LABELS } from '../../../../shared/roles';
import type { UserWithPartners } from '../../../../shared/schemas/admin';
import { useSession } from '../../hooks/useSession';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { RoleEditor } from './RoleEditor';

interface Props {
  users: readonly UserWithPartners[];
  manage: boolean;
  onRoleSaved: (message: string) => void;
  onRemove: (user: UserWithPartners) => void;
  onPartners: (user: UserWithPartners) => void;
  onReset: (user: UserWithPartners) => void;
}

export function UsersTable({ users, manage, onRoleSaved, onRemove, onPartners, onReset }: Props) {
  const { session } = useSession();
  const isMe = (user: UserWithPartners) => user.id === session.user.id;
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
        {
          header: 'Partners',
          cell: (user) => (
            <div className="row-actions">
              <span>{user.partners.join(', ') || 'none'}</span>
              {manage && (
                <Button small variant="secondary" onClick={() => onPartners(user)}>
                  Change<span className="visually-hidden"> partners for {user.displayName}</span>
                </Button>
              )}
            </div>
          ),
        },
        {
          header: 'Passphrase',
          cell: (user) => (
            <div className="row-actions">
              {user.mustChangePassphrase ? <span className="tag tag--warning">Must set passphrase</span> : <span className="tag">Set</span>}
              {manage && !isMe(user) && (
                <Button small variant="secondary" onClick={() => onReset(user)}>
                  Reset<span className="visually-hidden"> passphrase for {user.displayName}</span>
                </Button>
              )}
            </div>
          ),
        },
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
