// The outcome tables' API: the three tables for chosen periods (with a comparison against a saved
// report), their export, and saved reports. Analysts and procurement see every provider's row; a
// provider lead its own row and the total.
import { z } from 'zod';
import {
  createOutcomeReportSchema,
  outcomeExportQuerySchema,
  outcomeQuerySchema,
  outcomeResponseSchema,
  reportIdParamsSchema,
  savedReportListSchema,
  savedReportSchema,
  savedReportSummarySchema,
} from '../../../shared/outcomes/outcome.schemas.ts';
import {
  fairnessExportQuerySchema,
  fairnessQuerySchema,
  fairnessReportSchema,
} from '../../../shared/outcomes/fairness.schemas.ts';
import { defineRoute } from '../../platform/http/route.ts';
import * as service from './outcome.service.ts';
import { attachmentHeader } from '../../platform/export/file-name.ts';

const tags = ['outcomes'];

export const outcomeRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/outcomes',
    permission: 'outcome.read',
    summary:
      'The three outcome tables (exit, placement, plan) per provider with totals; compareTo gives percentage points against a saved report',
    tags,
    schema: { querystring: outcomeQuerySchema, response: outcomeResponseSchema },
    handler: ({ ctx, query }) => service.getOutcomes(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/outcomes/fairness',
    permission: 'outcome.read',
    summary:
      "The three tables compared fairly (definition case-mix-2026): per provider the successes observed against those expected from its citizens' age and benefit history, O/E, z, funnel limits and a label, and the cells' pooled rates",
    tags,
    schema: { querystring: fairnessQuerySchema, response: fairnessReportSchema },
    handler: ({ ctx, query }) => service.getFairness(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/outcomes/fairness/export',
    permission: 'outcome.read',
    summary:
      'The fair comparison as XLSX (sheets per table, cost, budget, selection, cells), a committee PDF with funnel plots, or Danish CSV',
    tags,
    schema: { querystring: fairnessExportQuerySchema, response: z.unknown() },
    handler: async ({ ctx, query, reply }) => {
      const file = await service.exportFairness(ctx, query);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachmentHeader(file.filename))
        .send(file.body);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/outcomes/export',
    permission: 'outcome.read',
    summary: 'The outcome tables as XLSX, CSV (Danish or plain) or a PDF like the committee appendix',
    tags,
    schema: { querystring: outcomeExportQuerySchema, response: z.unknown() },
    handler: async ({ ctx, query, reply }) => {
      const file = await service.exportOutcomes(ctx, query);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachmentHeader(file.filename))
        .send(file.body);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/outcome-reports',
    permission: 'outcome.read',
    summary: 'Saved outcome reports, newest first, with their total percentages',
    tags,
    schema: { response: savedReportListSchema },
    handler: ({ ctx }) => service.listOutcomeReports(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/outcome-reports',
    permission: 'outcome.manage',
    summary: 'Compute and save a report with its definition version and the imports it used',
    tags,
    status: 201,
    schema: { body: createOutcomeReportSchema, response: savedReportSummarySchema },
    handler: ({ ctx, body }) => service.createOutcomeReport(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/outcome-reports/:id',
    permission: 'outcome.read',
    summary: 'A saved report, the same parameters recomputed now, and the differences in percentage points',
    tags,
    schema: { params: reportIdParamsSchema, response: savedReportSchema },
    handler: ({ ctx, params }) => service.getOutcomeReport(ctx, params.id),
  }),
];
