// The DKFDS error summary every form uses: after a refused submit, focus moves to it, and each line links
// to its field. Plus reading the API's field errors for a form.
import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';

/** The form field an API field path belongs to: the field of that name, or the one it is part of ("offers.0"). */
export function fieldOfPath<F extends string>(path: string, fields: readonly F[]): F | undefined {
  return fields.find((f) => path === f) ?? fields.find((f) => path.startsWith(`${f}.`));
}

/** The API's field errors for the form's fields; "offers.0" counts as "offers". */
export function fieldErrorsFrom<F extends string>(
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> {
  if (!isApiError(error)) return {};
  const result: Partial<Record<F, string>> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const field = fieldOfPath(path, fields);
    if (field && !result[field]) result[field] = message;
  }
  return result;
}

interface ErrorSummaryProps<F extends string> {
  /** Counts refused submits: focus moves to the summary after each, so the errors are read out first. */
  attempt: number;
  errors: Partial<Record<F, string>>;
  order: readonly F[];
  labelOf: (field: F) => string;
  idOf: (field: F) => string;
  /** An error that belongs to no field. */
  other?: string | null;
}

/** DKFDS's error summary: a heading and a link to each field with an error. */
export function ErrorSummary<F extends string>({
  attempt,
  errors,
  order,
  labelOf,
  idOf,
  other,
}: ErrorSummaryProps<F>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const withErrors = order.filter((field) => errors[field]);
  const visible = attempt > 0 && (withErrors.length > 0 || Boolean(other));
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!visible) return null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: F) => {
    event.preventDefault();
    document.getElementById(idOf(field))?.focus();
  };
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref}>
      <div className="alert-body">
        <p className="alert-heading">{t('errors.summary')}</p>
        {other ? <p className="alert-text">{other}</p> : null}
        {withErrors.length > 0 ? (
          <ul className="alert-text nobullet-list">
            {withErrors.map((field) => (
              <li key={field}>
                <a href={`#${idOf(field)}`} onClick={(event) => focusField(event, field)}>
                  {labelOf(field)}: {errors[field]}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/** Focus on a form's heading when it opens, so keyboard and screen-reader users land in it. */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
