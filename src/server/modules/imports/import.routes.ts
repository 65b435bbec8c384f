// The imports API: upload a file to import (answers 202 with the batch id; the import runs in the
// background), follow it, and list recent imports. The file is the raw request body, streamed to disk.
import {
  importBatchSchema,
  importIdParamsSchema,
  importKindParamsSchema,
  importListSchema,
  importStartedSchema,
  startImportQuerySchema,
} from '../../../shared/imports/import.schemas.ts';
import { defineRoute } from '../../platform/http/route.ts';
import * as service from './import.service.ts';

const tags = ['imports'];

export const importRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/imports/:kind',
    permission: 'import.run',
    summary:
      'Start an import of providers, courses, placements, plans, the codebook or a DREAM extract. The body is the CSV file (text/csv or application/octet-stream; small files also as a JSON string); options in the query. Answers 202 with the batch id.',
    tags,
    status: 202,
    rawBodyTypes: ['text/csv', 'application/octet-stream'],
    schema: {
      params: importKindParamsSchema,
      querystring: startImportQuerySchema,
      response: importStartedSchema,
    },
    handler: ({ ctx, params, query, body, request }) => {
      const length = Number(request.headers['content-length']);
      return service.startUploadedImport(
        ctx,
        {
          kind: params.kind,
          fileName: query.fileName,
          jobCentre: query.jobCentre,
          unknownCodesAsBenefit: query.unknownCodesAsBenefit,
          body,
          contentLength: Number.isFinite(length) ? length : undefined,
        },
        (error) => request.log.error({ err: error }, 'import failed unexpectedly'),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/imports',
    permission: 'import.run',
    summary: 'The most recent imports with their counts',
    tags,
    schema: { response: importListSchema },
    handler: ({ ctx }) => service.listImports(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/imports/:id',
    permission: 'import.run',
    summary: "An import's status, progress while it runs, summary and errors (with line numbers)",
    tags,
    schema: { params: importIdParamsSchema, response: importBatchSchema },
    handler: ({ ctx, params }) => service.getImport(ctx, params.id),
  }),
];
