// The outcomes module's routes (placeholder until the module is built).
import type { AnyRoute } from '../../platform/http/route.ts';

export const outcomeRoutes: AnyRoute[] = [];
