// The fair comparison of the three tables (definition "case-mix-2026", docs/fairness.md): each table's
// courses and successes counted in one pass with the seed-2020 tables' own SQL, grouped by cell (the age
// band from the birth date, the benefit-history band from the register weeks), and the pure definition applied
// (fairness-tables.ts). A course the database cannot place in a cell has its CPR number decrypted here
// only to read the birth date; nothing about a citizen leaves this function.
import { auditAction, auditOperatorAction } from '../../../platform/audit/audit-request.ts';
import type { FairnessReport } from '../../../../shared/outcomes/fairness.schemas.ts';
import type { ResolvedParameters } from '../../../../shared/outcomes/outcome.schemas.ts';
import { withAggregateTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt, type Keys } from '../../../platform/crypto/keys.ts';
import type { Db } from '../../../platform/db/client.ts';
import {
  loadCaseMixFacts,
  loadReferralGroups,
  loadTablesByCell,
  type GroupCell,
} from '../fairness.repository.ts';
import {
  bandOf,
  buildSelectionRows,
  chanceBands,
  EARLY_END_DAYS,
  type SelectionItem,
} from '../fairness-selection.rules.ts';
import {
  ageBand,
  birthDateOfCpr,
  exitOutcome,
  FAIRNESS_DEFINITION_VERSION,
  flagOutcome,
  historyBand,
  type AgeBand,
  type HistoryBand,
} from '../fairness.rules.ts';
import { AlikeItems, buildFairnessTable } from '../fairness-tables.ts';
import { notesOfFacts } from '../committee-notes.ts';
import { buildBurnDown, buildCostRows, yearsOf, type CostTally } from '../fairness-cost.rules.ts';
import { billReport, readReportBilling } from '../../courses/billed-amounts.service.ts';
import { whileQueryRuns } from '../../../platform/db/overlap.ts';
import { frameAmountsOfYear } from '../../budgets/frame-amounts.service.ts';
import { copenhagenDate } from '../../../../shared/dates.ts';
import { BenefitCodes, countedCategory } from '../../../platform/db/register-codes.ts';
import { DEFINITION_VERSION, PLACEMENT_AFTER_END, PLAN_AFTER_END, statusOfFacts } from '../outcome.rules.ts';
import { exitWindows, prepareTables } from './compute-report.ts';
import { parametersOf, type OutcomeRequest } from './read-outcomes.ts';
import { visibleProviderCode } from './report-scope.ts';

type Cell = { ageBand: AgeBand; historyBand: HistoryBand };

/** Each citizen's birth date by their encrypted CPR number, read from it once for the whole report. */
type BirthDates = Map<string, string | null>;

/**
 * The cells of the rows the database broke out (fairness.repository.ts: no birth date stored, or stale
 * bits), by id: each read from its facts, the CPR number decrypted for its birth date. None once the
 * birth dates and bits are filled; a report never depends on them being there.
 */
async function brokenOutCells(
  tx: Tx,
  keys: Keys,
  of: 'course' | 'referral',
  cells: readonly (GroupCell | null)[],
  benefitCodes: BenefitCodes,
  birthDates: BirthDates,
): Promise<(cell: GroupCell | null) => Cell> {
  const ids = [...new Set(cells.flatMap((cell) => (cell?.kind === 'broken_out' ? [cell.id] : [])))];
  const facts = await loadCaseMixFacts(tx, of, ids, benefitCodes);
  const birthDateOf = (cpr: string) => {
    let birthDate = birthDates.get(cpr);
    if (birthDate === undefined) {
      birthDate = birthDateOfCpr(decrypt(keys, Buffer.from(cpr, 'base64')));
      birthDates.set(cpr, birthDate);
    }
    return birthDate;
  };
  const broken = new Map<string, Cell>();
  for (const [id, course] of facts)
    broken.set(id, {
      ageBand: ageBand(birthDateOf(course.cpr), course.startsOn),
      historyBand: historyBand(course.benefitWeeks),
    });
  return (cell) => {
    // Every group of the fair comparison's queries has a cell; a broken-out one is among the facts.
    const found = cell?.kind === 'counted' ? cell : cell ? broken.get(cell.id) : undefined;
    if (!found) throw new Error(`fairness: no cell for ${cell?.kind === 'broken_out' ? cell.id : '(none)'}`);
    return found;
  };
}

