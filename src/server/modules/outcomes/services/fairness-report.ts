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
import { loadCaseMixFacts, loadReferralFacts, type CourseCaseMixFacts } from '../fairness.repository.ts';
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
import { AlikeItems, buildFairnessTable, type FairnessItem } from '../fairness-tables.ts';
import { notesOfFacts } from '../committee-notes.ts';
import { buildBurnDown, buildCostRows, yearsOf, type CostCourse } from '../fairness-cost.rules.ts';
import { billedForReport } from '../../courses/billed-amounts.service.ts';
import { frameAmountsOfYear } from '../../budgets/frame-amounts.service.ts';
import { copenhagenDate } from '../../../../shared/dates.ts';
import { BenefitCodes, countedCategory } from '../../../platform/db/register-codes.ts';
import * as repo from '../outcome.repository.ts';
import { DEFINITION_VERSION, PLACEMENT_AFTER_END, PLAN_AFTER_END, statusOfFacts } from '../outcome.rules.ts';
import { exitWindows, prepareTables } from './compute-report.ts';
import { parametersOf, type OutcomeRequest } from './read-outcomes.ts';
import { visibleProviderCode } from './report-scope.ts';

type Cell = { ageBand: AgeBand; historyBand: HistoryBand };

/** Each citizen's birth date by their encrypted CPR number, read from it once for the whole report. */
type BirthDates = Map<string, string | null>;

/** The cell of a course (or referral) by id, from its facts, read once. */
function cellReader(
  keys: Keys,
  facts: ReadonlyMap<string, CourseCaseMixFacts>,
  birthDates: BirthDates = new Map(),
): (id: string | null) => Cell {
  const cells = new Map<string, Cell>();
  const birthDateOf = (course: CourseCaseMixFacts) => {
    let birthDate = birthDates.get(course.cpr);
    if (birthDate === undefined) {
      birthDate = birthDateOfCpr(decrypt(keys, Buffer.from(course.cpr, 'base64')));
      birthDates.set(course.cpr, birthDate);
    }
    return birthDate;
  };
  return (id) => {
    const known = id === null ? undefined : cells.get(id);
    if (known) return known;
    const course: CourseCaseMixFacts | undefined = id === null ? undefined : facts.get(id);
    // Every course of the tables ends in one of the periods, so it is among the facts.
    if (!course) throw new Error(`fairness: no case-mix facts for ${id ?? '(none)'}`);
    const cell = {
      ageBand: ageBand(birthDateOf(course), course.startsOn),
      historyBand: historyBand(course.benefitWeeks),
    };
    cells.set(id!, cell);
    return cell;
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
  const { referrals, facts } = await loadReferralFacts(tx, period, EARLY_END_DAYS, benefitCodes);
  const cellOf = cellReader(keys, facts, birthDates);
  const items: SelectionItem[] = [];
  let unbanded = 0;
  for (const referral of referrals) {
    const cell = cellOf(referral.id);
    const band = bandOf(bands, cell.ageBand, cell.historyBand);
    if (band === null) unbanded += 1;
    else
      items.push({
        providerId: referral.providerId,
        band,
        status: referral.status,
        isEarlyEnd: referral.isEarlyEnd,
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

/** Cost per result on the exit table's courses, and a burn-down per year of its period. */
async function computeCost(
  tx: Tx,
  providers: Parameters<typeof buildCostRows>[0],
  period: { from: string; to: string },
  courses: CostCourse[],
  asOf: string,
): Promise<FairnessReport['cost']> {
  const years = yearsOf(period.from, period.to);
  const { byCourse: billed, byYear } = await billedForReport(
    tx,
    courses.map((c) => c.courseId),
    years,
    asOf,
  );
  const burnDown = [];
  for (const year of years) {
    const frames = await frameAmountsOfYear(tx, year);
    burnDown.push(
      buildBurnDown(
        year,
        frames.map((f) => f.amountOre),
        byYear.get(year)!,
      ),
    );
  }
  return { asOf, ...buildCostRows(providers, courses, billed), burnDown };
}

async function computeInTransaction(
  tx: Tx,
  keys: Keys,
  parameters: ResolvedParameters,
  options: FairnessOptions,
): Promise<FairnessReport> {
  const p = parameters;
  const { exitPeriod, placementPeriod, planPeriod, providers, codebook } = await prepareTables(tx, p);
  // Codes are three digits: an array lookup per week instead of a Map's (156 weeks of every course).
  const byCode = Array.from({ length: 1000 }, (_, code) => codebook.get(code));
  const categoryOf = (code: number) => (code < 1000 ? byCode[code] : codebook.get(code));
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
  const benefitCodes = new BenefitCodes(codebook);
  const facts = await loadCaseMixFacts(tx, [exitPeriod, placementPeriod, planPeriod], benefitCodes);

  const birthDates: BirthDates = new Map();
  const cellOf = cellReader(keys, facts, birthDates);

  const exitItems = new AlikeItems();
  const costCourses: CostCourse[] = [];
  let pending = 0;
  for (const group of exitGroups) {
    const status = statusOfFacts(group.facts);
    if (status === 'pending') pending += group.count;
    const outcome = exitOutcome(status);
    // By course, each group lists its courses: the table's population (completed).
    for (const courseId of group.courseIds!) {
      costCourses.push({
        providerId: group.providerId,
        courseId,
        success: outcome.counts && outcome.success,
      });
      if (outcome.counts) exitItems.add(group.providerId, cellOf(courseId), outcome.success);
    }
  }
  const flagItems = (rows: readonly repo.CountedCourses[]): FairnessItem[] => {
    const items = new AlikeItems();
    for (const row of rows)
      for (const [counted, ids] of [
        [true, row.ids!.counted],
        [false, row.ids!.other],
      ] as const) {
        const outcome = flagOutcome(counted);
        if (outcome.counts) for (const id of ids) items.add(row.providerId, cellOf(id), outcome.success);
      }
    return items.list();
  };

  const exit = buildFairnessTable('exit', exitPeriod, providers, exitItems.list());
  const placement = buildFairnessTable('placement', placementPeriod, providers, flagItems(placed));
  const plan = buildFairnessTable('plan', planPeriod, providers, flagItems(withPlan));
  const noted = (table: { from: string; to: string; total: { observed: number } }) => ({
    from: table.from,
    to: table.to,
    count: table.total.observed,
  });
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
    selection: await computeSelection(tx, keys, providers, exitPeriod, exit.cells, benefitCodes, birthDates),
    cost: await computeCost(
      tx,
      providers,
      exitPeriod,
      costCourses,
      options.asOf ?? copenhagenDate(new Date()),
    ),
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
