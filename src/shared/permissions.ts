// Permissions and the role → permission map: the one place (ARCHITECTURE.md). Pure data, read by the
// server's route guard, the access layer and the web app's navigation.

export const ROLES = [
  'admin',
  'caseworker',
  'provider_staff',
  'provider_lead',
  'analyst',
  'procurement',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'citizen.read',
  'citizen.search',
  'citizen.create',
  'citizen.access_log.read',
  'user.read',
  'user.manage',
  'organisation.read',
  'audit.verify',
  'stats.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** A route either needs a permission, only a signed-in user, or nobody. */
export type RouteGuard = Permission | 'authenticated' | 'public';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // The system administrator manages users and the audit trail, not citizens' cases.
  admin: ['user.read', 'user.manage', 'organisation.read', 'audit.verify'],
  caseworker: [
    'citizen.read',
    'citizen.search',
    'citizen.create',
    'citizen.access_log.read',
    'organisation.read',
  ],
  provider_staff: ['citizen.read', 'citizen.search', 'organisation.read'],
  provider_lead: ['citizen.read', 'citizen.search', 'organisation.read', 'user.read'],
  // Analysts see aggregates and pseudonymised rows, never names or CPR numbers.
  analyst: ['organisation.read', 'stats.read'],
  procurement: ['organisation.read', 'stats.read'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
