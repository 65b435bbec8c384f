import type { AnyRoute } from '../../platform/http/route.ts';

export const tenderRoutes: AnyRoute[] = [];