/** The watch on selection: the period's referrals by the chance band of their cell in the exit table. */
async function computeSelection(
  tx: Tx,
  keys: Keys,
  providers: Parameters<typeof buildSelectionRows>[0],
  period: { from: string; to: string },
  exitCells: Parameters<typeof chanceBands>[0],
  benefitCodes: BenefitCodes,
  birthDates: BirthDates,
): Promise<FairnessReport['selection']> {
  const bands = chanceBands(exitCells);
  const groups = await loadReferralGroups(tx, period, EARLY_END_DAYS, benefitCodes);
  const cellOf = await brokenOutCells(
    tx,
    keys,
    'referral',
    groups.map((g) => g.cell),
    benefitCodes,
    birthDates,
  );
  const items: SelectionItem[] = [];
  let unbanded = 0;
  for (const group of groups) {
    const cell = cellOf(group.cell);
    const band = bandOf(bands, cell.ageBand, cell.historyBand);
    if (band === null) unbanded += group.count;
    else
      items.push({
        providerId: group.providerId,
        band,
        status: group.status,
        isEarlyEnd: group.isEarlyEnd,
        count: group.count,
      });
  }
  return { ...period, rows: buildSelectionRows(providers, items), unbanded };
}

export interface FairnessOptions {
  /** The day billing counts to and the burn-down forecasts from (default: today in Copenhagen). */
  asOf?: string;
  /** Audited as a read (the page) or an export (a file, with its format). */
  action?: 'read' | 'export';
  format?: string;
}

/** The burn-down's frames, read before the billing is walked. */
async function framesOfYears(tx: Tx, years: readonly number[]): Promise<Map<number, number[]>> {
  const frames = new Map<number, number[]>();
  for (const year of years)
    frames.set(
      year,
      (await frameAmountsOfYear(tx, year)).map((f) => f.amountOre),
    );
  return frames;
}

/** Cost per result on the exit table's courses (those ending in its period), and a burn-down per year. */
function costOf(
  providers: Parameters<typeof buildCostRows>[0],
  asOf: string,
  billed: ReturnType<typeof billReport>,
  frames: ReadonlyMap<number, number[]>,
  tallies: ReadonlyMap<string, Omit<CostTally, 'billedOre'>>,
): FairnessReport['cost'] {
  const burnDown = [...frames].map(([year, ores]) => buildBurnDown(year, ores, billed.byYear.get(year)!));
  const costTallies = [...tallies.values()].map((t) => ({
    ...t,
    billedOre: billed.byProvider.get(t.providerId) ?? 0,
  }));
  return { asOf, ...buildCostRows(providers, costTallies), burnDown };
}

