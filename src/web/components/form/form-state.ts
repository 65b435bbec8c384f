// A form's state: its values as text, field errors from the API in the form's field order (plus the error
// that belongs to no field), the props of its error summary, and the binding its fields take.
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../app/api.ts';
import { useErrorMessage } from '../ErrorAlert.tsx';
import { fieldOfPath } from '../ErrorSummary.tsx';
import type { FieldProps, FormBinding } from './fields.tsx';

/** A field's element id in a form: "price-weekly", "meeting-attendees-0" for "attendees.0". */
export const fieldId = (form: string, field: string) => `${form}-${field.replace(/\./g, '-')}`;

export interface FormErrorOptions {
  /** Element ids unlike fieldId's, e.g. a radio group whose first choice has an id of its own. */
  idOf?: (field: string) => string;
  /**
   * Also show a refusal's message above the form when it names fields, unless it is a validation failure:
   * a conflict (a talk already planned, an overlapping pause) says in its message why, as the course pages show.
   */
  conflictAbove?: boolean;
}

/** The refusals whose field errors say everything: nothing more above the form. */
const VALIDATION_CODES: readonly string[] = ['VALIDATION_FAILED', 'INVALID_STATE'];

/**
 * A refused submit's field errors, each on the form field its API path belongs to (after `alias`), and
 * whether the refusal's message also stands above the form: when no field took an error, or, with
 * `conflictAbove`, when the refusal is no validation failure.
 */
export function refusalOf(
  error: unknown,
  order: readonly string[],
  alias: (field: string) => string,
  conflictAbove: boolean,
): { fields: Record<string, string>; messageAbove: boolean } {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(isApiError(error) ? error.fields : {})) {
    const field = fieldOfPath(alias(path), order);
    if (field) fields[field] ??= message;
  }
  const hasFields = Object.keys(fields).length > 0;
  const validation = isApiError(error) && VALIDATION_CODES.includes(error.code);
  return { fields, messageAbove: !hasFields || (conflictAbove && !validation) };
}

/**
 * Field errors of a form from the API's answer, in the form's field order, plus any error that belongs to
 * no field. `fail` after a refused submit (or `failWith` after the browser's own check) moves focus to the
 * summary. An API path counts for the field of that name after `alias`, or the field it is part of
 * ("offers.0" for "offers").
 */
export function useFormErrors(
  form: string,
  order: readonly string[],
  alias: (field: string) => string = (f) => f,
  { idOf = (field) => fieldId(form, field), conflictAbove = false }: FormErrorOptions = {},
) {
  const messageOf = useErrorMessage();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const failWith = (
    fields: Readonly<Record<string, string | undefined>>,
    otherError: string | null = null,
  ) => {
    const known = Object.fromEntries(order.filter((f) => fields[f]).map((f) => [f, fields[f]!]));
    setErrors(known);
    setOther(otherError);
    setAttempt((n) => n + 1);
  };
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
    failWith,
    fail: (error: unknown) => {
      const { fields, messageAbove } = refusalOf(error, order, alias, conflictAbove);
      failWith(fields, messageAbove ? messageOf(error) : null);
    },
    form,
    order,
    idOf,
  };
}

/** Runs a form's async save on submit: pending meanwhile; a thrown error becomes the form's errors. */
export function useSubmit(errors: Pick<FormErrors, 'fail'>) {
  const [pending, setPending] = useState(false);
  const onSubmit = (save: () => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    try {
      await save();
    } catch (error) {
      errors.fail(error);
    } finally {
      setPending(false);
    }
  };
  return { pending, onSubmit };
}

/** useFormErrors' alias for API paths that belong to a differently named field ("aftercare.plannedEndsOn"). */
export const renamedFields =
  (renamed: Readonly<Record<string, string>>) =>
  (path: string): string =>
    renamed[path] ?? path;

export type FormErrors = ReturnType<typeof useFormErrors>;

/** The props of ErrorSummary (components/ErrorSummary.tsx) for a form's errors and its fields' labels. */
export function summaryOf(state: FormErrors, labels: Record<string, string>) {
  return {
    attempt: state.attempt,
    errors: state.errors,
    order: state.order,
    labelOf: (field: string) => labels[field] ?? field,
    idOf: state.idOf,
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
    idOf: errors.idOf,
    set,
  };
}

/**
 * A form's values as text; `control(field, hint)` gives a field its form, name, label and hint, and a
 * change clears the field's error (and calls `onEdit`). The labels are a record or a function of the field.
 */
export function useFormValues<F extends string>(
  initial: () => Record<F, string>,
  errors: FormErrors,
  labels: Record<F, string> | ((field: F) => string),
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
    label: typeof labels === 'function' ? labels(field) : labels[field],
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
    idOf: errors.idOf,
    set: (_name, next) => onChange(next),
  };
  return { form, name: field, label, hint };
}
