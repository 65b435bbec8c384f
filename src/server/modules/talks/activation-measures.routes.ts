// The follow-up measures from seed 004 besides job talks: timeliness of activation and the outreach
// measure (aggregates; activation-measures.service.ts).
import { followUpMeasuresSchema } from '../../../shared/courses/activation-measures.schemas.ts';
import { followUpQuerySchema } from '../../../shared/courses/talk.schemas.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './activation-measures.service.ts';

export const activationMeasureRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/followup/measures',
    permission: 'followup.read',
    summary:
      'Timeliness of activation (LAB § 102) per provider and programme with all activity-ready citizens over 30, and the share who got an internship or showed progression',
    tags: ['talks'],
    schema: { querystring: followUpQuerySchema, response: followUpMeasuresSchema },
    handler: ({ ctx, query }) => service.getFollowUpMeasures(ctx, query),
  }),
];
