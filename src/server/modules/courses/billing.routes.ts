// The billing API: course-weeks × weekly prices per provider and month (docs/billing.md), on the page
// and as XLSX or CSV. Provider leads see only their own provider (another provider's answers 404).
import {
  billingExportFileSchema,
  billingExportQuerySchema,
  billingQuerySchema,
  billingViewSchema,
} from '../../../shared/courses/billing.schemas.ts';
import { sendTables } from '../../platform/export/table-export.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import { exportBilling, getBilling } from './billing.service.ts';

const tags = ['billing'];

export const billingRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/billing',
    permission: 'billing.read',
    summary:
      'Course-weeks and kroner per provider, month and agreement (programme and aftercare), totals and weeks without a price',
    tags,
    schema: { querystring: billingQuerySchema, response: billingViewSchema },
    handler: ({ ctx, query }) => getBilling(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/billing/export',
    permission: 'billing.read',
    summary: 'The billing as XLSX (a sheet per table) or CSV of the month table (format=xlsx|csv|csv-en)',
    tags,
    schema: { querystring: billingExportQuerySchema, response: billingExportFileSchema },
    handler: async ({ ctx, query, reply }) => {
      const { filename, tables } = await exportBilling(ctx, query);
      return sendTables(reply, query.format, filename, tables);
    },
  }),
];
