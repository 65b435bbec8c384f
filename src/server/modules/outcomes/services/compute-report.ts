// Computing the three tables: one query per table, each returning a few lines per provider (the
// database counts courses alike; outcome.repository.ts), and the rules applied to those lines here. All
// three run in one transaction: the caller's, or one of their own at repeatable read (one snapshot).
import { addMonthsClamped, monthOf } from '../../../../shared/dates.ts';
import { sql } from 'kysely';
import type {
  OutcomeParameters,
  OutcomeReport,
  ResolvedParameters,
} from '../../../../shared/outcomes/outcome.schemas.ts';
import { DEFAULT_PLACEMENT_KINDS } from '../../../../shared/outcomes/outcome.schemas.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { Tx } from '../../../platform/context.ts';
import { countedCategory } from '../../../platform/db/register-codes.ts';
import * as repo from '../outcome.repository.ts';
import {
  DEFINITION_VERSION,
  exitWindow,
  PLACEMENT_AFTER_END,
  PLAN_AFTER_END,
  statusOfFacts,
} from '../outcome.rules.ts';
import { buildExitTable, buildPlacementTable, buildPlanTable, type FlagItem } from '../outcome-tables.ts';

/** Every table's period spelt out: a table without its own period uses from/to. */
export function resolveParameters(
  input: Pick<OutcomeParameters, 'from' | 'to'> & Partial<OutcomeParameters>,
): ResolvedParameters {
  return {
    from: input.from,
    to: input.to,
    placementFrom: input.placementFrom ?? input.from,
    placementTo: input.placementTo ?? input.to,
    planFrom: input.planFrom ?? input.from,
    planTo: input.planTo ?? input.to,
    placementKinds: [...new Set(input.placementKinds ?? DEFAULT_PLACEMENT_KINDS)],
  };
}

/** The first days of the months from `from`'s to `to`'s, each with its M2 window. */
export function exitWindows(from: string, to: string): repo.ExitWindowOfMonth[] {
  const windows: repo.ExitWindowOfMonth[] = [];
  for (let month = monthOf(from); month <= to; month = addMonthsClamped(month, 1)) {
    windows.push({ endMonth: month, ...exitWindow(month) });
  }
  return windows;
}

/** A provider's counted and not counted courses as the rules' items. */
function flagItems(rows: readonly repo.CountedCourses[]): FlagItem[] {
  return rows.flatMap((row) => [
    { providerId: row.providerId, counted: true, count: row.counted },
    { providerId: row.providerId, counted: false, count: row.completed - row.counted },
  ]);
}

/**
 * What every computation of the three tables starts from (the outcome report and the fair comparison):
 * the tables' periods, the providers and the codebook, with the transaction set for short queries over
 * many rows (compiling them, JIT, costs more than it saves; the exit table's joins want their hash tables
 * in memory rather than in batches on disk).
 */
export async function prepareTables(tx: Tx, p: ResolvedParameters) {
  await sql`SET LOCAL jit = off`.execute(tx);
  await sql`SET LOCAL work_mem = '32MB'`.execute(tx);
  return {
    exitPeriod: { from: p.from, to: p.to },
    placementPeriod: { from: p.placementFrom, to: p.placementTo },
    planPeriod: { from: p.planFrom, to: p.planTo },
    providers: await repo.listProviders(tx),
    codebook: await repo.loadCodebook(tx),
  };
}

async function computeInTransaction(tx: Tx, parameters: ResolvedParameters): Promise<OutcomeReport> {
  const p = parameters;
  const { exitPeriod, placementPeriod, planPeriod, providers, codebook } = await prepareTables(tx, p);
  const categoryOf = (code: number) => countedCategory(code, (c) => codebook.get(c));
  const exitGroups = await repo.loadExitFacts(tx, exitPeriod, exitWindows(p.from, p.to), categoryOf);
  const placed = await repo.countPlacedCourses(tx, placementPeriod, p.placementKinds, PLACEMENT_AFTER_END);
  const withPlan = await repo.countCoursesWithPlan(tx, planPeriod, PLAN_AFTER_END);

  const exitItems = exitGroups.map((group) => ({
    providerId: group.providerId,
    status: statusOfFacts(group.facts),
    count: group.count,
  }));
  return {
    definitionVersion: DEFINITION_VERSION,
    exit: buildExitTable(exitPeriod, providers, exitItems),
    placement: buildPlacementTable(placementPeriod, p.placementKinds, providers, flagItems(placed)),
    plan: buildPlanTable(planPeriod, providers, flagItems(withPlan)),
  };
}

/** The three tables for the parameters, in the caller's transaction or one of its own. */
export function computeOutcomes(db: Db | Tx, parameters: ResolvedParameters): Promise<OutcomeReport> {
  return db.isTransaction
    ? computeInTransaction(db as Tx, parameters)
    : db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((tx) => computeInTransaction(tx, parameters));
}
