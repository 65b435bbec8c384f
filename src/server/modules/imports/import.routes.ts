// The imports API: upload a file to import (answers 202 with the batch id; the import runs in the
// background, or with follow=true its progress streams back on the same request), follow it, and list
// recent imports. The file is the raw request body, streamed to disk.
import {
  importBatchSchema,
  importIdParamsSchema,
  importKindParamsSchema,
  importListSchema,
  importStartedSchema,
  startImportQuerySchema,
} from '../../../shared/imports/import.schemas.ts';
import { PERSONAL_DATA_KINDS, type ImportKind } from '../../../shared/imports/import.constants.ts';
import type { StartImportOptions } from '../../../shared/imports/import.schemas.ts';
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../platform/context.ts';
import { defineRoute } from '../../platform/http/route.ts';
import * as service from './import.service.ts';

const tags = ['imports'];

/** How often a followed import's progress is written. */
const FOLLOW_MS = 250;

/**
 * Answers with the import's progress as lines of JSON while it runs (the `follow` option): the id,
 * the progress now and every FOLLOW_MS, and {"done": true} when it has ended. Reads only memory.
 */
function followImport(reply: FastifyReply, id: string, ended: Promise<void>): FastifyReply {
  const lines = new PassThrough();
  const write = (value: unknown) => lines.write(`${JSON.stringify(value)}\n`);
  write({ id });
  const tick = () => {
    const progress = service.progressOf(id);
    if (progress) write({ progress });
  };
  tick();
  const timer = setInterval(tick, FOLLOW_MS);
  // A page that goes away stops the lines; the import itself runs on to its end.
  lines.on('close', () => clearInterval(timer));
  lines.on('error', () => clearInterval(timer));
  void ended.finally(() => {
    clearInterval(timer);
    if (!lines.destroyed) lines.end(`${JSON.stringify({ done: true })}\n`);
  });
  // No proxy buffering: each line should reach the page as it is written.
  reply
    .status(200)
    .header('content-type', 'application/x-ndjson; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-accel-buffering', 'no');
  void reply.send(lines);
  return reply;
}

const START_SUMMARY =
  'The body is the CSV file (text/csv or application/octet-stream; small files also as a JSON string); options in the query. Answers 202 with the batch id; with follow=true, 200 with the progress as lines of JSON until it has ended.';

interface UploadRequest {
  ctx: Ctx;
  query: StartImportOptions;
  body: unknown;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** Starts an upload's import of `kind` and answers with its id, or follows it. */
async function startUpload({ ctx, query: options, body, request, reply }: UploadRequest, kind: ImportKind) {
  const length = Number(request.headers['content-length']);
  const { id, ended } = await service.startUploadedImport(
    ctx,
    {
      kind,
      fileName: options.fileName,
      jobCentre: options.jobCentre,
      unknownCodesAsBenefit: options.unknownCodesAsBenefit,
      encoding: options.encoding,
      body,
      contentLength: Number.isFinite(length) ? length : undefined,
    },
    (error) => request.log.error({ err: error }, 'import failed unexpectedly'),
  );
  if (!options.follow) return { id };
  return followImport(reply, id, ended) as never;
}

export const importRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/imports/:kind',
    permission: 'import.run',
    summary: `Start an import of providers, the codebook or a DREAM extract. ${START_SUMMARY}`,
    tags,
    status: 202,
    rawBodyTypes: ['text/csv', 'application/octet-stream'],
    schema: {
      params: importKindParamsSchema,
      querystring: startImportQuerySchema,
      response: importStartedSchema,
    },
    handler: (input) => startUpload(input, input.params.kind),
  }),
  // Imports that write personal data (they create citizens, and a course gives its provider the citizen)
  // need their own permission: a route of their own each, so the guard is in the route's type.
  ...PERSONAL_DATA_KINDS.map((kind) =>
    defineRoute({
      method: 'POST',
      url: `/api/imports/${kind}`,
      permission: 'import.personal_data',
      summary: `Start an import of ${kind}: personal data (citizens are created for unknown CPR numbers), so it needs import.personal_data. ${START_SUMMARY}`,
      tags,
      status: 202,
      rawBodyTypes: ['text/csv', 'application/octet-stream'],
      schema: { querystring: startImportQuerySchema, response: importStartedSchema },
      handler: (input) => startUpload(input, kind),
    }),
  ),
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
