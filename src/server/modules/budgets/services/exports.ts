// The budgets module's tables as exports (XLSX with number cells, or CSV): frames with their capacity,
// capacity per agreement (with a what-if), and a budget note's Tabel 1, Tabel 2 and reconciliation.
// Amounts stay in øre here; table-export.ts turns them into kroner or 1.000 kr. cells.
import type { BudgetDetail, CapacityQuery, CapacityView } from '../../../../shared/budgets/budget.schemas.ts';
import { appropriationLabel, describeDifference } from '../../../../shared/budgets/difference-text.ts';
import { formatKroner, formatThousandKroner } from '../../../../shared/money.ts';
import type { Ctx } from '../../../platform/context.ts';
import type { ExportColumn, ExportFormat, ExportTable } from '../../../platform/export/table-export.ts';
import { getCapacity } from './capacity.ts';
import { fill } from '../../../../shared/messages.ts';
import { labelsFor } from './export-labels.ts';
import { getBudget } from './budgets.ts';
import { listBudgetFrames } from './frames.ts';

const tenthsToNumber = (tenths: number | undefined) => (tenths === undefined ? null : tenths / 10);

export async function exportFrames(ctx: Ctx, query: { year?: number | undefined }) {
  const l = labelsFor(ctx.language);
  const { items } = await listBudgetFrames(ctx, query);
  type Row = (typeof items)[number];
  const columns: ExportColumn<Row>[] = [
    { header: l.programme, kind: 'text', value: (r) => r.programme, width: 40 },
    { header: l.year, kind: 'text', value: (r) => String(r.year), width: 8 },
    { header: l.tender, kind: 'text', value: (r) => r.tender?.name ?? '', width: 36 },
    { header: l.area, kind: 'text', value: (r) => r.tenderArea?.name ?? '', width: 30 },
    { header: l.frameAmount, kind: 'kroner', value: (r) => r.amountOre, width: 16 },
    { header: l.courseWeeks, kind: 'integer', value: (r) => r.expectedCourseWeeks },
    { header: l.aftercareWeeks, kind: 'integer', value: (r) => r.expectedAftercareWeeks },
    { header: l.citizens, kind: 'integer', value: (r) => r.capacity.citizensPerYear },
    { header: l.concurrent, kind: 'decimal', value: (r) => tenthsToNumber(r.capacity.concurrentTenths) },
    { header: l.citizenWeeks, kind: 'integer', value: (r) => r.capacity.citizenWeeks },
    { header: l.leftover, kind: 'kroner', value: (r) => r.capacity.leftoverOre, width: 14 },
  ];
  const table: ExportTable<Row> = { title: l.frames, columns, rows: items };
  return {
    filename: query.year ? `budgetrammer-${query.year}` : 'budgetrammer',
    tables: [table] as ExportTable<unknown>[],
  };
}

type CapacityRowView = CapacityView['rows'][number];
type CapacityLine = Pick<
  CapacityRowView,
  'providerName' | 'tenderAreaName' | 'programmeWeeklyOre' | 'aftercareWeeklyOre' | 'shareOre'
> & {
  costPerCitizenOre: number | null;
  citizensPerYear: number | null;
  concurrentTenths: number | null;
  citizenWeeks: number | null;
  leftoverOre: number | null;
  newPriceOre: number | null;
  newCitizens: number | null;
  newConcurrentTenths: number | null;
  citizensDifference: number | null;
};

