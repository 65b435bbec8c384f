import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a form control needs to be tied to its label, hint and messages. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Shown in red and sets aria-invalid. */
  error?: string | null;
  /** A warning that does not block saving (e.g. CPR modulus 11). */
  notice?: string | null;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A DKFDS form group: label, hint, error and notice, all referenced from the control. */
export function Field({ id, label, hint, error, notice, required = false, children }: FieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const noticeId = notice ? `${id}-notice` : null;
  const describedBy = [hintId, errorId, noticeId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
        {required ? (
          <span className="app-required">
            {' '}
            <span aria-hidden="true">*</span>
            <span className="sr-only">({t('createCitizen.requiredMark')})</span>
          </span>
        ) : null}
      </label>
      {hint ? (
        <span className="form-hint" id={hintId ?? undefined}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={errorId ?? undefined}>
          {error}
        </span>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {notice ? (
        <p className="app-field-notice" id={noticeId ?? undefined}>
          {notice}
        </p>
      ) : null}
    </div>
  );
}
