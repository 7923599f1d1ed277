import { describe, expect, it } from 'vitest';
import { can } from '../../../main/security/can';
import { ROLES } from '../../../shared/roles';

describe('who may review, dispose and hold (issue 21)', () => {
  it('lets only managers dispose of a case or place and lift legal holds; admins may read the review', () => {
    for (const role of ROLES) {
      expect(can({ id: 1, role }, 'retention.dispose'), role).toBe(role === 'manager');
      expect(can({ id: 1, role }, 'holds.manage'), role).toBe(role === 'manager');
      expect(can({ id: 1, role }, 'retention.review'), role).toBe(role === 'manager' || role === 'admin');
    }
  });

  it('keeps a manager to the cases of their own partners', () => {
    expect(can({ id: 1, role: 'manager', partners: ['WH'] }, 'retention.dispose', { partner: 'C33', legalReferred: false })).toBe(false);
    expect(can({ id: 1, role: 'manager', partners: ['C33'] }, 'retention.dispose', { partner: 'C33', legalReferred: false })).toBe(true);
  });
});
