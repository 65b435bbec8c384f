// HTTP of price indexation and the pause kinds an agreement excludes from payment (issue 14). Reading needs
// agreement.read (provider users see their own agreements: scope in the service); changing needs
// agreement.manage (the administration: procurement and admin).
import { idParamsSchema } from '../../../shared/agreements/agreement.schemas.ts';
import {
  addIndexationSchema,
  agreementPaymentTermsSchema,
  setPauseExclusionsSchema,
} from '../../../shared/agreements/indexation.schemas.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './agreement.service.ts';

const tags = ['agreements'];

export const indexationRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/agreements/:id/payment-terms',
    permission: 'agreement.read',
    summary:
      "An agreement's price indexations, its price history (agreed and indexed prices) and the pause kinds it excludes from payment",
    tags,
    schema: { params: idParamsSchema, response: agreementPaymentTermsSchema },
    handler: ({ ctx, params }) => service.getPaymentTerms(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/agreements/:id/indexations',
    permission: 'agreement.manage',
    summary:
      'Index the weekly prices from a date by a percentage (once a year, after the last one); the agreed prices are kept',
    tags,
    status: 201,
    schema: { params: idParamsSchema, body: addIndexationSchema, response: agreementPaymentTermsSchema },
    handler: ({ ctx, params, body }) => service.addIndexation(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/agreements/:id/pause-exclusions',
    permission: 'agreement.manage',
    summary: 'Set which pause kinds (illness, hospital stay, other) the agreement excludes from payment',
    tags,
    schema: { params: idParamsSchema, body: setPauseExclusionsSchema, response: agreementPaymentTermsSchema },
    handler: ({ ctx, params, body }) => service.setPauseExclusions(ctx, params.id, body),
  }),
];
