// The courses module's billing routes (placeholder until the part is built).
import type { AnyRoute } from '../../platform/http/route.ts';

export const billingRoutes: AnyRoute[] = [];
