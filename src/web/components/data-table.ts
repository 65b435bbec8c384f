// The data table's sorting rule, pure: numbers as numbers, dates as dates, text in Danish collation
// (æ, ø, å after z; "aa" as å), rows without a value last whichever the direction, ties in their order.

export type SortKind = 'text' | 'number' | 'date';
export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null | undefined;

/** Danish collation for text cells: the data is Danish whatever the UI's language. */
const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** A date cell's value in milliseconds: an ISO date ("2026-03-01") or time; null when it is none. */
function dateValue(value: SortValue): number | null {
  if (value === null || value === undefined || value === '') return null;
  const time = typeof value === 'number' ? value : Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function numberValue(value: SortValue): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isNaN(number) ? null : number;
}

/** A cell's value as a comparable: a string for text, a number for numbers and dates; null when none. */
function comparable(value: SortValue, kind: SortKind): string | number | null {
  if (kind === 'number') return numberValue(value);
  if (kind === 'date') return dateValue(value);
  return value === null || value === undefined || value === '' ? null : String(value);
}

/** The rows sorted by a column's values; a new array, stable, rows without a value last. */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  kind: SortKind,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: comparable(valueOf(row), kind) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    const order =
      typeof a.value === 'string' || typeof b.value === 'string'
        ? collator.compare(String(a.value), String(b.value))
        : a.value - b.value;
    return order * sign || a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}

/** The direction after a click on a column's button: ascending first, then the other way. */
export function nextDirection(current: SortDirection | null): SortDirection {
  return current === 'ascending' ? 'descending' : 'ascending';
}
