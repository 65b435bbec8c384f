// A fieldset of repeated rows (sub-criteria, price elements, alternatives) with add and remove buttons; an
// error on the whole list (e.g. weights not summing to 100 %) is shown under its legend and linked from the
// error summary.
import type { ReactNode } from 'react';
import { fieldId, type FormErrors } from '../../components/form/form-state.ts';

export function RowList<R>({
  legend,
  id,
  errors,
  rows,
  setRows,
  empty,
  addLabel,
  removeLabel,
  rowLegend,
  children,
}: {
  legend: string;
  id: string;
  errors: FormErrors;
  rows: R[];
  setRows: (rows: R[]) => void;
  empty: R;
  addLabel: string;
  removeLabel: (n: number) => string;
  rowLegend: (n: number) => string;
  children: (row: R, index: number, set: (patch: Partial<R>) => void) => ReactNode;
}) {
  const error = errors.errorOf(id);
  return (
    <fieldset className="agr-fieldset" id={fieldId(errors.form, id)} tabIndex={-1}>
      <legend className="form-label">{legend}</legend>
      {error ? <span className="form-error-message">{error}</span> : null}
      {rows.map((row, index) => (
        <fieldset key={index} className="tnd-row">
          <legend>{rowLegend(index + 1)}</legend>
          {children(row, index, (patch) =>
            setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r))),
          )}
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => setRows(rows.filter((_, i) => i !== index))}
          >
            {removeLabel(index + 1)}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setRows([...rows, { ...empty }])}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
