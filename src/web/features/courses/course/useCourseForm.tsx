// What every form on the course page shares: its values as text, field errors from the API (or from
// checks in the browser, as fieldErrorsFrom reads them), the error summary that takes focus after a refused submit, and a pending flag.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api.ts';
import { useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, useFocusOnMount } from '../../../components/ErrorSummary.tsx';
import type { Language } from '../../../../shared/messages.ts';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'da';
}

type Errors<F extends string> = Partial<Record<F, string>>;

export function useCourseForm<F extends string>(
  fields: readonly F[],
  initial: Record<F, string>,
  idPrefix: string,
  /** API field paths that belong to a differently named form field ("aftercare.plannedEndsOn"). */
  renamed: Record<string, F> = {},
) {
  const messageOf = useErrorMessage();
  const [values, setValues] = useState<Record<F, string>>(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const idOf = (field: F) => `${idPrefix}-${field}`;

  const set = (field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
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
  return { values, set, errors, other, attempt, pending, idOf, fail, onSubmit };
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
}: FormFrameProps<F>) {
  const { t } = useTranslation('courses');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const headingId = `${form.idOf(order[0]!)}-heading`;
  return (
    <section className="app-card crs-form" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      {intro ? <p>{intro}</p> : null}
      <ErrorSummary
        attempt={form.attempt}
        errors={form.errors}
        order={order}
        labelOf={labelOf}
        idOf={form.idOf}
        other={form.other}
      />
      <form onSubmit={(event) => void form.onSubmit(onSubmit)(event)} noValidate className="app-form">
        {children}
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={form.pending}>
            {form.pending ? t('course.form.submitting') : submitLabel}
          </button>
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('course.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
