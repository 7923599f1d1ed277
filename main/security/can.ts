import type { Action, Role } from '../../shared/roles';
import { ACTIONS } from '../../shared/roles';

/**
 * The one authorisation decision (DESIGN §2; OWASP: deny by default). Every IPC handler reaches this
 * through the dispatch wrapper; services never decide access on their own.
 *
 * The table is typed as complete over Action, so adding an action without saying who may do it is a
 * compile error rather than an accidental allow. Record-level rules (partners, restricted cases) are
 * added here as case features arrive, taking the record as the third argument.
 */
const ALLOWED: Record<Action, readonly Role[]> = {
  'session.use': ['officer', 'legal', 'manager', 'admin'],
  'users.read': ['manager', 'admin'],
  'users.manage': ['admin'],
  'settings.read': ['officer', 'legal', 'manager', 'admin'],
  'settings.update': ['admin'],
  'backup.create': ['manager', 'admin'],
  'backup.restore': ['admin'],
  'audit.read': ['manager', 'admin'],
  'audit.verify': ['manager', 'admin'],
};

export interface Principal {
  id: number;
  role: Role;
}

export function can(user: Principal | null | undefined, action: Action): boolean {
  if (!user) return false;
  const allowed = ALLOWED[action] as readonly Role[] | undefined;
  return allowed !== undefined && allowed.includes(user.role);
}

export function permissionsOf(user: Principal): Action[] {
  return ACTIONS.filter((a) => can(user, a));
}
