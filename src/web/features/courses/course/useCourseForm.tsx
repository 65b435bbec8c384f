// What every form on the course pages shares: its values as text, field errors from the API (or from
// checks in the browser, as fieldErrorsFrom reads them), the error summary that takes focus after a refused submit, and a pending flag.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api.ts';
import { useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, useFocusOnMount } from '../../../components/ErrorSummary.tsx';

type Errors<F extends string> = Partial<Record<F, string>>;

/**
 * A form's submit without its values: field errors, the line for anything else, the error summary's
 * attempt counter and the pending flag. useCourseForm adds the values; a form that keeps its values
 * its own way (the referral's answer, the citizen's circumstances) uses this alone.
 */
export function useFormSubmit<F extends string>(
  fields: readonly F[],
  /** API field paths that belong to a differently named form field ("aftercare.plannedEndsOn"). */
  renamed: Record<string, F> = {},
) {
  const messageOf = useErrorMessage();
  const [errors, setErrors] = useState<Errors<F>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  const fail = (fieldErrors: Errors<F>, otherError: string | null = null) => {
    setErrors(fieldErrors);
    setOther(otherError);
    setAttempt((n) => n + 1);
  };
  /** Field errors go on their fields; anything else (or a refusal without fields) above the form. */
  const failFrom = (error: unknown) => {
    const fieldErrors: Errors<F> = {};
    if (isApiError(error)) {
      for (const [path, message] of Object.entries(error.fields)) {
        const field = renamed[path] ?? fields.find((f) => path === f || path.startsWith(`${f}.`));
        if (field && !fieldErrors[field]) fieldErrors[field] = message;
      }
    }
    const hasFields = Object.keys(fieldErrors).length > 0;
    const validation = isApiError(error) && ['VALIDATION_FAILED', 'INVALID_STATE'].includes(error.code);
    fail(fieldErrors, hasFields && validation ? null : messageOf(error));
  };
  /** Drops one field's error (the user changed it), or all errors and the other line. */
  const clear = (field?: F) => {
    if (field) {
      setErrors((current) => ({ ...current, [field]: undefined }));
    } else {
      setErrors({});
      setOther(null);
    }
  };
  /** Runs the save on submit; a thrown error becomes the form's errors. */
  const onSubmit = (save: () => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    try {
      await save();
    } catch (error) {
      failFrom(error);
    } finally {
      setPending(false);
    }
  };
  return { errors, other, attempt, pending, fail, failFrom, clear, onSubmit };
}

export function useCourseForm<F extends string>(
  fields: readonly F[],
  initial: Record<F, string>,
  idPrefix: string,
  /** API field paths that belong to a differently named form field ("aftercare.plannedEndsOn"). */
  renamed: Record<string, F> = {},
) {
  const { errors, other, attempt, pending, fail, clear, onSubmit } = useFormSubmit(fields, renamed);
  const [values, setValues] = useState<Record<F, string>>(initial);
  const idOf = (field: F) => `${idPrefix}-${field}`;

  const set = (field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    clear(field);
  };
  return { values, set, errors, other, attempt, pending, idOf, fail, onSubmit };
}

interface FormBodyProps<F extends string> {
  /** useFormSubmit's or useCourseForm's state. */
  form: Pick<ReturnType<typeof useFormSubmit<F>>, 'attempt' | 'errors' | 'other' | 'pending' | 'onSubmit'>;
  order: readonly F[];
  labelOf: (field: F) => string;
  idOf: (field: F) => string;
  onSubmit: () => Promise<void>;
  submitLabel: string;
  submittingLabel: string;
  /** The submit button's kind; primary unless said. */
  submitClass?: 'button-primary' | 'button-secondary';
  /** A cancel button after the submit button. */
  cancel?: { label: string; onClick: () => void };
  children: ReactNode;
}

/** The error summary, then the form: its fields and its buttons (submit, and cancel if given). */
export function FormBody<F extends string>({
  form,
  order,
  labelOf,
  idOf,
  onSubmit,
  submitLabel,
  submittingLabel,
  submitClass = 'button-primary',
  cancel,
  children,
}: FormBodyProps<F>) {
  return (
    <>
      <ErrorSummary
        attempt={form.attempt}
        errors={form.errors}
        order={order}
        labelOf={labelOf}
        idOf={idOf}
        other={form.other}
      />
      <form onSubmit={(event) => void form.onSubmit(onSubmit)(event)} noValidate className="app-form">
        {children}
        <div className="app-actions">
          <button type="submit" className={`button ${submitClass}`} disabled={form.pending}>
            {form.pending ? submittingLabel : submitLabel}
          </button>
          {cancel ? (
            <button type="button" className="button button-tertiary" onClick={cancel.onClick}>
              {cancel.label}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}

interface FormFrameProps<F extends string> {
  title: string;
  intro?: string;
  form: ReturnType<typeof useCourseForm<F>>;
  order: readonly F[];
  labelOf: (field: F) => string;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
  /** The heading's id; by default the first field's id with "-heading". */
  headingId?: string;
  /** The card's classes; by default those of the course page's forms. */
  className?: string;
  /** The buttons' texts while saving and for cancelling; by default the course page's. */
  submittingLabel?: string;
  cancelLabel?: string;
}

/** A card with a focused heading, the error summary, the fields and the save/cancel buttons. */
export function FormFrame<F extends string>({
  title,
  intro,
  form,
  order,
  labelOf,
  submitLabel,
  onSubmit,
  onCancel,
  children,
  headingId = `${form.idOf(order[0]!)}-heading`,
  className = 'app-card crs-form',
  submittingLabel,
  cancelLabel,
}: FormFrameProps<F>) {
  const { t } = useTranslation('courses');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      {intro ? <p>{intro}</p> : null}
      <FormBody
        form={form}
        order={order}
        labelOf={labelOf}
        idOf={form.idOf}
        onSubmit={onSubmit}
        submitLabel={submitLabel}
        submittingLabel={submittingLabel ?? t('course.form.submitting')}
        cancel={{ label: cancelLabel ?? t('course.form.cancel'), onClick: onCancel }}
      >
        {children}
      </FormBody>
    </section>
  );
}