async function computeInTransaction(
  tx: Tx,
  keys: Keys,
  parameters: ResolvedParameters,
  options: FairnessOptions,
): Promise<FairnessReport> {
  const p = parameters;
  const { exitPeriod, placementPeriod, planPeriod, providers, codebook } = await prepareTables(tx, p);
  const benefitCodes = new BenefitCodes(codebook);
  // The cost part's reading (its courses and agreements, the years' frames) before the one pass, so that
  // the billing rules walk the weeks while the database groups the three tables' courses.
  const asOf = options.asOf ?? copenhagenDate(new Date());
  const years = yearsOf(exitPeriod.from, exitPeriod.to);
  const billing = await readReportBilling(tx, exitPeriod, years, asOf);
  const frames = await framesOfYears(tx, years);
  // The three tables' courses in one pass, grouped by cell (a few thousand rows, whatever the courses).
  const [groups, billed] = await whileQueryRuns(
    loadTablesByCell(
      tx,
      {
        exit: {
          period: exitPeriod,
          windows: exitWindows(p.from, p.to),
          categoryOf: (code) => countedCategory(code, benefitCodes.categoryOf),
        },
        placement: { period: placementPeriod, kinds: p.placementKinds, after: PLACEMENT_AFTER_END },
        plan: { period: planPeriod, after: PLAN_AFTER_END },
      },
      benefitCodes.key,
    ),
    () => billReport(billing),
  );
  const birthDates: BirthDates = new Map();
  const cellOf = await brokenOutCells(
    tx,
    keys,
    'course',
    groups.map((g) => g.cell),
    benefitCodes,
    birthDates,
  );

  const exitItems = new AlikeItems();
  const placementItems = new AlikeItems();
  const planItems = new AlikeItems();
  // The cost part's courses: the exit table's population (completed), by provider.
  const costTallies = new Map<string, Omit<CostTally, 'billedOre'>>();
  let pending = 0;
  for (const group of groups) {
    const cell = cellOf(group.cell);
    for (const [items, flag] of [
      [placementItems, group.placement],
      [planItems, group.plan],
    ] as const) {
      const outcome = flag && flagOutcome(flag.counted);
      if (outcome?.counts) items.add(group.providerId, cell, outcome.success, group.count);
    }
    if (!group.exit) continue;
    const status = statusOfFacts(group.exit.facts);
    if (status === 'pending') pending += group.count;
    const outcome = exitOutcome(status);
    const tally = costTallies.get(group.providerId) ?? {
      providerId: group.providerId,
      completed: 0,
      successes: 0,
    };
    tally.completed += group.count;
    if (outcome.counts && outcome.success) tally.successes += group.count;
    costTallies.set(group.providerId, tally);
    if (outcome.counts) exitItems.add(group.providerId, cell, outcome.success, group.count);
  }

  const exit = buildFairnessTable('exit', exitPeriod, providers, exitItems.list());
  const placement = buildFairnessTable('placement', placementPeriod, providers, placementItems.list());
  const plan = buildFairnessTable('plan', planPeriod, providers, planItems.list());
  const noted = (table: { from: string; to: string; total: { observed: number } }) => ({
    from: table.from,
    to: table.to,
    count: table.total.observed,
  });
  const selection = await computeSelection(
    tx,
    keys,
    providers,
    exitPeriod,
    exit.cells,
    benefitCodes,
    birthDates,
  );
  return {
    definitionVersion: FAIRNESS_DEFINITION_VERSION,
    outcomeDefinitionVersion: DEFINITION_VERSION,
    notes: notesOfFacts({
      definitionVersion: DEFINITION_VERSION,
      tables: { exit: noted(exit.table), placement: noted(placement.table), plan: noted(plan.table) },
      pending,
    }),
    exit: exit.table,
    placement: { ...placement.table, kinds: [...p.placementKinds] },
    plan: plan.table,
    cells: [...exit.cells, ...placement.cells, ...plan.cells],
    selection,
    cost: costOf(providers, asOf, billed, frames, costTallies),
  };
}

/** The fair comparison for the parameters, in the caller's transaction or one of its own (one snapshot). */
export function computeFairness(
  db: Db | Tx,
  keys: Keys,
  parameters: ResolvedParameters,
  options: FairnessOptions = {},
): Promise<FairnessReport> {
  return db.isTransaction
    ? computeInTransaction(db as Tx, keys, parameters, options)
    : db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((tx) => computeInTransaction(tx, keys, parameters, options));
}

/** A provider user sees its own row and the totals; the cells are pooled over every provider. */
export function scopeFairness(report: FairnessReport, code: string | null): FairnessReport {
  if (code === null) return report;
  const own = <T extends { rows: FairnessReport['exit']['rows'] }>(table: T): T => ({
    ...table,
    rows: table.rows.filter((r) => r.providerCode === code),
  });
  return {
    ...report,
    exit: own(report.exit),
    placement: own(report.placement),
    plan: own(report.plan),
    // The budget is the municipality's: a provider sees its own cost row and the total only.
    cost: { ...report.cost, rows: report.cost.rows.filter((r) => r.providerCode === code), burnDown: [] },
    selection: { ...report.selection, rows: report.selection.rows.filter((r) => r.providerCode === code) },
  };
}

export type FairnessRequest = Omit<OutcomeRequest, 'compareTo'>;

/** GET /api/outcomes/fairness: the rows the actor may see, audited with the periods asked for. */
export async function getFairness(
  ctx: Ctx,
  input: FairnessRequest,
  options: FairnessOptions = {},
): Promise<FairnessReport> {
  return withAggregateTransaction(ctx, async (tx) => {
    const parameters = parametersOf(input);
    const report = await computeFairness(tx, ctx.keys, parameters, options);
    const code = await visibleProviderCode(tx, ctx.actor);
    await auditAction(tx, ctx, {
      action: options.action ?? 'read',
      entityType: 'outcome_fairness',
      criteria: options.format ? { ...parameters, format: options.format } : parameters,
    });
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
  options: FairnessOptions = {},
): Promise<FairnessReport> {
  return db.transaction().execute(async (tx) => {
    const parameters = parametersOf(input);
    const report = await computeFairness(tx, keys, parameters, options);
    await auditOperatorAction(tx, operator, {
      action: 'export',
      entityType: 'outcome_fairness',
      criteria: { ...parameters, format },
    });
    return report;
  });
}