export async function exportCapacity(ctx: Ctx, query: CapacityQuery) {
  const l = labelsFor(ctx.language);
  const view = await getCapacity(ctx, query);
  const lines: CapacityLine[] = view.rows.map((row) => ({
    providerName: row.providerName,
    tenderAreaName: row.tenderAreaName,
    programmeWeeklyOre: row.programmeWeeklyOre,
    aftercareWeeklyOre: row.aftercareWeeklyOre,
    shareOre: row.shareOre,
    costPerCitizenOre: row.capacity?.costPerCitizenOre ?? null,
    citizensPerYear: row.capacity?.citizensPerYear ?? null,
    concurrentTenths: row.capacity?.concurrentTenths ?? null,
    citizenWeeks: row.capacity?.citizenWeeks ?? null,
    leftoverOre: row.capacity?.leftoverOre ?? null,
    newPriceOre: row.whatIf?.programmeWeeklyOre ?? null,
    newCitizens: row.whatIf?.capacity.citizensPerYear ?? null,
    newConcurrentTenths: row.whatIf?.capacity.concurrentTenths ?? null,
    citizensDifference: row.whatIf?.difference.citizensPerYear ?? null,
  }));
  const total: CapacityLine = {
    providerName: l.total,
    tenderAreaName: '',
    programmeWeeklyOre: null,
    aftercareWeeklyOre: null,
    shareOre: view.total.shareOre,
    costPerCitizenOre: null,
    citizensPerYear: view.total.citizensPerYear,
    concurrentTenths: view.total.concurrentTenths,
    citizenWeeks: view.total.citizenWeeks,
    leftoverOre: view.total.leftoverOre,
    newPriceOre: null,
    newCitizens: view.whatIf?.total.citizensPerYear ?? null,
    newConcurrentTenths: view.whatIf?.total.concurrentTenths ?? null,
    citizensDifference: view.whatIf?.difference.citizensPerYear ?? null,
  };
  const columns: ExportColumn<CapacityLine>[] = [
    { header: l.provider, kind: 'text', value: (r) => r.providerName, width: 30 },
    { header: l.area, kind: 'text', value: (r) => r.tenderAreaName, width: 30 },
    { header: l.programmePrice, kind: 'kroner', value: (r) => r.programmeWeeklyOre },
    { header: l.aftercarePrice, kind: 'kroner', value: (r) => r.aftercareWeeklyOre },
    { header: l.share, kind: 'kroner', value: (r) => r.shareOre },
    { header: l.costPerCitizen, kind: 'kroner', value: (r) => r.costPerCitizenOre },
    { header: l.citizens, kind: 'integer', value: (r) => r.citizensPerYear },
    {
      header: l.concurrent,
      kind: 'decimal',
      value: (r) => (r.concurrentTenths === null ? null : r.concurrentTenths / 10),
    },
    { header: l.citizenWeeks, kind: 'integer', value: (r) => r.citizenWeeks },
    { header: l.leftover, kind: 'kroner', value: (r) => r.leftoverOre },
  ];
  if (view.whatIf) {
    columns.push(
      { header: l.newPrice, kind: 'kroner', value: (r) => r.newPriceOre },
      { header: l.newCitizens, kind: 'integer', value: (r) => r.newCitizens },
      {
        header: l.newConcurrent,
        kind: 'decimal',
        value: (r) => (r.newConcurrentTenths === null ? null : r.newConcurrentTenths / 10),
      },
      { header: l.citizensDifference, kind: 'integer', value: (r) => r.citizensDifference },
    );
  }
  const notes: string[] = [];
  if (view.frame) {
    notes.push(
      fill(l.frameNote, {
        programme: view.frame.programme,
        year: view.frame.year,
        amount: view.frame.amountOre === null ? '–' : formatKroner(view.frame.amountOre),
        course: view.frame.expectedCourseWeeks,
        aftercare: view.frame.expectedAftercareWeeks,
      }),
    );
  } else notes.push(l.noFrame);
  if (view.whatIf?.programmePriceOre != null)
    notes.push(fill(l.whatIf, { price: formatKroner(view.whatIf.programmePriceOre) }));
  if (view.whatIf?.programmePricePercent != null) {
    notes.push(
      fill(l.whatIfPercent, { percent: String(view.whatIf.programmePricePercent).replace('.', ',') }),
    );
  }
  const table: ExportTable<CapacityLine> = {
    title: `${l.capacity} ${view.year}`,
    notes,
    columns,
    rows: lines,
    totals: [total],
  };
  return { filename: `kapacitet-${view.year}`, tables: [table] as ExportTable<unknown>[] };
}

type YearCells = { cells: ReadonlyMap<number, number>; totalOre: number };

function yearColumns<R extends YearCells>(years: readonly number[], totalHeader: string): ExportColumn<R>[] {
  return [
    ...years.map((year) => ({
      header: String(year),
      kind: 'thousand_kroner' as const,
      value: (r: R) => r.cells.get(year) ?? null,
      width: 10,
    })),
    { header: totalHeader, kind: 'thousand_kroner', value: (r: R) => r.totalOre, width: 10 },
  ];
}

