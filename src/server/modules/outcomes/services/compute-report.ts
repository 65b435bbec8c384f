// Computing the three tables: load each population once, with the register sliced to M2 and the
// citizens' placement and plan starts gathered in SQL, and apply the rules in memory. No per-course
// queries, so 100,000 courses cost three scans.
import type {
  OutcomeParameters,
  OutcomeReport,
  ResolvedParameters,
} from '../../../../shared/outcomes/outcome.schemas.ts';
import { DEFAULT_PLACEMENT_KINDS } from '../../../../shared/outcomes/outcome.schemas.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { Tx } from '../../../platform/context.ts';
import * as repo from '../outcome.repository.ts';
import {
  addCalendarMonths,
  addDays,
  buildExitTable,
  buildPlacementTable,
  buildPlanTable,
  classifyExit,
  DEFINITION_VERSION,
  exitWindow,
  hasPlan,
  isPlaced,
  monthOf,
  observeExit,
  type ExitObservation,
  type ExitWindow,
} from '../outcome.rules.ts';

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
function exitWindows(from: string, to: string): repo.ExitWindowOfMonth[] {
  const windows: repo.ExitWindowOfMonth[] = [];
  for (let month = monthOf(from); month <= to; month = addCalendarMonths(month, 1)) {
    windows.push({ endMonth: month, ...exitWindow(month) });
  }
  return windows;
}

/**
 * The SQL slice as a tiny packed person starting at the slice's first week, so the rules read it
 * exactly as they read a whole extract.
 */
function sliceObservation(group: repo.ExitGroup, window: ExitWindow): ExitObservation | null {
  if (!group.inRegister) return null;
  const offset = group.weekOffset ?? 0;
  const start = Math.max(offset, 0);
  return observeExit(window, {
    firstWeekMonday: addDays(window.weekMondays[0]!, 7 * (start - offset)),
    weeklyCodes: group.codes,
    firstMonth: window.month,
    employmentDegrees: group.degree === null ? [] : [group.degree],
  });
}

export async function computeOutcomes(db: Db | Tx, parameters: ResolvedParameters): Promise<OutcomeReport> {
  const p = parameters;
  const exitPeriod = { from: p.from, to: p.to };
  const placementPeriod = { from: p.placementFrom, to: p.placementTo };
  const planPeriod = { from: p.planFrom, to: p.planTo };
  const windows = exitWindows(p.from, p.to);
  const windowOf = new Map(windows.map((w) => [w.endMonth, w]));

  const [providers, codebook, exitGroups, placementGroups, planGroups] = await Promise.all([
    repo.listProviders(db),
    repo.loadCodebook(db),
    repo.loadExitGroups(db, exitPeriod, windows),
    repo.loadPlacementGroups(db, placementPeriod, p.placementKinds),
    repo.loadPlanGroups(db, planPeriod),
  ]);

  const categoryOf = (code: number) => codebook.get(code);
  const exitItems = exitGroups.map((group) => ({
    providerId: group.providerId,
    status: classifyExit(sliceObservation(group, windowOf.get(group.endMonth)!), categoryOf),
    count: group.count,
  }));
  const placementItems = placementGroups.map((group) => ({
    providerId: group.providerId,
    counted: isPlaced(group, group.starts),
    count: group.count,
  }));
  const planItems = planGroups.map((group) => ({
    providerId: group.providerId,
    counted: hasPlan(group, group.starts),
    count: group.count,
  }));

  return {
    definitionVersion: DEFINITION_VERSION,
    exit: buildExitTable(exitPeriod, providers, exitItems),
    placement: buildPlacementTable(placementPeriod, p.placementKinds, providers, placementItems),
    plan: buildPlanTable(planPeriod, providers, planItems),
  };
}
