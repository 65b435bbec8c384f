// The fair comparison of the three tables (definition "case-mix-2026", docs/fairness.md): each table's
// courses and successes read per course by the seed-2020 tables' own queries, each course's cell from its
// CPR birth date and its register weeks, and the pure definition applied (fairness-tables.ts). The CPR
// number is decrypted here only to read the birth date; nothing about a citizen leaves this function.
import { auditAction, auditOperatorAction } from '../../../platform/audit/audit-request.ts';
import type { FairnessReport } from '../../../../shared/outcomes/fairness.schemas.ts';
import type { ResolvedParameters } from '../../../../shared/outcomes/outcome.schemas.ts';
import { withAggregateTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt, type Keys } from '../../../platform/crypto/keys.ts';
import type { Db } from '../../../platform/db/client.ts';
import { loadCaseMixFacts, type CourseCaseMixFacts } from '../fairness.repository.ts';
import {
  ageBand,
  benefitWeeksBefore,
  birthDateOfCpr,
  exitOutcome,
  FAIRNESS_DEFINITION_VERSION,
  flagOutcome,
  historyBand,
  type AgeBand,
  type HistoryBand,
} from '../fairness.rules.ts';
import { buildFairnessTable, type FairnessItem } from '../fairness-tables.ts';
import * as repo from '../outcome.repository.ts';
import {
  countedCategory,
  DEFINITION_VERSION,
  PLACEMENT_AFTER_END,
  PLAN_AFTER_END,
  statusOfFacts,
} from '../outcome.rules.ts';
import { exitWindows, prepareTables } from './compute-report.ts';
import { parametersOf, type OutcomeRequest } from './read-outcomes.ts';
import { visibleProviderCode } from './report-scope.ts';

type Cell = { ageBand: AgeBand; historyBand: HistoryBand };

async function computeInTransaction(
  tx: Tx,
  keys: Keys,
  parameters: ResolvedParameters,
): Promise<FairnessReport> {
  const p = parameters;
  const { exitPeriod, placementPeriod, planPeriod, providers, codebook } = await prepareTables(tx, p);
  const categoryOf = (code: number) => codebook.get(code);
  const byCourse = { byCourse: true };
  const exitGroups = await repo.loadExitFacts(
    tx,
    exitPeriod,
    exitWindows(p.from, p.to),
    (code) => countedCategory(code, categoryOf),
    byCourse,
  );
  const placed = await repo.countPlacedCourses(
    tx,
    placementPeriod,
    p.placementKinds,
    PLACEMENT_AFTER_END,
    byCourse,
  );
  const withPlan = await repo.countCoursesWithPlan(tx, planPeriod, PLAN_AFTER_END, byCourse);
  const facts = await loadCaseMixFacts(tx, [exitPeriod, placementPeriod, planPeriod]);

  const cells = new Map<string, Cell>();
  const cellOf = (courseId: string | null): Cell => {
    const known = courseId === null ? undefined : cells.get(courseId);
    if (known) return known;
    const course: CourseCaseMixFacts | undefined = courseId === null ? undefined : facts.get(courseId);
    // Every course of the tables ends in one of the periods, so it is among the facts.
    if (!course) throw new Error(`fairness: no case-mix facts for course ${courseId ?? '(none)'}`);
    const cell = {
      ageBand: ageBand(birthDateOfCpr(decrypt(keys, course.cprEncrypted)), course.startsOn),
      historyBand: historyBand(benefitWeeksBefore(course.history, course.startsOn, categoryOf)),
    };
    cells.set(courseId!, cell);
    return cell;
  };

  const exitItems: FairnessItem[] = [];
  for (const group of exitGroups) {
    const outcome = exitOutcome(statusOfFacts(group.facts));
    if (outcome.counts)
      exitItems.push({
        providerId: group.providerId,
        ...cellOf(group.courseId),
        success: outcome.success,
        count: group.count,
      });
  }
  const flagItems = (rows: readonly repo.CountedCourses[]): FairnessItem[] =>
    rows.flatMap((row) =>
      [
        { counted: true, count: row.counted },
        { counted: false, count: row.completed - row.counted },
      ]
        .filter((part) => part.count > 0 && flagOutcome(part.counted).counts)
        .map((part) => ({
          providerId: row.providerId,
          ...cellOf(row.courseId),
          success: flagOutcome(part.counted).success,
          count: part.count,
        })),
    );

  const exit = buildFairnessTable('exit', exitPeriod, providers, exitItems);
  const placement = buildFairnessTable('placement', placementPeriod, providers, flagItems(placed));
  const plan = buildFairnessTable('plan', planPeriod, providers, flagItems(withPlan));
  return {
    definitionVersion: FAIRNESS_DEFINITION_VERSION,
    outcomeDefinitionVersion: DEFINITION_VERSION,
    exit: exit.table,
    placement: { ...placement.table, kinds: [...p.placementKinds] },
    plan: plan.table,
    cells: [...exit.cells, ...placement.cells, ...plan.cells],
  };
}

/** The fair comparison for the parameters, in the caller's transaction or one of its own (one snapshot). */
export function computeFairness(
  db: Db | Tx,
  keys: Keys,
  parameters: ResolvedParameters,
): Promise<FairnessReport> {
  return db.isTransaction
    ? computeInTransaction(db as Tx, keys, parameters)
    : db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((tx) => computeInTransaction(tx, keys, parameters));
}

/** A provider user sees its own row and the totals; the cells are pooled over every provider. */
export function scopeFairness(report: FairnessReport, code: string | null): FairnessReport {
  if (code === null) return report;
  const own = <T extends { rows: FairnessReport['exit']['rows'] }>(table: T): T => ({
    ...table,
    rows: table.rows.filter((r) => r.providerCode === code),
  });
  return { ...report, exit: own(report.exit), placement: own(report.placement), plan: own(report.plan) };
}

export type FairnessRequest = Omit<OutcomeRequest, 'compareTo'>;

/** GET /api/outcomes/fairness: the rows the actor may see, audited with the periods asked for. */
export async function getFairness(ctx: Ctx, input: FairnessRequest): Promise<FairnessReport> {
  return withAggregateTransaction(ctx, async (tx) => {
    const parameters = parametersOf(input);
    const report = await computeFairness(tx, ctx.keys, parameters);
    const code = await visibleProviderCode(tx, ctx.actor);
    await auditAction(tx, ctx, { action: 'read', entityType: 'outcome_fairness', criteria: parameters });
    return scopeFairness(report, code);
  });
}

/** The CLI's report: every row (the operator runs it on the server), audited as the operator. */
export async function runFairnessReport(
  db: Db,
  keys: Keys,
  input: FairnessRequest,
  operator: string,
  format: string,
): Promise<FairnessReport> {
  return db.transaction().execute(async (tx) => {
    const parameters = parametersOf(input);
    const report = await computeFairness(tx, keys, parameters);
    await auditOperatorAction(tx, operator, {
      action: 'export',
      entityType: 'outcome_fairness',
      criteria: { ...parameters, format },
    });
    return report;
  });
}
