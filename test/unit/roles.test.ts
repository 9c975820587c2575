import { describe, expect, it } from 'vitest';
import { isOverridable, PERMISSIONS, ROLE_PERMISSIONS, roleHas } from '../../shared/domain/roles';

describe('roles', () => {
  it('give administrators everything and managers a superset of the counter roles', () => {
    expect([...ROLE_PERMISSIONS.administrator].sort()).toEqual([...PERMISSIONS].sort());
    for (const permission of [...ROLE_PERMISSIONS.cashier, ...ROLE_PERMISSIONS.repairDesk]) {
      expect(roleHas('manager', permission)).toBe(true);
    }
  });

  it('keep staff management to administrators, with no override', () => {
    expect(roleHas('manager', 'staff.manage')).toBe(false);
    expect(isOverridable('staff.manage')).toBe(false);
    expect(isOverridable('staff.unlock')).toBe(true);
    expect(isOverridable('backups.manage')).toBe(false);
    expect(roleHas('cashier', 'staff.unlock')).toBe(false);
  });
});
