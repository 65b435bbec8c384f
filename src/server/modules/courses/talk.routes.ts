// The courses module's talk routes (placeholder until the part is built).
import type { AnyRoute } from '../../platform/http/route.ts';

export const talkRoutes: AnyRoute[] = [];
