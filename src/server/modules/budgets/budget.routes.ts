// The budgets API: budget frames, capacity (with a what-if on the price) and budget notes with their two
// tables and reconciliation; every table also as XLSX or CSV.
import {
  budgetDetailSchema,
  budgetExportQuerySchema,
  budgetFrameExportQuerySchema,
  budgetFrameListQuerySchema,
  budgetFrameListSchema,
  budgetFrameSchema,
  budgetListSchema,
  budgetTablesInputSchema,
  capacityExportQuerySchema,
  capacityQuerySchema,
  capacitySchema,
  createBudgetFrameSchema,
  createBudgetSchema,
  exportFileSchema,
  idParamsSchema,
  updateBudgetFrameSchema,
} from '../../../shared/budgets/budget.schemas.ts';
import { sendTables } from '../../platform/export/table-export.ts';
import { defineRoute } from '../../platform/http/route.ts';
import {
  createBudget,
  createBudgetFrame,
  exportBudget,
  exportCapacity,
  exportFrames,
  getBudget,
  getBudgetFrame,
  getCapacity,
  listBudgetFrames,
  listBudgets,
  replaceBudgetTables,
  updateBudgetFrame,
} from './budget.service.ts';

const tags = ['budgets'];

export const budgetRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/budget-frames',
    permission: 'budget.read',
    summary: 'Budget frames (optionally of one year) with what each buys at the agreed prices',
    tags,
    schema: { querystring: budgetFrameListQuerySchema, response: budgetFrameListSchema },
    handler: ({ ctx, query }) => listBudgetFrames(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/budget-frames/export',
    permission: 'budget.read',
    summary: 'Budget frames with their capacity as XLSX or CSV (format=xlsx|csv|csv-en)',
    tags,
    schema: { querystring: budgetFrameExportQuerySchema, response: exportFileSchema },
    handler: async ({ ctx, query, reply }) => {
      const { filename, tables } = await exportFrames(ctx, query);
      return sendTables(reply, query.format, filename, tables);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/budget-frames/:id',
    permission: 'budget.read',
    summary: 'One budget frame with its capacity',
    tags,
    schema: { params: idParamsSchema, response: budgetFrameSchema },
    handler: ({ ctx, params }) => getBudgetFrame(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/budget-frames',
    permission: 'budget.manage',
    summary: 'Create the annual budget frame of a programme (one per programme and year)',
    tags,
    status: 201,
    schema: { body: createBudgetFrameSchema, response: budgetFrameSchema },
    handler: ({ ctx, body }) => createBudgetFrame(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/budget-frames/:id',
    permission: 'budget.manage',
    summary: 'Change a budget frame (the fields given)',
    tags,
    schema: { params: idParamsSchema, body: updateBudgetFrameSchema, response: budgetFrameSchema },
    handler: ({ ctx, params, body }) => updateBudgetFrame(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/capacity',
    permission: 'capacity.read',
    summary:
      'What a frame buys per agreement at the prices of its year, and what a new programme price (øre) or a change in percent would do. Provider users see their own rows only.',
    tags,
    schema: { querystring: capacityQuerySchema, response: capacitySchema },
    handler: ({ ctx, query }) => getCapacity(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/capacity/export',
    permission: 'capacity.read',
    summary: 'The capacity table (with the what-if, if asked) as XLSX or CSV',
    tags,
    schema: { querystring: capacityExportQuerySchema, response: exportFileSchema },
    handler: async ({ ctx, query, reply }) => {
      const { filename, tables } = await exportCapacity(ctx, query);
      return sendTables(reply, query.format, filename, tables);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/budgets',
    permission: 'budget.read',
    summary: 'Budget notes with their reconciliation status',
    tags,
    schema: { response: budgetListSchema },
    handler: ({ ctx }) => listBudgets(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/budgets',
    permission: 'budget.manage',
    summary: 'Create a budget note (its tables are filled with PUT …/tables)',
    tags,
    status: 201,
    schema: { body: createBudgetSchema, response: budgetDetailSchema },
    handler: ({ ctx, body }) => createBudget(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/budgets/:id',
    permission: 'budget.read',
    summary: 'A budget note: Tabel 1, Tabel 2, the stated totals and the reconciliation',
    tags,
    schema: { params: idParamsSchema, response: budgetDetailSchema },
    handler: ({ ctx, params }) => getBudget(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/budgets/:id/tables',
    permission: 'budget.manage',
    summary:
      "Replace a budget note's rows, amounts and stated totals; the answer holds the new reconciliation",
    tags,
    schema: { params: idParamsSchema, body: budgetTablesInputSchema, response: budgetDetailSchema },
    handler: ({ ctx, params, body }) => replaceBudgetTables(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/budgets/:id/export',
    permission: 'budget.read',
    summary:
      'A budget note as XLSX (sheets Tabel 1, Tabel 2, Afstemning) or one table as CSV (table=activities|appropriations|reconciliation)',
    tags,
    schema: { params: idParamsSchema, querystring: budgetExportQuerySchema, response: exportFileSchema },
    handler: async ({ ctx, params, query, reply }) => {
      const { filename, tables } = await exportBudget(ctx, params.id, query.format, query.table);
      return sendTables(reply, query.format, filename, tables);
    },
  }),
];
