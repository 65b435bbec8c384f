// Saved reports: the parameters, the definition version, the imports the figures came from and the
// figures themselves, so a published figure can be reproduced; read back with the same parameters
// recomputed now, so late register data shows as differences.
import { actorLabels } from '../../../platform/audit/actor-label.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import type {
  CreateOutcomeReportInput,
  OutcomeReport,
  ResolvedParameters,
  SavedReport,
  SavedReportList,
  SavedReportSummary,
} from '../../../../shared/outcomes/outcome.schemas.ts';
import { withAggregateTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import * as repo from '../outcome.repository.ts';
import { compareReports } from './compare-reports.ts';
import { computeOutcomes, resolveParameters } from './compute-report.ts';
import { requireSavedReport } from './read-outcomes.ts';
import { scopeComparison, scopeReport, visibleProviderCode } from './report-scope.ts';

function toSummary(row: repo.SavedReportRow, label: (username: string) => string): SavedReportSummary {
  const results = row.results as unknown as OutcomeReport;
  return {
    id: row.id,
    title: row.title,
    definitionVersion: row.definitionVersion,
    parameters: row.parameters as unknown as ResolvedParameters,
    importBatchIds: row.importBatchIds,
    createdBy: label(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    totals: {
      exit: results.exit.total.ratePercent,
      placement: results.placement.total.ratePercent,
      plan: results.plan.total.ratePercent,
    },
  };
}

/** Computes and stores a report (also used by the demo, which has no signed-in user). */
export async function saveOutcomeReport(
  db: Db | Tx,
  input: { title: string; parameters: ResolvedParameters; createdBy: string },
): Promise<repo.SavedReportRow> {
  const results = await computeOutcomes(db, input.parameters);
  return repo.insertReport(db, {
    title: input.title,
    definitionVersion: results.definitionVersion,
    parameters: input.parameters,
    importBatchIds: await repo.latestImportBatchIds(db),
    results,
    createdBy: input.createdBy,
  });
}

export async function createOutcomeReport(
  ctx: Ctx,
  input: CreateOutcomeReportInput,
): Promise<SavedReportSummary> {
  return withAggregateTransaction(ctx, async (tx) => {
    const parameters = resolveParameters(input.parameters);
    const row = await saveOutcomeReport(tx, {
      title: input.title.trim(),
      parameters,
      createdBy: ctx.actor.username,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'outcome_report',
      entityId: row.id,
      criteria: { ...parameters },
    });
    return toSummary(row, await actorLabels(tx, [row.createdBy], ctx.language));
  });
}

export async function listOutcomeReports(ctx: Ctx): Promise<SavedReportList> {
  return withAggregateTransaction(ctx, async (tx) => {
    const rows = await repo.listReports(tx);
    await auditAction(tx, ctx, { action: 'read', entityType: 'outcome_report', criteria: { list: true } });
    const label = await actorLabels(
      tx,
      rows.map((r) => r.createdBy),
      ctx.language,
    );
    return { items: rows.map((row) => toSummary(row, label)) };
  });
}

export async function getOutcomeReport(ctx: Ctx, id: string): Promise<SavedReport> {
  return withAggregateTransaction(ctx, async (tx) => {
    const row = await requireSavedReport(tx, id);
    const results = row.results as unknown as OutcomeReport;
    const recomputed = await computeOutcomes(
      tx,
      resolveParameters(row.parameters as unknown as ResolvedParameters),
    );
    const differences = compareReports(results, recomputed, {
      id: row.id,
      title: row.title,
      createdAt: row.createdAt.toISOString(),
      definitionVersion: row.definitionVersion,
    });
    const code = await visibleProviderCode(tx, ctx.actor);
    await auditAction(tx, ctx, { action: 'read', entityType: 'outcome_report', entityId: row.id });
    return {
      ...toSummary(row, await actorLabels(tx, [row.createdBy], ctx.language)),
      results: scopeReport(results, code),
      recomputed: scopeReport(recomputed, code),
      differences: scopeComparison(differences, code),
    };
  });
}
