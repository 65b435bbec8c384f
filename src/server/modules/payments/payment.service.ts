// Paying providers (issue 14; docs/billing.md "The monthly billing basis"): the administration prepares a
// provider's monthly billing basis (afregningsgrundlag) from the courses module's billing rules, the
// provider's lead accepts it, the administration approves it and it is locked; corrections are credit or
// debit lines in a later month; invoices received are matched against the approved basis.
//   A basis holds sums only (weeks, kroner, courses counted), never a citizen, so every use case runs
// without the row scope (withAggregateTransaction) and limits provider users to their own provider here:
// another provider's basis answers NOT_FOUND. Every read and change is audited in its transaction.
import { todayInCopenhagen } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import type {
  BasisMonthQuery,
  BasisMonthView,
  BasisView,
  BudgetStatusQuery,
  BudgetStatusView,
  CorrectionInput,
  FinanceExportQuery,
  InvoiceInput,
  PrepareBasisInput,
} from '../../../shared/payments/payment.schemas.ts';
import type { Language } from '../../../shared/messages.ts';
import { auditAction } from '../../platform/audit/audit-request.ts';
import type { ExportTable } from '../../platform/export/table-export.ts';
import { withAggregateTransaction, type Ctx, type Tx } from '../../platform/context.ts';
import { billProviderMonth } from '../courses/billing.service.ts';
import { financeExportTables } from './finance.export.ts';
import * as repo from './payment.repository.ts';
import { basisAsOf, checkBasisAction, checkCorrection, isMonthEnded } from './payment.rules.ts';
import { readBasis, readMonth } from './services/basis-view.ts';
import { getBudgetStatus as budgetStatusOf } from './services/budget-status.ts';
import { mayAccessProvider, providerFilterOf } from '../../platform/access/provider-scope.ts';

export interface PaymentOptions {
  /** Today in Copenhagen (tests pass a fixed day). */
  today?: string;
}

const notFound = () => new AppError('NOT_FOUND', 'access.not_found');

/** The provider the actor may act for: its own for provider users, else the one asked for. */
function providerScope(ctx: Ctx, providerId: string | undefined): string | undefined {
  return providerFilterOf(ctx.actor, providerId);
}

/** The basis, if the actor may see it (a provider user only its own provider's). */
async function requireBasis(tx: Tx, ctx: Ctx, id: string) {
  const basis = await repo.findBasis(tx, id);
  if (!basis) throw notFound();
  if (!mayAccessProvider(ctx.actor, basis.providerId)) {
    throw notFound();
  }
  return basis;
}

function audit(
  tx: Tx,
  ctx: Ctx,
  action: 'read' | 'create' | 'update' | 'export',
  entity: string,
  id: string | null,
  criteria: Record<string, unknown>,
) {
  return auditAction(tx, ctx, { action, entityType: entity, entityId: id, criteria });
}

/** A month's bases and invoices per provider (the provider's own only, for provider users). */
export async function getBasisMonth(
  ctx: Ctx,
  query: BasisMonthQuery,
  options: PaymentOptions = {},
): Promise<BasisMonthView> {
  const providerId = providerScope(ctx, query.providerId);
  return withAggregateTransaction(ctx, async (tx) => {
    const view = await readMonth(tx, {
      month: query.month,
      providerId,
      today: options.today ?? todayInCopenhagen(),
    });
    if (providerId && view.providers.length === 0) throw notFound();
    await audit(tx, ctx, 'read', 'billing_basis', null, {
      month: query.month,
      providerId: providerId ?? null,
    });
    return view;
  });
}

/**
 * Prepares (or, while a draft, prepares again) a provider's basis of an ended month from the billing
 * rules, as of the month's last day. Corrections already on the draft stay.
 */
