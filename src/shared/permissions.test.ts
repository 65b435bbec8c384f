import { describe, expect, it } from 'vitest';
import { hasPermission, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, ROLES } from './permissions.ts';

describe('role → permission map', () => {
  it('gives every role only known permissions', () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });

  it('lets caseworkers and provider users read citizens, and nobody in the administration', () => {
    expect(hasPermission(['caseworker'], 'citizen.read')).toBe(true);
    expect(hasPermission(['provider_staff'], 'citizen.read')).toBe(true);
    expect(hasPermission(['provider_lead'], 'citizen.read')).toBe(true);
    expect(hasPermission(['analyst'], 'citizen.read')).toBe(false);
    expect(hasPermission(['procurement'], 'citizen.read')).toBe(false);
    expect(hasPermission(['admin'], 'citizen.read')).toBe(false);
  });

  it('lets only caseworkers create citizens and read their access log', () => {
    for (const role of ROLES) {
      expect(hasPermission([role], 'citizen.create')).toBe(role === 'caseworker');
      expect(hasPermission([role], 'citizen.access_log.read')).toBe(role === 'caseworker');
    }
  });

  it('unites the permissions of several roles', () => {
    const both = permissionsOf(['analyst', 'admin']);
    expect(both.has('stats.read')).toBe(true);
    expect(both.has('user.manage')).toBe(true);
    expect(both.has('citizen.read')).toBe(false);
  });
});
