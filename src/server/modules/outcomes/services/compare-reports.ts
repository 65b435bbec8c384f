// Differences between two reports in percentage points: the figures now against a saved report (the
// committee's "4 % → 7 %"), or a saved report recomputed today against what was saved (late register
// data). Pure.
import type {
  Comparison,
  ComparisonRow,
  ComparisonTable,
  OutcomeReport,
} from '../../../../shared/outcomes/outcome.schemas.ts';
import { OUTCOME_TABLES, type OutcomeTableKey } from '../../../../shared/outcomes/outcome.schemas.ts';
import type { ExitRow, PlacementRow, PlanRow } from '../../../../shared/outcomes/outcome.schemas.ts';

type AnyRow = OutcomeReport[OutcomeTableKey]['rows'][number];

/** The count each table's share is made of (for comparisons): exits, placements, plans. */
function countedOf(table: 'exit' | 'placement' | 'plan', row: ExitRow | PlacementRow | PlanRow): number {
  if (table === 'exit') return (row as ExitRow).jobOrEducation + (row as ExitRow).partTime;
  if (table === 'placement') return (row as PlacementRow).placed;
  return (row as PlanRow).withPlan;
}

function compareRow(
  table: OutcomeTableKey,
  previous: AnyRow | undefined,
  current: AnyRow | undefined,
): ComparisonRow {
  const named = current ?? previous!;
  const prevPercent = previous?.ratePercent ?? null;
  const nowPercent = current?.ratePercent ?? null;
  const prevRate = previous?.rate ?? null;
  const nowRate = current?.rate ?? null;
  return {
    providerCode: named.providerCode,
    providerName: named.providerName,
    previousCompleted: previous?.completed ?? null,
    previousCount: previous ? countedOf(table, previous) : null,
    previousRatePercent: prevPercent,
    completed: current?.completed ?? null,
    count: current ? countedOf(table, current) : null,
    ratePercent: nowPercent,
    points: prevPercent !== null && nowPercent !== null ? nowPercent - prevPercent : null,
    exactPoints: prevRate !== null && nowRate !== null ? (nowRate - prevRate) * 100 : null,
  };
}

function compareTable(
  table: OutcomeTableKey,
  previous: OutcomeReport,
  current: OutcomeReport,
): ComparisonTable {
  const before = new Map(previous[table].rows.map((r) => [r.providerCode, r as AnyRow]));
  const now = current[table].rows as AnyRow[];
  const rows = now.map((row) => compareRow(table, before.get(row.providerCode), row));
  const seen = new Set(now.map((r) => r.providerCode));
  for (const row of previous[table].rows) {
    if (!seen.has(row.providerCode)) rows.push(compareRow(table, row, undefined));
  }
  return { rows, total: compareRow(table, previous[table].total, current[table].total) };
}

function differs(row: ComparisonRow): boolean {
  return (
    row.previousCompleted !== row.completed ||
    row.previousCount !== row.count ||
    row.previousRatePercent !== row.ratePercent ||
    (row.exactPoints !== null && Math.abs(row.exactPoints) > 1e-9)
  );
}

export interface SavedReportMeta {
  id: string;
  title: string;
  createdAt: string;
  definitionVersion: string;
}

/** `current` against `previous` (a saved report): current − previous. */
export function compareReports(
  previous: OutcomeReport,
  current: OutcomeReport,
  saved: SavedReportMeta,
): Comparison {
  const tables = Object.fromEntries(
    OUTCOME_TABLES.map((t) => [t, compareTable(t, previous, current)]),
  ) as Record<OutcomeTableKey, ComparisonTable>;
  const changed = OUTCOME_TABLES.some((t) => [...tables[t].rows, tables[t].total].some(differs));
  return {
    reportId: saved.id,
    title: saved.title,
    createdAt: saved.createdAt,
    definitionVersion: saved.definitionVersion,
    definitionChanged: saved.definitionVersion !== current.definitionVersion,
    changed,
    ...tables,
  };
}
