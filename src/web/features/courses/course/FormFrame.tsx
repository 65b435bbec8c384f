// The frame of the forms on the course pages: the error summary that takes focus after a refused submit,
// the fields, and the buttons (submit, disabled while saving, and cancel). The form's state is the kit's
// (useFormErrors, useFormValues).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, useFocusOnMount } from '../../../components/ErrorSummary.tsx';
import type { FormBinding } from '../../../components/form/fields.tsx';
import { useSubmit, type FormErrors } from '../../../components/form/form-state.ts';

/** The course pages' error state: a refused conflict also says its message above the form. */
export const COURSE_FORM = { conflictAbove: true } as const;

interface FormBodyProps<F extends string> {
  errors: FormErrors;
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
  errors,
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
  const submit = useSubmit(errors);
  return (
    <>
      <ErrorSummary
        attempt={errors.attempt}
        errors={errors.errors as Partial<Record<F, string>>}
        order={order}
        labelOf={labelOf}
        idOf={idOf}
        other={errors.other}
      />
      <form onSubmit={(event) => void submit.onSubmit(onSubmit)(event)} noValidate className="app-form">
        {children}
        <div className="app-actions">
          <button type="submit" className={`button ${submitClass}`} disabled={submit.pending}>
            {submit.pending ? submittingLabel : submitLabel}
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
  errors: FormErrors;
  form: FormBinding<F>;
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
  errors,
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
        errors={errors}
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
