// Small pieces the agreements pages share: status badges, dates and money in the user's language, an
// error summary for forms (DKFDS pattern: focus moves to it, links move focus to the field), export links.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayStatusName } from '../../../shared/agreements/agreement.constants.ts';
import type { Language } from '../../../shared/messages.ts';
import { formatMoney } from '../../../shared/money.ts';
import { isApiError } from '../../app/api.ts';
import { useErrorMessage } from '../../components/ErrorAlert.tsx';
import { ErrorSummary as SharedErrorSummary } from '../../components/ErrorSummary.tsx';
import { formatDate } from '../../components/format.ts';
import { useLanguage } from '../../components/useLanguage.ts';

/** "31-12-2023" / "31 Dec 2023"; a dash for none. */
export function useDay(): (iso: string | null | undefined) => string {
  const language = useLanguage();
  return (iso) => (iso ? formatDate(`${iso}T12:00:00Z`, language) : '–');
}

/** "1.850,00 kr." / "DKK 1,850.00" in the user's language; a dash for none. */
export function kroner(ore: number | null | undefined, language: Language): string {
  return ore === null || ore === undefined ? '–' : formatMoney(ore, language);
}

/** `kroner` in the user's language. */
export function useKroner(): (ore: number | null | undefined) => string {
  const language = useLanguage();
  return (ore) => kroner(ore, language);
}

const BADGE: Record<DisplayStatusName, string> = {
  active: 'badge badge-success',
  draft: 'badge badge-info',
  terminated: 'badge badge-warning',
  expired: 'badge',
};

export function StatusBadge({ status }: { status: DisplayStatusName }) {
  const { t } = useTranslation('agreements');
  return <span className={BADGE[status]}>{t(`status.${status}`)}</span>;
}

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

/** The error summary above a form: links to each field with an error, or the general message. */
export function ErrorSummary({ state, labels }: { state: FormErrors; labels: Record<string, string> }) {
  return (
    <SharedErrorSummary
      attempt={state.attempt}
      errors={state.errors}
      order={state.order}
      labelOf={(field) => labels[field] ?? field}
      idOf={(field) => fieldId(state.form, field)}
      other={state.other}
    />
  );
}

export function ExportLinks({ href, label }: { href: (format: string) => string; label: string }) {
  const { t } = useTranslation('agreements');
  return (
    <p className="agr-exports">
      <span>{label}:</span>{' '}
      <a href={href('xlsx')} download>
        {t('export.xlsx')}
      </a>{' '}
      <a href={href('csv')} download>
        {t('export.csv')}
      </a>{' '}
      <a href={href('csv-en')} download>
        {t('export.csvEn')}
      </a>
    </p>
  );
}

/** A success message announced once after a change. */
export function Saved({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{children}</p>
      </div>
    </div>
  );
}

/** A whole-number field as typed: null when empty, the number, or the text for the server to refuse. */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return (Number.isInteger(value) ? value : trimmed) as number;
}

export { copenhagenToday } from '../../components/format.ts';