export async function prepareBasis(
  ctx: Ctx,
  input: PrepareBasisInput,
  options: PaymentOptions = {},
): Promise<BasisView> {
  const today = options.today ?? todayInCopenhagen();
  if (!isMonthEnded(input.month, today)) {
    throw new AppError('INVALID_STATE', 'payments.month_not_ended', {
      fields: { month: 'payments.month_not_ended' },
    });
  }
  return withAggregateTransaction(ctx, async (tx) => {
    const [provider] = await repo.listProviders(tx, input.providerId);
    if (!provider) throw notFound();
    const asOf = basisAsOf(input.month);
    const { rows, problemWeeks } = await billProviderMonth(tx, {
      providerId: input.providerId,
      month: input.month,
      asOf,
    });
    const existing = await repo.findBasisOfMonth(tx, input.providerId, input.month);
    let id: string;
    if (existing) {
      const status = await repo.lockBasis(tx, existing.id);
      if (checkBasisAction(status!, 'prepare') !== 'ok') {
        throw new AppError('INVALID_STATE', 'payments.basis_locked');
      }
      id = existing.id;
      await repo.deleteWeekLines(tx, id);
      await repo.refreshBasis(tx, id, { asOf, problemWeeks, preparedBy: ctx.actor.userId });
    } else {
      id = await repo.insertBasis(tx, {
        providerId: input.providerId,
        month: input.month,
        asOf,
        problemWeeks,
        preparedBy: ctx.actor.userId,
      });
    }
    await repo.insertLines(
      tx,
      id,
      rows.map((row) => ({
        kind: 'weeks' as const,
        agreementId: row.agreementId,
        programmeWeeks: row.programme.weeks,
        programmeOre: row.programme.ore,
        aftercareWeeks: row.aftercare.weeks,
        aftercareOre: row.aftercare.ore,
        courseCount: row.courses,
        amountOre: row.totalOre,
        createdBy: ctx.actor.userId,
      })),
    );
    const basis = (await readBasis(tx, id))!;
    await audit(tx, ctx, existing ? 'update' : 'create', 'billing_basis', id, {
      step: 'prepare',
      providerId: input.providerId,
      month: input.month,
      asOf,
      totalOre: basis.totalOre,
      problemWeeks,
    });
    return basis;
  });
}

/** The provider's lead accepts its own provider's basis (accepting it again changes nothing). */
export async function acceptBasis(ctx: Ctx, id: string): Promise<BasisView> {
  return withAggregateTransaction(ctx, async (tx) => {
    await requireBasis(tx, ctx, id);
    const check = checkBasisAction((await repo.lockBasis(tx, id))!, 'accept');
    if (check === 'refused') throw new AppError('INVALID_STATE', 'payments.basis_approved');
    if (check === 'ok') {
      await repo.setBasisStatus(tx, id, { status: 'accepted', acceptedBy: ctx.actor.userId });
    }
    const basis = (await readBasis(tx, id))!;
    await audit(tx, ctx, check === 'ok' ? 'update' : 'read', 'billing_basis', id, {
      step: 'accept',
      month: basis.month,
      providerId: basis.providerId,
      totalOre: basis.totalOre,
    });
    return basis;
  });
}

/** The administration approves an accepted basis; it is then locked (approving it again changes nothing). */
export async function approveBasis(ctx: Ctx, id: string): Promise<BasisView> {
  return withAggregateTransaction(ctx, async (tx) => {
    const row = await requireBasis(tx, ctx, id);
    const check = checkBasisAction((await repo.lockBasis(tx, id))!, 'approve');
    if (check === 'refused') throw new AppError('INVALID_STATE', 'payments.basis_not_accepted');
    if (check === 'ok') {
      if (row.problemWeeks > 0) throw new AppError('INVALID_STATE', 'payments.basis_has_problems');
      await repo.setBasisStatus(tx, id, { status: 'approved', approvedBy: ctx.actor.userId });
    }
    const basis = (await readBasis(tx, id))!;
    await audit(tx, ctx, check === 'ok' ? 'update' : 'read', 'billing_basis', id, {
      step: 'approve',
      month: basis.month,
      providerId: basis.providerId,
      totalOre: basis.totalOre,
    });
    return basis;
  });
}

