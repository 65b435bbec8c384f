// The courses module's documentation routes (placeholder until the part is built).
import type { AnyRoute } from '../../platform/http/route.ts';

export const documentationRoutes: AnyRoute[] = [];
