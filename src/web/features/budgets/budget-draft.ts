// The budget edit form's state: the tables as typed (text in 1.000 kr.), turned into the API's input and
// into the reconciliation's tables, with a field error per cell that cannot be read. Field paths are the
// API's ("activities.0.amounts.1.grossOre"), so the server's field errors land on the same inputs.
import type { BudgetTablesInput } from '../../../shared/budgets/budget.schemas.ts';
import type { BudgetTables } from '../../../shared/budgets/reconciliation.rules.ts';
import { formatThousandKronerInput, parseThousandKroner } from '../../../shared/budgets/thousands.ts';
import type { BudgetDetail } from './budget.api.ts';

export interface ActivityDraft {
  key: string;
  activity: string;
  steeringArea: string;
  /** Per year of the note, in order. */
  gross: string[];
  cofinancing: string[];
  cofinancingSource: string;
  stated: string;
}

export interface AppropriationDraft {
  key: string;
  steeringArea: string;
  committee: string;
  appropriationNumber: string;
  direction: 'I' | 'U';
  amounts: string[];
  stated: string;
}

export interface TotalsDraft {
  byYear: string[];
  total: string;
}

export interface BudgetDraft {
  years: number[];
  activities: ActivityDraft[];
  activityTotals: TotalsDraft;
  appropriations: AppropriationDraft[];
  appropriationTotals: TotalsDraft;
}

let nextKey = 0;
export const newKey = () => `row-${++nextKey}`;

const text = (ore: number | null | undefined) =>
  ore === null || ore === undefined ? '' : formatThousandKronerInput(ore);

export function draftFromDetail(detail: BudgetDetail): BudgetDraft {
  const years = detail.years;
  const byYear = <T extends { year: number }>(amounts: readonly T[], pick: (a: T) => number) =>
    years.map((year) =>
      text(amounts.find((a) => a.year === year) ? pick(amounts.find((a) => a.year === year)!) : null),
    );
  return {
    years,
    activities: detail.activities.map((a) => ({
      key: newKey(),
      activity: a.activity,
      steeringArea: a.steeringArea,
      gross: byYear(a.amounts, (m) => m.grossOre),
      cofinancing: years.map((year) => {
        const amount = a.amounts.find((m) => m.year === year);
        return amount && amount.cofinancingOre > 0 ? text(amount.cofinancingOre) : '';
      }),
      cofinancingSource: a.amounts.find((m) => m.cofinancingSource)?.cofinancingSource ?? '',
      stated: text(a.statedTotalOre),
    })),
    activityTotals: {
      byYear: detail.activityTotals.byYear.map((y) => text(y.statedOre)),
      total: text(detail.activityTotals.statedOre),
    },
    appropriations: detail.appropriations.map((a) => ({
      key: newKey(),
      steeringArea: a.steeringArea,
      committee: a.committee,
      appropriationNumber: a.appropriationNumber,
      direction: a.direction,
      amounts: byYear(a.amounts, (m) => m.amountOre),
      stated: text(a.statedTotalOre),
    })),
    appropriationTotals: {
      byYear: detail.appropriationTotals.byYear.map((y) => text(y.statedOre)),
      total: text(detail.appropriationTotals.statedOre),
    },
  };
}

export function emptyActivity(years: readonly number[]): ActivityDraft {
  return {
    key: newKey(),
    activity: '',
    steeringArea: 'Service',
    gross: years.map(() => ''),
    cofinancing: years.map(() => ''),
    cofinancingSource: '',
    stated: '',
  };
}

export function emptyAppropriation(years: readonly number[]): AppropriationDraft {
  return {
    key: newKey(),
    steeringArea: 'Service',
    committee: '',
    appropriationNumber: '',
    direction: 'U',
    amounts: years.map(() => ''),
    stated: '',
  };
}

export interface ReadDraft {
  input: BudgetTablesInput;
  tables: BudgetTables;
  /** Field path → message key of cells that cannot be read. */
  problems: Record<string, string>;
}

