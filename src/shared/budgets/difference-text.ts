// Where a reconciliation difference is, in words: the same text on the budget page and in exports.
import { translate, type Language } from '../messages.ts';
import type { BudgetTableName, Difference } from './reconciliation.rules.ts';

export interface RowLabels {
  activities: ReadonlyMap<number, string>;
  appropriations: ReadonlyMap<number, string>;
}

/** A Tabel 2 row as its columns read: "Service BIU 35.10 U". */
export function appropriationLabel(row: {
  steeringArea: string;
  committee: string;
  appropriationNumber: string;
  direction: string;
}): string {
  return `${row.steeringArea} ${row.committee} ${row.appropriationNumber} ${row.direction}`;
}

export function describeDifference(
  language: Language,
  difference: Omit<Difference, 'computedOre' | 'statedOre' | 'differenceOre'>,
  labels: RowLabels,
): string {
  const tableText = (table: BudgetTableName | null) =>
    table ? translate(language, `budget.table.${table}`) : '';
  const totalLabel = (table: BudgetTableName | null) =>
    table ? translate(language, `budget.total_row.${table}`) : '';
  const yearText =
    difference.year === null ? translate(language, 'budget.difference.all_years') : String(difference.year);
  const label =
    difference.table && difference.rowPosition !== null
      ? (labels[difference.table].get(difference.rowPosition) ?? '')
      : '';
  return translate(language, `budget.difference.${difference.kind}`, {
    table: tableText(difference.table),
    totalLabel: totalLabel(difference.table),
    row: difference.rowPosition ?? '',
    label,
    year: yearText,
  });
}
