// The three tables for a period, as the page, the API and the CLI ask for them; with percentage points
// against a saved report when asked.
import { auditAction, auditOperatorAction } from '../../../platform/audit/audit-request.ts';
import { AppError } from '../../../../shared/errors.ts';
import type {
  OutcomeReport,
  OutcomeResponse,
  ResolvedParameters,
} from '../../../../shared/outcomes/outcome.schemas.ts';
import { withAggregateTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import * as repo from '../outcome.repository.ts';
import { committeeNotes } from '../committee-notes.ts';
import { compareReports } from './compare-reports.ts';
import { computeOutcomes, resolveParameters } from './compute-report.ts';
import { scopeComparison, scopeReport, visibleProviderCode } from './report-scope.ts';

export interface OutcomeRequest {
  from: string;
  to: string;
  placementFrom?: string | undefined;
  placementTo?: string | undefined;
  planFrom?: string | undefined;
  planTo?: string | undefined;
  placementKinds?: readonly ('internship' | 'wage_subsidy' | 'small_job')[] | undefined;
  compareTo?: string | undefined;
}

export function parametersOf(input: OutcomeRequest): ResolvedParameters {
  return resolveParameters({
    from: input.from,
    to: input.to,
    ...(input.placementFrom ? { placementFrom: input.placementFrom } : {}),
    ...(input.placementTo ? { placementTo: input.placementTo } : {}),
    ...(input.planFrom ? { planFrom: input.planFrom } : {}),
    ...(input.planTo ? { planTo: input.planTo } : {}),
    ...(input.placementKinds ? { placementKinds: [...input.placementKinds] } : {}),
  });
}

export async function requireSavedReport(tx: Tx | Db, id: string): Promise<repo.SavedReportRow> {
  const row = await repo.findReport(tx, id);
  if (!row) throw new AppError('NOT_FOUND', 'outcome.report_not_found');
  return row;
}

/** The report with its comparison, unscoped; the caller scopes and audits. */
export async function buildResponse(
  tx: Tx,
  input: OutcomeRequest,
): Promise<{
  parameters: ResolvedParameters;
  response: OutcomeResponse;
}> {
  const parameters = parametersOf(input);
  const report = await computeOutcomes(tx, parameters);
  let comparison = null;
  if (input.compareTo) {
    const saved = await requireSavedReport(tx, input.compareTo);
    comparison = compareReports(saved.results as unknown as OutcomeReport, report, {
      id: saved.id,
      title: saved.title,
      createdAt: saved.createdAt.toISOString(),
      definitionVersion: saved.definitionVersion,
    });
  }
  return { parameters, response: { ...report, comparison, notes: committeeNotes(report) } };
}

/** GET /api/outcomes: the tables the actor may see, audited with the periods asked for. */
export async function getOutcomes(ctx: Ctx, input: OutcomeRequest): Promise<OutcomeResponse> {
  return withAggregateTransaction(ctx, async (tx) => {
    const { parameters, response } = await buildResponse(tx, input);
    const code = await visibleProviderCode(tx, ctx.actor);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'outcome_table',
      criteria: { ...parameters, compareTo: input.compareTo ?? null },
    });
    return {
      ...scopeReport(response, code),
      comparison: response.comparison && scopeComparison(response.comparison, code),
    };
  });
}

/** The CLI's report: every row (the operator runs it on the server), audited as the operator. */
export async function runOutcomeReport(
  db: Db,
  input: OutcomeRequest,
  operator: string,
  format: string,
): Promise<OutcomeResponse> {
  return db.transaction().execute(async (tx) => {
    const { parameters, response } = await buildResponse(tx, input);
    await auditOperatorAction(tx, operator, {
      action: 'export',
      entityType: 'outcome_table',
      criteria: { ...parameters, format },
    });
    return response;
  });
}
