import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ErrorSummaryProps {
  /** Counts refused submits: focus moves to the summary after each, so the errors are read out first. */
  attempt: number;
  /** Field id → message, in the order to list them. */
  errors: Record<string, string>;
  order: readonly string[];
  labelOf: (field: string) => string;
  idOf: (field: string) => string;
  /** An error that belongs to no field. */
  other?: string | null;
}

/** DKFDS's error summary: a heading and a link to each field with an error. */
export function ErrorSummary({ attempt, errors, order, labelOf, idOf, other }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const withErrors = order.filter((field) => errors[field]);
  const visible = attempt > 0 && (withErrors.length > 0 || Boolean(other));
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!visible) return null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
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
