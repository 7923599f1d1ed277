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

  it('keeps administration away from officers and legal', () => {
    for (const role of ['officer', 'legal'] as const) {
      const granted = permissionsOf({ id: 1, role });
      for (const a of ['users.read', 'users.manage', 'settings.update', 'backup.create', 'backup.restore', 'audit.read', 'partners.manage', 'import.run'] as const) {
        expect(granted, `${role} ${a}`).not.toContain(a);
      }
    }
  });

  it('lets only managers read equality data back', () => {
    for (const role of ROLES) expect(can({ id: 1, role }, 'equality.read')).toBe(role === 'manager');
  });

  describe('on a case record', () => {
    const record = { partner: 'C33', legalReferred: false };
    it('needs the user to work for the case’s partner', () => {
      expect(can({ id: 1, role: 'officer', partners: ['C33'] }, 'cases.read', record)).toBe(true);
      expect(can({ id: 1, role: 'officer', partners: ['WH'] }, 'cases.read', record)).toBe(false);
      expect(can({ id: 1, role: 'admin' }, 'cases.read', record)).toBe(false);
    });
    it('shows the legal team only cases referred to legal', () => {
      const legal = { id: 2, role: 'legal' as const, partners: ['C33'] };
      expect(can(legal, 'cases.read', record)).toBe(false);
      expect(can(legal, 'cases.read', { ...record, legalReferred: true })).toBe(true);
    });
    it('still applies the role rule first', () => {
      expect(can({ id: 1, role: 'legal', partners: ['C33'] }, 'cases.create', { ...record, legalReferred: true })).toBe(false);
    });
  });
});