/** A credit or debit of an earlier, approved month, as a line of this (draft) basis with its reason. */
export async function addCorrection(ctx: Ctx, id: string, input: CorrectionInput): Promise<BasisView> {
  return withAggregateTransaction(ctx, async (tx) => {
    const row = await requireBasis(tx, ctx, id);
    if (checkBasisAction((await repo.lockBasis(tx, id))!, 'correct') !== 'ok') {
      throw new AppError('INVALID_STATE', 'payments.basis_locked');
    }
    const corrected = await repo.findBasisOfMonth(tx, row.providerId, input.correctsMonth);
    const problem = checkCorrection(row.month, input, corrected?.status ?? null);
    if (problem) {
      const key = `payments.correction_${problem}` as const;
      throw new AppError(problem === 'zero' ? 'VALIDATION_FAILED' : 'INVALID_STATE', key, {
        fields: { [problem === 'zero' ? 'amountOre' : 'correctsMonth']: key },
      });
    }
    await repo.insertLines(tx, id, [
      {
        kind: 'correction',
        agreementId: null,
        amountOre: input.amountOre,
        correctsMonth: input.correctsMonth,
        reason: input.reason.trim(),
        createdBy: ctx.actor.userId,
      },
    ]);
    // The reason is free text: the audit row carries the amount and the month, not the text.
    await audit(tx, ctx, 'create', 'billing_basis_line', id, {
      step: 'correct',
      month: row.month,
      providerId: row.providerId,
      correctsMonth: input.correctsMonth,
      amountOre: input.amountOre,
    });
    return (await readBasis(tx, id))!;
  });
}

/**
 * Records an invoice received for a provider's month; the month view matches it against the approved
 * basis. Recording the same invoice again changes nothing; the same number with other details is refused.
 */
export async function recordInvoice(ctx: Ctx, input: InvoiceInput, options: PaymentOptions = {}) {
  return withAggregateTransaction(ctx, async (tx) => {
    const [provider] = await repo.listProviders(tx, input.providerId);
    if (!provider) throw notFound();
    const number = input.invoiceNumber.trim();
    const existing = await repo.findInvoiceByNumber(tx, input.providerId, number);
    if (existing) {
      const same =
        existing.month === input.month &&
        existing.invoiceDate === input.invoiceDate &&
        existing.amountOre === input.amountOre;
      if (!same) {
        throw new AppError('CONFLICT', 'payments.invoice_exists', {
          fields: { invoiceNumber: 'payments.invoice_exists' },
        });
      }
    } else {
      const invoiceId = await repo.insertInvoice(tx, {
        providerId: input.providerId,
        month: input.month,
        invoiceNumber: number,
        invoiceDate: input.invoiceDate,
        amountOre: input.amountOre,
        receivedBy: ctx.actor.userId,
      });
      await audit(tx, ctx, 'create', 'billing_invoice', invoiceId, {
        providerId: input.providerId,
        month: input.month,
        amountOre: input.amountOre,
      });
    }
    const view = await readMonth(tx, {
      month: input.month,
      providerId: input.providerId,
      today: options.today ?? todayInCopenhagen(),
    });
    return view.providers[0]!;
  });
}

/** The month's approved bases for the finance system as tables (CSV: the lines; XLSX: also the invoices). */
export async function exportFinance(
  ctx: Ctx,
  query: FinanceExportQuery,
  options: PaymentOptions = {},
): Promise<{ filename: string; tables: ExportTable<unknown>[] }> {
  return withAggregateTransaction(ctx, async (tx) => {
    const view = await readMonth(tx, {
      month: query.month,
      providerId: undefined,
      today: options.today ?? todayInCopenhagen(),
    });
    const approved = view.providers.filter((p) => p.basis?.status === 'approved');
    await audit(tx, ctx, 'export', 'billing_basis', null, {
      month: query.month,
      format: query.format,
      bases: approved.length,
    });
    const language: Language = query.format === 'csv-en' ? 'en' : ctx.language;
    return { filename: `afregning-finans-${query.month}`, tables: financeExportTables(view, language) };
  });
}

/** The year's budget frame against approved, billed-but-not-approved and forecast amounts. */
export async function getBudgetStatus(
  ctx: Ctx,
  query: BudgetStatusQuery,
  options: PaymentOptions = {},
): Promise<BudgetStatusView> {
  return budgetStatusOf(ctx, query, { today: options.today ?? todayInCopenhagen() });
}
