import type { ReactNode } from 'react';
import type { Action } from '../../../../shared/roles';
import { AuditPage } from '../audit/AuditPage';
import { HomePage } from '../home/HomePage';
import { SettingsPage } from '../settings/SettingsPage';
import { UsersPage } from '../users/UsersPage';

/**
 * Navigation is data (conventions §6.14): each page is one entry, shown to those whose permissions
 * include its action. Features such as cases, deadlines and reports plug in by adding an entry here.
 * The permission only decides what is offered; main checks every request again with can().
 */
export interface NavItem {
  id: string;
  label: string;
  permission: Action;
  render: () => ReactNode;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', label: 'Home', permission: 'session.use', render: () => <HomePage /> },
  { id: 'users', label: 'Users', permission: 'users.read', render: () => <UsersPage /> },
  { id: 'settings', label: 'Settings', permission: 'settings.read', render: () => <SettingsPage /> },
  { id: 'audit', label: 'Audit log', permission: 'audit.read', render: () => <AuditPage /> },
];

export function navItemsFor(permissions: readonly Action[]): NavItem[] {
  return NAV_ITEMS.filter((item) => permissions.includes(item.permission));
}
