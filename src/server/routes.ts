// Every API route of the app. The authorisation matrix test walks this list.
import type { AnyRoute } from './platform/http/route.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { oidcRoutes } from './platform/auth/oidc.routes.ts';
import { citizenRoutes } from './modules/citizens/citizen.routes.ts';

export const ROUTES: readonly AnyRoute[] = [...authRoutes, ...oidcRoutes, ...citizenRoutes];
