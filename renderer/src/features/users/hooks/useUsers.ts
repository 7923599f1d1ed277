import type { UserRecord } from '../../../../../shared/schemas/admin';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

const listUsers = () => hearth.users.list({});

/** The workspace's current users, and a way to read them again after a change. */
export function useUsers(): [Loaded<UserRecord[]>, () => void] {
  return useResult(listUsers);
}
