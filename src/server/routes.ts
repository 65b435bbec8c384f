// Every API route of the app. The authorisation matrix test walks this list.
import type { AnyRoute } from './platform/http/route.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { oidcRoutes } from './platform/auth/oidc.routes.ts';
import { citizenRoutes } from './modules/citizens/citizen.routes.ts';
import { agreementRoutes } from './modules/agreements/agreement.routes.ts';
import { budgetRoutes } from './modules/budgets/budget.routes.ts';
import { companyRoutes } from './modules/companies/company.routes.ts';
import { tenderRoutes } from './modules/tenders/tender.routes.ts';

export const ROUTES: readonly AnyRoute[] = [
  ...authRoutes,
  ...oidcRoutes,
  ...citizenRoutes,
  ...agreementRoutes,
  ...companyRoutes,
  ...budgetRoutes,
  ...tenderRoutes,
];
