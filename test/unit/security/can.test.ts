import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES } from '../../../shared/roles';
import { can, permissionsOf } from '../../../main/security/can';

describe('can()', () => {
  it('denies everything without a user', () => {
    for (const a of ACTIONS) expect(can(null, a)).toBe(false);
  });

  it('denies an action it does not know (deny by default)', () => {
    expect(can({ id: 1, role: 'admin' }, 'cases.delete-everything' as never)).toBe(false);
  });

  it('lets only admins manage users, change settings and restore', () => {
    for (const role of ROLES) {
      const u = { id: 1, role };
      expect(can(u, 'users.manage')).toBe(role === 'admin');
      expect(can(u, 'settings.update')).toBe(role === 'admin');
      expect(can(u, 'backup.restore')).toBe(role === 'admin');
    }
  });

  it('gives officers and legal only their own session and settings to read', () => {
    for (const role of ['officer', 'legal'] as const) {
      expect(permissionsOf({ id: 1, role })).toEqual(['session.use', 'settings.read']);
    }
  });
});
