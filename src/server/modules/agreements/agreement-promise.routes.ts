// HTTP of the provider's promises per framework agreement and of the agreement's EAN number (issue 14).
// Reading promises needs promise.read (a provider's lead: its own provider's agreements only, in the
// service); recording and removing them promise.manage; the EAN number agreement.manage.
import { agreementDetailSchema, idParamsSchema } from '../../../shared/agreements/agreement.schemas.ts';
import {
  createPromiseSchema,
  eanInputSchema,
  promiseListSchema,
  promiseParamsSchema,
} from '../../../shared/agreements/promise.schemas.ts';
import { defineRoute } from '../../platform/http/route.ts';
import * as service from './agreement-promise.service.ts';

const tags = ['agreements'];

export const agreementPromiseRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/agreements/:id/promises',
    permission: 'promise.read',
    summary:
      'What the provider promised in its bid or the agreement, each compared with what indsats records today (values in tenths)',
    tags,
    schema: { params: idParamsSchema, response: promiseListSchema },
    handler: ({ ctx, params }) => service.listPromises(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/agreements/:id/promises',
    permission: 'promise.manage',
    summary:
      "Record a promise: its kind (another kind with its own name and unit), the promised number as typed ('12,5'), and its source: the bid (linked to the provider's bid and a sub-criterion) or a clause of the agreement",
    tags,
    status: 201,
    schema: { params: idParamsSchema, body: createPromiseSchema, response: promiseListSchema },
    handler: ({ ctx, params, body }) => service.createPromise(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/agreements/:id/promises/:promiseId',
    permission: 'promise.manage',
    summary: 'Remove a promise recorded by mistake (the audit trail keeps it)',
    tags,
    schema: { params: promiseParamsSchema, response: promiseListSchema },
    handler: ({ ctx, params }) => service.deletePromise(ctx, params.id, params.promiseId),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/agreements/:id/ean',
    permission: 'agreement.manage',
    summary:
      "Set or change the municipality's EAN number the provider invoices to (13 digits, GS1 check digit); null or '' removes it",
    tags,
    schema: { params: idParamsSchema, body: eanInputSchema, response: agreementDetailSchema },
    handler: ({ ctx, params, body }) => service.setAgreementEan(ctx, params.id, body),
  }),
];
