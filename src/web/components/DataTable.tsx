// The data table every list uses: DKFDS's compact table in its scroll wrapper, a caption and column
// headings. A column with `sort` has a button in its heading (keyboard-usable; aria-sort on the sorted
// column; the sort is announced); columns marked `optional` are hidden on narrow screens until the user
// presses "Vis alle kolonner" / "Show all columns". Rows are the caller's (`children`) or the table's
// own from the columns' `cell`. The sorting rule is data-table.ts.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nextDirection, sortRows, type SortDirection, type SortKind, type SortValue } from './data-table.ts';

export interface ColumnDef<T> {
  label: string;
  /** The class of the heading and of the table's own cells ("align-text-right" for figures). */
  className?: string;
  /** The cell when the table renders its rows (no `children`). */
  cell?: (row: T) => ReactNode;
  /** The cell is the row's header (th scope="row"). */
  rowHeader?: boolean;
  /** Sortable: the value to sort by and how to compare it. */
  sort?: { kind: SortKind; value: (row: T) => SortValue };
  /** Hidden on narrow screens until "show all columns". Only for tables that render their own rows. */
  optional?: boolean;
  /** The heading only for screen readers (a column of buttons). */
  labelHidden?: boolean;
}

/** A column: its heading, or its definition; a falsy value leaves the column out (a column only some see). */
export type Column<T = never> = string | ColumnDef<T> | null | false | undefined;

interface DataTableProps<T> {
  caption: ReactNode;
  columns: readonly Column<T>[];
  rows: readonly T[];
  /** An item's row (a tr with its key); without it, the table renders rows from the columns' `cell`. */
  children?: (row: T) => ReactNode;
  /** The row's key when the table renders its rows. */
  rowKey?: (row: T) => string;
  /** Shown instead of the table when there are no rows. */
  empty?: string;
  /** The body's one row when there are no rows. */
  emptyRow?: string;
  foot?: ReactNode;
  /** Many figures: the whole main column and tighter cells (content.css). */
  wide?: boolean;
  /** The caption only for screen readers (a heading above says the same). */
  captionHidden?: boolean;
  /** The sort when the page opens. */
  initialSort?: { column: number; direction: SortDirection };
}

const OPTIONAL = 'app-col-optional';

function classes(...names: (string | false | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

export function DataTable<T>({
  caption,
  columns,
  rows,
  children,
  rowKey,
  empty,
  emptyRow,
  foot,
  wide = false,
  initialSort,
  captionHidden = false,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [sort, setSort] = useState<{ column: number; direction: SortDirection } | null>(initialSort ?? null);
  const [allColumns, setAllColumns] = useState(false);
  const shown = columns
    .filter((column): column is string | ColumnDef<T> => Boolean(column))
    .map((column) => (typeof column === 'string' ? ({ label: column } as ColumnDef<T>) : column));
  const sortBy = sort ? shown[sort.column]?.sort : undefined;
  const sorted = useMemo(
    () => (sort && sortBy ? sortRows(rows, sortBy.value, sortBy.kind, sort.direction) : rows),
    [rows, sort, sortBy],
  );
  if (rows.length === 0 && empty !== undefined) return <p className="app-empty">{empty}</p>;
  const hasOptional = !children && shown.some((column) => column.optional);
  const sortable = shown.some((column) => column.sort);
  const sortedColumn = sort ? shown[sort.column] : undefined;
  return (
    <div className="app-data-table">
      {hasOptional ? (
        <button
          type="button"
          className="button button-secondary app-table-toggle"
          aria-pressed={allColumns}
          aria-controls={`${id}-table`}
          onClick={() => setAllColumns((all) => !all)}
        >
          {t('dataTable.showAll')}
        </button>
      ) : null}
      {sortable ? (
        <>
          <span id={`${id}-hint`} hidden>
            {t('dataTable.sortHint')}
          </span>
          <span className="sr-only" aria-live="polite">
            {sort && sortedColumn
              ? t('dataTable.sortedBy', {
                  column: sortedColumn.label,
                  direction: t(`dataTable.${sort.direction}`),
                })
              : ''}
          </span>
        </>
      ) : null}
      <div className="app-table-wrapper">
        <table
          id={`${id}-table`}
          className={classes(
            'table table--compact app-table',
            wide && 'app-table--wide',
            allColumns && 'app-table--all',
          )}
        >
          <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
          <thead>
            <tr>
              {shown.map((column, index) => {
                const direction = sort?.column === index ? sort.direction : null;
                return (
                  <th
                    key={index}
                    scope="col"
                    className={classes(column.className, column.optional && OPTIONAL)}
                    aria-sort={direction ?? undefined}
                  >
                    {column.sort ? (
                      <button
                        type="button"
                        className="app-sort-button"
                        aria-describedby={`${id}-hint`}
                        onClick={() => setSort({ column: index, direction: nextDirection(direction) })}
                      >
                        {column.label}
                        <span className="app-sort-mark" aria-hidden="true">
                          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : column.labelHidden ? (
                      <span className="sr-only">{column.label}</span>
                    ) : (
                      column.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 && emptyRow !== undefined ? (
              <tr>
                <td colSpan={shown.length}>{emptyRow}</td>
              </tr>
            ) : children ? (
              sorted.map(children)
            ) : (
              sorted.map((row, index) => (
                <tr key={rowKey ? rowKey(row) : index}>
                  {shown.map((column, columnIndex) => {
                    const className = classes(column.className, column.optional && OPTIONAL);
                    const content = column.cell ? column.cell(row) : null;
                    return column.rowHeader ? (
                      <th key={columnIndex} scope="row" className={className}>
                        {content}
                      </th>
                    ) : (
                      <td key={columnIndex} className={className}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
          {foot ? <tfoot>{foot}</tfoot> : null}
        </table>
      </div>
    </div>
  );
}