export async function exportBudget(
  ctx: Ctx,
  id: string,
  format: ExportFormat,
  table: 'activities' | 'appropriations' | 'reconciliation',
) {
  const l = labelsFor(ctx.language);
  const budget = await getBudget(ctx, id);
  const unit = fill(l.unit, { year: budget.priceLevelYear });
  const notes = [budget.caseNumber ? `${budget.title} (${budget.caseNumber})` : budget.title, unit];
  const cofinancing = budget.activities.flatMap((a) =>
    a.amounts
      .filter((m) => m.cofinancingOre > 0)
      .map((m) =>
        fill(l.cofinancing, {
          source: m.cofinancingSource ?? '',
          amount: formatThousandKroner(m.cofinancingOre),
          year: m.year,
        }),
      ),
  );

  type T1 = YearCells & { activity: string; steeringArea: string };
  const table1: ExportTable<T1> = {
    title: l.table1,
    notes: [l.table1Title, ...notes, ...cofinancing, l.computedTotals],
    columns: [
      { header: `${l.activity} (${unit})`, kind: 'text', value: (r) => r.activity, width: 50 },
      { header: l.steeringArea, kind: 'text', value: (r) => r.steeringArea, width: 16 },
      ...yearColumns<T1>(budget.years, l.total),
    ],
    rows: budget.activities.map((a) => ({
      activity: a.activity,
      steeringArea: a.steeringArea,
      cells: new Map(a.amounts.map((m) => [m.year, m.netOre])),
      totalOre: a.totalOre,
    })),
    totals: [
      {
        activity: l.totalExpenses,
        steeringArea: '',
        cells: new Map(budget.activityTotals.byYear.map((y) => [y.year, y.computedOre])),
        totalOre: budget.activityTotals.computedOre,
      },
    ],
  };

  type T2 = YearCells & { steeringArea: string; committee: string; appropriation: string; direction: string };
  const table2: ExportTable<T2> = {
    title: l.table2,
    notes: [l.table2Title, ...notes, l.computedTotals],
    columns: [
      { header: `(${unit})`, kind: 'text', value: (r) => r.steeringArea, width: 22 },
      { header: l.committee, kind: 'text', value: (r) => r.committee, width: 10 },
      { header: l.appropriation, kind: 'text', value: (r) => r.appropriation, width: 12 },
      { header: l.direction, kind: 'text', value: (r) => r.direction, width: 12 },
      ...yearColumns<T2>(budget.years, l.total),
    ],
    rows: budget.appropriations.map((a) => ({
      steeringArea: a.steeringArea,
      committee: a.committee,
      appropriation: a.appropriationNumber,
      direction: a.direction,
      cells: new Map(a.amounts.map((m) => [m.year, m.amountOre])),
      totalOre: a.totalOre,
    })),
    totals: [
      {
        steeringArea: l.totalExpenses,
        committee: '',
        appropriation: '',
        direction: '',
        cells: new Map(budget.appropriationTotals.byYear.map((y) => [y.year, y.computedOre])),
        totalOre: budget.appropriationTotals.computedOre,
      },
    ],
  };

  const labels = rowLabels(budget);
  type R = {
    place: string;
    computedOre: number | null;
    statedOre: number | null;
    differenceOre: number | null;
  };
  const reconciliationRows: R[] = budget.reconciliation.isReconciled
    ? [{ place: l.reconciled, computedOre: null, statedOre: null, differenceOre: null }]
    : budget.reconciliation.differences.map((d) => ({
        place: describeDifference(ctx.language, d, labels),
        computedOre: d.computedOre,
        statedOre: d.statedOre,
        differenceOre: d.differenceOre,
      }));
  const reconciliation: ExportTable<R> = {
    title: l.reconciliation,
    notes,
    columns: [
      { header: l.place, kind: 'text', value: (r) => r.place, width: 60 },
      { header: l.computed, kind: 'kroner', value: (r) => r.computedOre, width: 16 },
      { header: l.stated, kind: 'kroner', value: (r) => r.statedOre, width: 16 },
      { header: l.difference, kind: 'kroner', value: (r) => r.differenceOre, width: 16 },
    ],
    rows: reconciliationRows,
  };
  const base = `budget-${budget.caseNumber ?? budget.id}`;
  if (format === 'xlsx')
    return { filename: base, tables: [table1, table2, reconciliation] as ExportTable<unknown>[] };
  const chosen = { activities: table1, appropriations: table2, reconciliation }[
    table
  ] as ExportTable<unknown>;
  return { filename: table === 'activities' ? base : `${base}-${table}`, tables: [chosen] };
}

export function rowLabels(budget: BudgetDetail) {
  return {
    activities: new Map(budget.activities.map((a) => [a.position, a.activity])),
    appropriations: new Map(budget.appropriations.map((a) => [a.position, appropriationLabel(a)])),
  };
}