/** Reads the typed text: the API input, the tables to reconcile live, and the unreadable cells. */
export function readDraft(draft: BudgetDraft): ReadDraft {
  const problems: Record<string, string> = {};
  const read = (path: string, value: string, options: { signed?: boolean } = {}): number | null => {
    if (value.trim() === '') return null;
    const parsed = parseThousandKroner(value);
    if (!parsed.ok) {
      problems[path] = parsed.problem;
      return null;
    }
    if (parsed.ore < 0 && !options.signed) {
      problems[path] = 'money.negative';
      return null;
    }
    return parsed.ore;
  };
  const activities = draft.activities.map((row, r) => {
    const amounts = draft.years.flatMap((year, y) => {
      const grossOre = read(`activities.${r}.amounts.${y}.grossOre`, row.gross[y] ?? '');
      const cofinancingOre =
        read(`activities.${r}.amounts.${y}.cofinancingOre`, row.cofinancing[y] ?? '') ?? 0;
      if (grossOre === null) return [];
      if (cofinancingOre > grossOre)
        problems[`activities.${r}.amounts.${y}.cofinancingOre`] = 'budget.cofinancing_exceeds_gross';
      return [
        {
          year,
          grossOre,
          cofinancingOre,
          cofinancingSource: cofinancingOre > 0 ? row.cofinancingSource.trim() || null : null,
        },
      ];
    });
    return {
      activity: row.activity,
      steeringArea: row.steeringArea,
      amounts,
      statedTotalOre: read(`activities.${r}.statedTotalOre`, row.stated, { signed: true }),
    };
  });
  const appropriations = draft.appropriations.map((row, r) => ({
    steeringArea: row.steeringArea,
    committee: row.committee,
    appropriationNumber: row.appropriationNumber,
    direction: row.direction,
    amounts: draft.years.flatMap((year, y) => {
      const amountOre = read(`appropriations.${r}.amounts.${y}.amountOre`, row.amounts[y] ?? '');
      return amountOre === null ? [] : [{ year, amountOre }];
    }),
    statedTotalOre: read(`appropriations.${r}.statedTotalOre`, row.stated, { signed: true }),
  }));
  const totals = (name: 'activityTotals' | 'appropriationTotals', totalsDraft: TotalsDraft) => ({
    byYear: draft.years.flatMap((year, y) => {
      const amountOre = read(`${name}.byYear.${y}.amountOre`, totalsDraft.byYear[y] ?? '', { signed: true });
      return amountOre === null ? [] : [{ year, amountOre }];
    }),
    totalOre: read(`${name}.totalOre`, totalsDraft.total, { signed: true }),
  });
  const activityTotals = totals('activityTotals', draft.activityTotals);
  const appropriationTotals = totals('appropriationTotals', draft.appropriationTotals);
  const input: BudgetTablesInput = { activities, activityTotals, appropriations, appropriationTotals };
  const stated = (
    table: 'activities' | 'appropriations',
    t: typeof activityTotals,
    rows: { statedTotalOre: number | null }[],
  ) => [
    ...rows.flatMap((row, index) =>
      row.statedTotalOre === null
        ? []
        : [{ table, rowPosition: index + 1, year: null, amountOre: row.statedTotalOre }],
    ),
    ...t.byYear.map((y) => ({ table, rowPosition: null, year: y.year, amountOre: y.amountOre })),
    ...(t.totalOre === null ? [] : [{ table, rowPosition: null, year: null, amountOre: t.totalOre }]),
  ];
  const tables: BudgetTables = {
    years: draft.years,
    activities: activities.map((row, index) => ({ position: index + 1, amounts: row.amounts })),
    appropriations: appropriations.map((row, index) => ({
      position: index + 1,
      direction: row.direction,
      amounts: row.amounts,
    })),
    statedTotals: [
      ...stated('activities', activityTotals, activities),
      ...stated('appropriations', appropriationTotals, appropriations),
    ],
  };
  return { input, tables, problems };
}
