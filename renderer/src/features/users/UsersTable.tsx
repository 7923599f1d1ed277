import { formatDate } from '../../../../shared/format/dates';
import { ROLE_LABELS } from '../../../../shared/roles';
import type { UserRecord } from '../../../../shared/schemas/admin';
import { Button } from '../../components/Button';
import { useSession } from '../../hooks/useSession';
import { RoleEditor } from './RoleEditor';

interface Props {
  users: readonly UserRecord[];
  manage: boolean;
  onRoleSaved: (message: string) => void;
  onRemove: (user: UserRecord) => void;
}

export function UsersTable({ users, manage, onRoleSaved, onRemove }: Props) {
  const { session } = useSession();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          {users.length} user{users.length === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">User name</th>
            <th scope="col">Role</th>
            <th scope="col">Added</th>
            <th scope="col">Passphrase</th>
            {manage && <th scope="col">Remove</th>}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const isMe = user.id === session.user.id;
            return (
              <tr key={user.id}>
                <th scope="row">
                  {user.displayName}
                  {isMe && <span className="secondary-text"> (you)</span>}
                </th>
                <td className="mono">{user.username}</td>
                <td>{manage ? <RoleEditor user={user} onSaved={onRoleSaved} /> : ROLE_LABELS[user.role]}</td>
                <td className="nowrap">{formatDate(user.createdAt)}</td>
                <td>{user.mustChangePassphrase ? <span className="tag tag--warning">Must set passphrase</span> : <span className="tag">Set</span>}</td>
                {manage && (
                  <td>
                    {!isMe && (
                      <Button small variant="secondary" onClick={() => onRemove(user)}>
                        Remove<span className="visually-hidden"> {user.displayName}</span>
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
