// Every API route of the app. The authorisation matrix test walks this list.
import type { AnyRoute } from './platform/http/route.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { oidcRoutes } from './platform/auth/oidc.routes.ts';
import { citizenRoutes } from './modules/citizens/citizen.routes.ts';
import { agreementRoutes } from './modules/agreements/agreement.routes.ts';
import { agreementPromiseRoutes } from './modules/agreements/agreement-promise.routes.ts';
import { indexationRoutes } from './modules/agreements/indexation.routes.ts';
import { budgetRoutes } from './modules/budgets/budget.routes.ts';
import { companyRoutes } from './modules/companies/company.routes.ts';
import { tenderRoutes } from './modules/tenders/tender.routes.ts';
import { referralRoutes } from './modules/referrals/referral.routes.ts';
import { courseRoutes } from './modules/courses/course.routes.ts';
import { documentationRoutes } from './modules/documentation/documentation.routes.ts';
import { talkRoutes } from './modules/talks/talk.routes.ts';
import { activationMeasureRoutes } from './modules/talks/activation-measures.routes.ts';
import { billingRoutes } from './modules/courses/billing.routes.ts';
import { paymentRoutes } from './modules/payments/payment.routes.ts';
import { absenceRoutes } from './modules/courses/absence.routes.ts';
import { pauseRoutes } from './modules/courses/pause.routes.ts';
import { partyHearingRoutes } from './modules/documentation/party-hearing.routes.ts';
import { importRoutes } from './modules/imports/import.routes.ts';
import { outcomeRoutes } from './modules/outcomes/outcome.routes.ts';
import { organisationRoutes } from './modules/organisations/organisation.routes.ts';
import { userRoutes } from './modules/organisations/user.routes.ts';
import { codebookRoutes } from './modules/imports/codebook.routes.ts';
import { healthRoutes } from './platform/health/health.routes.ts';
import { localSettingRoutes } from './modules/settings/local-setting.routes.ts';
import { meetingRoutes } from './modules/meetings/meeting.routes.ts';
import { committeeRoutes } from './modules/committee/committee.routes.ts';

export const ROUTES: readonly AnyRoute[] = [
  ...authRoutes,
  ...oidcRoutes,
  ...citizenRoutes,
  ...agreementRoutes,
  ...agreementPromiseRoutes,
  ...indexationRoutes,
  ...companyRoutes,
  ...budgetRoutes,
  ...tenderRoutes,
  ...referralRoutes,
  ...courseRoutes,
  ...documentationRoutes,
  ...talkRoutes,
  ...activationMeasureRoutes,
  ...billingRoutes,
  ...paymentRoutes,
  ...absenceRoutes,
  ...pauseRoutes,
  ...partyHearingRoutes,
  ...importRoutes,
  ...outcomeRoutes,
  ...meetingRoutes,
  ...committeeRoutes,
  ...organisationRoutes,
  ...userRoutes,
  ...codebookRoutes,
  ...healthRoutes,
  ...localSettingRoutes,
];
