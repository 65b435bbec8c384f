// The administration pages' addresses (Danish, like the app's other paths).
export const ADMIN_PAGES = {
  users: '/administration/brugere',
  organisations: '/administration/organisationer',
  health: '/administration/drift',
  codebook: '/administration/kodebog',
  settings: '/administration/lokale-regler',
  ownPassword: '/min-adgangskode',
} as const;
