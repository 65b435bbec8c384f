// The payments API (issue 14): a month's billing bases per provider, preparing, accepting and approving a
// basis, corrections, invoices received, and the finance export. Provider leads see and accept only their
// own provider's bases (another provider's answers 404); the administration prepares, corrects, approves
// and records invoices.
import {
  basisMonthQuerySchema,
  basisMonthViewSchema,
  basisParamsSchema,
  basisViewSchema,
  budgetStatusQuerySchema,
  budgetStatusViewSchema,
  correctionSchema,
  financeExportFileSchema,
  financeExportQuerySchema,
  invoiceSchema,
  prepareBasisSchema,
  providerMonthSchema,
} from '../../../shared/payments/payment.schemas.ts';
import { sendTables } from '../../platform/export/table-export.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import {
  acceptBasis,
  addCorrection,
  approveBasis,
  exportFinance,
  getBudgetStatus,
  getBasisMonth,
  prepareBasis,
  recordInvoice,
} from './payment.service.ts';

const tags = ['payments'];

export const paymentRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/billing-bases',
    permission: 'billing.read',
    summary:
      "A month's billing bases per provider with their lines, status and the invoices matched against them",
    tags,
    schema: { querystring: basisMonthQuerySchema, response: basisMonthViewSchema },
    handler: ({ ctx, query }) => getBasisMonth(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/billing-bases',
    permission: 'billing.approve',
    summary:
      "Prepares a provider's billing basis of an ended month from the billing rules (again while a draft)",
    tags,
    schema: { body: prepareBasisSchema, response: basisViewSchema },
    handler: ({ ctx, body }) => prepareBasis(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/billing-bases/:id/accept',
    permission: 'billing.accept',
    summary: "The provider's lead accepts the provider's billing basis",
    tags,
    schema: { params: basisParamsSchema, response: basisViewSchema },
    handler: ({ ctx, params }) => acceptBasis(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/billing-bases/:id/approve',
    permission: 'billing.approve',
    summary: 'The administration approves an accepted billing basis, which locks it',
    tags,
    schema: { params: basisParamsSchema, response: basisViewSchema },
    handler: ({ ctx, params }) => approveBasis(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/billing-bases/:id/corrections',
    permission: 'billing.approve',
    summary: 'A credit or debit of an earlier approved month, as a line of this draft basis with its reason',
    tags,
    schema: { params: basisParamsSchema, body: correctionSchema, response: basisViewSchema },
    handler: ({ ctx, params, body }) => addCorrection(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/billing-invoices',
    permission: 'billing.approve',
    summary:
      "Records an invoice received for a provider's month; answers the month matched against the basis",
    tags,
    schema: { body: invoiceSchema, response: providerMonthSchema },
    handler: ({ ctx, body }) => recordInvoice(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/billing-bases/export',
    permission: 'billing.approve',
    summary:
      "The month's approved billing bases for the finance system, with EAN numbers (format=xlsx|csv|csv-en)",
    tags,
    schema: { querystring: financeExportQuerySchema, response: financeExportFileSchema },
    handler: async ({ ctx, query, reply }) => {
      const { filename, tables } = await exportFinance(ctx, query);
      return sendTables(reply, query.format, filename, tables);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/budget-status',
    permission: 'budget.read',
    summary:
      "The year's budget frame against what is approved, billed but not approved, and forecast to year end, per provider",
    tags,
    schema: { querystring: budgetStatusQuerySchema, response: budgetStatusViewSchema },
    handler: ({ ctx, query }) => getBudgetStatus(ctx, query),
  }),
];
