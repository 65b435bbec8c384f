// HTTP of tenders and their areas as master data (name, case number, partnership requirement, price bands
// and caps, areas): read with agreement.read, changed with agreement.manage, as when they lived in the
// agreements module (their paths and OpenAPI tag are unchanged).
import {
  createTenderAreaSchema,
  createTenderSchema,
  idParamsSchema,
  tenderDetailSchema,
  tenderListSchema,
  updateTenderAreaSchema,
  updateTenderSchema,
} from '../../../shared/agreements/agreement.schemas.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as tenders from './tender.service.ts';

const tags = ['agreements'];

export const tenderMasterRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/tenders',
    permission: 'agreement.read',
    summary: 'Tenders with their price bands (newest decision first)',
    tags,
    schema: { response: tenderListSchema },
    handler: ({ ctx }) => tenders.listTenders(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tenders',
    permission: 'agreement.manage',
    summary:
      'Create a tender: case number, decision date, binding-partnership requirement, price bands (kroner)',
    tags,
    status: 201,
    schema: { body: createTenderSchema, response: tenderDetailSchema },
    handler: ({ ctx, body }) => tenders.createTender(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tenders/:id',
    permission: 'agreement.read',
    summary: 'One tender with its areas and price bands',
    tags,
    schema: { params: idParamsSchema, response: tenderDetailSchema },
    handler: ({ ctx, params }) => tenders.getTender(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/tenders/:id',
    permission: 'agreement.manage',
    summary: 'Change a tender; a price band or cap given as null is removed',
    tags,
    schema: { params: idParamsSchema, body: updateTenderSchema, response: tenderDetailSchema },
    handler: ({ ctx, params, body }) => tenders.updateTender(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tenders/:id/areas',
    permission: 'agreement.manage',
    summary: "Add a tender area; its number is the tender's own numbering",
    tags,
    status: 201,
    schema: { params: idParamsSchema, body: createTenderAreaSchema, response: tenderDetailSchema },
    handler: ({ ctx, params, body }) => tenders.addTenderArea(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/tender-areas/:id',
    permission: 'agreement.manage',
    summary: 'Change a tender area (answers the whole tender)',
    tags,
    schema: { params: idParamsSchema, body: updateTenderAreaSchema, response: tenderDetailSchema },
    handler: ({ ctx, params, body }) => tenders.updateTenderArea(ctx, params.id, body),
  }),
];
