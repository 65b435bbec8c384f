import {
  accessLogSchema,
  citizenDetailSchema,
  citizenIdParamsSchema,
  citizenListSchema,
  createCitizenSchema,
  searchCitizensQuerySchema,
} from '../../../shared/citizens/citizen.schemas.ts';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/route.ts';
import { CITIZEN_EXPORT_FORMATS, exportCitizen } from './citizen-export.service.ts';
import { createCitizen, getCitizen, getCitizenAccessLog, searchCitizens } from './citizen.service.ts';
import { attachmentHeader } from '../../platform/export/file-name.ts';

const tags = ['citizens'];

export const citizenRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/citizens',
    permission: 'citizen.search',
    summary: 'Search citizens by CPR number or name; without q, the first page of the citizens in scope',
    tags,
    schema: { querystring: searchCitizensQuerySchema, response: citizenListSchema },
    handler: ({ ctx, query }) => searchCitizens(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/citizens/:id',
    permission: 'citizen.read',
    summary: 'One citizen (logged as a read)',
    tags,
    schema: { params: citizenIdParamsSchema, response: citizenDetailSchema },
    handler: ({ ctx, params }) => getCitizen(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/citizens',
    permission: 'citizen.create',
    summary: "Create a citizen at the caseworker's job centre",
    tags,
    status: 201,
    schema: { body: createCitizenSchema, response: citizenDetailSchema },
    handler: ({ ctx, body }) => createCitizen(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/citizens/:id/access-log',
    permission: 'citizen.access_log.read',
    summary: "Who has used this citizen's data (newest first)",
    tags,
    schema: { params: citizenIdParamsSchema, response: accessLogSchema },
    handler: ({ ctx, params }) => getCitizenAccessLog(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/citizens/:id/export',
    permission: 'citizen.export',
    summary:
      "The citizen's right of access (GDPR art. 15): everything held about the citizen, as PDF or JSON " +
      '(docs/citizen-export.md); only for the responsible job centre; audited as an export',
    tags,
    schema: {
      params: citizenIdParamsSchema,
      querystring: z.object({ format: z.enum(CITIZEN_EXPORT_FORMATS).default('pdf') }),
      response: z.unknown(),
    },
    handler: async ({ ctx, params, query, reply }) => {
      const file = await exportCitizen(ctx, params.id, query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachmentHeader(file.filename))
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  }),
];
