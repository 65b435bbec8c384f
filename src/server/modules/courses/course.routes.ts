// The courses module's course routes (placeholder until the part is built).
import type { AnyRoute } from '../../platform/http/route.ts';

export const courseRoutes: AnyRoute[] = [];
