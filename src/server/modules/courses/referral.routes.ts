// The courses module's referral routes (placeholder until the part is built).
import type { AnyRoute } from '../../platform/http/route.ts';

export const referralRoutes: AnyRoute[] = [];
