// A form's state: its values as text, field errors from the API in the form's field order (plus the error
// that belongs to no field), the props of its error summary, and the binding its fields take.
import { useState } from 'react';
import { isApiError } from '../../app/api.ts';
import { useErrorMessage } from '../ErrorAlert.tsx';
import type { FieldProps, FormBinding } from './fields.tsx';

/** A field's element id in a form: "price-weekly", "meeting-attendees-0" for "attendees.0". */
export const fieldId = (form: string, field: string) => `${form}-${field.replace(/\./g, '-')}`;

/**
 * Field errors of a form from the API's answer, in the form's field order, plus any error that belongs to
 * no field. `fail` after a refused submit moves focus to the summary.
 */
export function useFormErrors(
  form: string,
  order: readonly string[],
  alias: (field: string) => string = (f) => f,
) {
  const messageOf = useErrorMessage();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  return {
    attempt,
    errors,
    other,
    errorOf: (field: string): string | null => errors[field] ?? null,
    clear: (field: string) =>
      setErrors((current) => {
        const { [field]: _removed, ...rest } = current;
        return rest;
      }),
    reset: () => {
      setErrors({});
      setOther(null);
    },
    fail: (error: unknown) => {
      const fields: Record<string, string> = {};
      for (const [field, message] of Object.entries(isApiError(error) ? error.fields : {}))
        fields[alias(field)] ??= message;
      const known = Object.fromEntries(order.filter((f) => fields[f]).map((f) => [f, fields[f]!]));
      setErrors(known);
      setOther(Object.keys(known).length === 0 ? messageOf(error) : null);
      setAttempt((n) => n + 1);
    },
    form,
    order,
  };
}

export type FormErrors = ReturnType<typeof useFormErrors>;

/** The props of ErrorSummary (components/ErrorSummary.tsx) for a form's errors and its fields' labels. */
export function summaryOf(state: FormErrors, labels: Record<string, string>) {
  return {
    attempt: state.attempt,
    errors: state.errors,
    order: state.order,
    labelOf: (field: string) => labels[field] ?? field,
    idOf: (field: string) => fieldId(state.form, field),
    other: state.other,
  };
}

/** The binding a field takes for one of the form's fields, with the values kept elsewhere. */
export function bindingOf<F extends string>(
  errors: FormErrors,
  values: Readonly<Record<F, string>>,
  set: (field: F, value: string) => void,
): FormBinding<F> {
  return {
    values,
    errors: errors.errors as Partial<Record<F, string>>,
    idOf: (field) => fieldId(errors.form, field),
    set,
  };
}

/**
 * A form's values as text; `control(field, hint)` gives a field its form, name, label and hint, and a
 * change clears the field's error (and calls `onEdit`).
 */
export function useFormValues<F extends string>(
  initial: () => Record<F, string>,
  errors: FormErrors,
  labels: Record<F, string>,
  onEdit?: () => void,
) {
  const [values, setValues] = useState(initial);
  const set = (field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    errors.clear(field);
    onEdit?.();
  };
  const form = bindingOf(errors, values, set);
  const control = (field: F, hint?: string): FieldProps<F> => ({
    form,
    name: field,
    label: labels[field],
    hint,
  });
  return { values, setValues, set, form, control };
}

/** A whole-number field as typed: null when empty, the number, or the text for the server to refuse. */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return (Number.isInteger(value) ? value : trimmed) as number;
}

/**
 * A field's props for one value kept by the caller (a form of repeated rows or values in several states):
 * its name, label and hint, the value, and what a change does; the error is the form's.
 */
export function controlOf(
  errors: FormErrors,
  {
    field,
    label,
    hint,
    value,
    onChange,
  }: {
    field: string;
    label: string;
    hint?: string | undefined;
    value: string;
    onChange: (value: string) => void;
  },
): FieldProps<string> {
  const form: FormBinding<string> = {
    values: { [field]: value },
    errors: errors.errors,
    idOf: (name) => fieldId(errors.form, name),
    set: (_name, next) => onChange(next),
  };
  return { form, name: field, label, hint };
}
