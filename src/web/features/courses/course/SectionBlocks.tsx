// Blocks the course pages' sections share: a compact table with its caption and column headings, the
// button that opens a section's form and a filter's select. The status line is components/StatusMessage.tsx.
import type { ReactNode } from 'react';
import type { SelectOption } from './FormFields.tsx';

/** A column heading; a falsy value leaves the column out (a column only some users see). */
export type Column = string | { label: string; className: string } | null | false | undefined;

/**
 * DKFDS's compact table in its scroll wrapper: caption, a row of column headings, a row per item and a
 * foot. Without items, `empty` is shown instead of the table, or `emptyRow` as the body's one row.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  children,
  empty,
  emptyRow,
  foot,
}: {
  caption: ReactNode;
  columns: readonly Column[];
  rows: readonly T[];
  /** An item's row (a tr with its key). */
  children: (row: T) => ReactNode;
  empty?: string;
  emptyRow?: string;
  foot?: ReactNode;
}) {
  if (rows.length === 0 && empty !== undefined) return <p className="app-empty">{empty}</p>;
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) =>
              !column ? null : typeof column === 'string' ? (
                <th key={index} scope="col">
                  {column}
                </th>
              ) : (
                <th key={index} scope="col" className={column.className}>
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && emptyRow !== undefined ? (
            <tr>
              <td colSpan={columns.filter(Boolean).length}>{emptyRow}</td>
            </tr>
          ) : (
            rows.map(children)
          )}
        </tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </div>
  );
}

/** The secondary button below a section that opens its form. */
export function OpenFormButton({
  id,
  label,
  onClick,
  className = 'crs-actions',
}: {
  id?: string;
  label: string;
  onClick: () => void;
  /** The row's class; by default the course page's. */
  className?: string;
}) {
  return (
    <div className={className}>
      <button id={id} type="button" className="button button-secondary" onClick={onClick}>
        {label}
      </button>
    </div>
  );
}

/** A list filter's select: a plain label, the value kept by the caller, an optional "all" option. */
export function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
  all,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** The text of a first option with the value "" (no filter). */
  all?: string;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="form-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
