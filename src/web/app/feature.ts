// What a feature module adds to the app shell: pages (each behind a permission), menu items and
// start-page sections. The shell (App.tsx, Layout.tsx, StartPage.tsx) reads the registry in
// features.ts, so a feature never edits the shell.
import type { ReactNode } from 'react';
import type { Permission } from '../../shared/permissions.ts';

export interface FeatureRoute {
  path: string;
  /** 'authenticated': any signed-in user (e.g. changing one's own password). */
  permission: Permission | 'authenticated';
  element: ReactNode;
}

export interface FeatureNavItem {
  to: string;
  permission: Permission;
  label: { da: string; en: string };
  /** Whether the item is the current page (default: the path starts with `to`). */
  isActive?: (pathname: string) => boolean;
}

export interface FeatureStartSection {
  key: string;
  /** Shown when the user has this permission. */
  permission: Permission;
  element: ReactNode;
}

export interface Feature {
  routes: FeatureRoute[];
  nav: FeatureNavItem[];
  startSections: FeatureStartSection[];
}
