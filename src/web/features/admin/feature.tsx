// The administration pages (issue 11): users, organisations, the operator's health page, the register
// codebook; and every user's own password. Pages load on first visit (lazy.tsx).
import './admin.css';
import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy.tsx';
import { ADMIN_PAGES } from './paths.ts';

const users = () => import('./UserListPage.tsx');
const userCreate = () => import('./UserCreatePage.tsx');
const user = () => import('./UserPage.tsx');
const organisations = () => import('./OrganisationListPage.tsx');
const organisationForms = () => import('./OrganisationFormPage.tsx');

export const adminFeature: Feature = {
  routes: [
    {
      path: ADMIN_PAGES.users,
      permission: 'user.manage',
      element: lazyPage(users, (m) => m.UserListPage),
    },
    {
      path: `${ADMIN_PAGES.users}/ny`,
      permission: 'user.manage',
      element: lazyPage(userCreate, (m) => m.UserCreatePage),
    },
    {
      path: `${ADMIN_PAGES.users}/:id`,
      permission: 'user.manage',
      element: lazyPage(user, (m) => m.UserPage),
    },
    {
      path: ADMIN_PAGES.organisations,
      permission: 'organisation.manage',
      element: lazyPage(organisations, (m) => m.OrganisationListPage),
    },
    {
      path: `${ADMIN_PAGES.organisations}/ny`,
      permission: 'organisation.manage',
      element: lazyPage(organisationForms, (m) => m.OrganisationCreatePage),
    },
    {
      path: `${ADMIN_PAGES.organisations}/:id`,
      permission: 'organisation.manage',
      element: lazyPage(organisationForms, (m) => m.OrganisationEditPage),
    },
    {
      path: ADMIN_PAGES.health,
      permission: 'system.health',
      element: lazyPage(
        () => import('./HealthPage.tsx'),
        (m) => m.HealthPage,
      ),
    },
    {
      path: ADMIN_PAGES.codebook,
      permission: 'import.run',
      element: lazyPage(
        () => import('./CodebookPage.tsx'),
        (m) => m.CodebookPage,
      ),
    },
    {
      path: ADMIN_PAGES.settings,
      permission: 'settings.manage',
      element: lazyPage(
        () => import('./SettingsPage.tsx'),
        (m) => m.SettingsPage,
      ),
    },
    {
      path: ADMIN_PAGES.ownPassword,
      permission: 'authenticated',
      element: lazyPage(
        () => import('./OwnPasswordPage.tsx'),
        (m) => m.OwnPasswordPage,
      ),
    },
  ],
  nav: [
    {
      to: ADMIN_PAGES.users,
      permission: 'user.manage',
      label: { da: 'Administration', en: 'Administration' },
      isActive: (pathname) => pathname.startsWith('/administration'),
    },
  ],
  startSections: [],
};
