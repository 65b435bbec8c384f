// The billing page's choice of period (from month to month, Danish month names) and, for the
// administration, provider. The period is checked here as the server checks it (from ≤ to, at most 36
// months), so the error summary appears at once; the server's field errors are shown the same way.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/messages.ts';
import { MAX_BILLING_MONTHS, MONTH_NAMES, monthCount } from '../../../../shared/courses/billing.format.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';

export interface PeriodValue {
  from: string;
  to: string;
  providerId: string;
}

type FieldName = 'from' | 'to' | 'providerId';
const ORDER: readonly FieldName[] = ['from', 'to', 'providerId'];
const ID: Record<FieldName, string> = {
  from: 'billing-from-month',
  to: 'billing-to-month',
  providerId: 'billing-provider',
};

function years(value: PeriodValue): number[] {
  const now = new Date().getFullYear();
  const wanted = [Number(value.from.slice(0, 4)), Number(value.to.slice(0, 4))].filter(Number.isFinite);
  const first = Math.min(2021, ...wanted);
  const last = Math.max(now + 1, ...wanted);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function MonthPicker({
  which,
  value,
  onChange,
  error,
  language,
  yearOptions,
}: {
  which: 'from' | 'to';
  value: string;
  onChange: (month: string) => void;
  error: string | undefined;
  language: Language;
  yearOptions: number[];
}) {
  const { t } = useTranslation('courses');
  const [year = '', month = ''] = value.split('-');
  return (
    <div className="app-search-row">
      <Field id={`billing-${which}-month`} label={t(`billing.${which}Month`)} error={error}>
        {(control) => (
          <select
            {...control}
            className="form-select"
            value={month}
            onChange={(e) => onChange(`${year}-${e.target.value}`)}
          >
            {MONTH_NAMES[language].map((name, index) => (
              <option key={name} value={String(index + 1).padStart(2, '0')}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`billing-${which}-year`} label={t(`billing.${which}Year`)}>
        {(control) => (
          <select
            {...control}
            className="form-select"
            value={year}
            onChange={(e) => onChange(`${e.target.value}-${month}`)}
          >
            {yearOptions.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

export function PeriodForm({
  value,
  providers,
  serverErrors,
  onShow,
  language,
}: {
  value: PeriodValue;
  /** Null: the user sees only their own provider, so there is nothing to choose. */
  providers: { id: string; name: string }[] | null;
  serverErrors: Partial<Record<FieldName, string>>;
  onShow: (value: PeriodValue) => void;
  language: Language;
}) {
  const { t } = useTranslation('courses');
  const [values, setValues] = useState(value);
  const [attempt, setAttempt] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const shown = Object.keys(errors).length > 0 ? errors : serverErrors;
  const yearOptions = years(values);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const months = monthCount(values.from, values.to);
    const found: Partial<Record<FieldName, string>> = {};
    if (months < 1) found.to = t('billing.periodOrder');
    else if (months > MAX_BILLING_MONTHS) found.to = t('billing.periodTooLong', { max: MAX_BILLING_MONTHS });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) onShow(values);
  };

  const labels: Record<FieldName, string> = {
    from: t('billing.fromMonth'),
    to: t('billing.toMonth'),
    providerId: t('billing.provider'),
  };
  return (
    <form onSubmit={submit} noValidate className="app-form">
      <ErrorSummary
        attempt={attempt}
        errors={shown}
        order={ORDER}
        labelOf={(field) => labels[field]}
        idOf={(field) => ID[field]}
      />
      <fieldset>
        <legend className="form-label">{t('billing.period')}</legend>
        <MonthPicker
          which="from"
          value={values.from}
          onChange={(from) => setValues((v) => ({ ...v, from }))}
          error={shown.from}
          language={language}
          yearOptions={yearOptions}
        />
        <MonthPicker
          which="to"
          value={values.to}
          onChange={(to) => setValues((v) => ({ ...v, to }))}
          error={shown.to}
          language={language}
          yearOptions={yearOptions}
        />
      </fieldset>
      {providers ? (
        <Field id={ID.providerId} label={t('billing.provider')} error={shown.providerId}>
          {(control) => (
            <select
              {...control}
              className="form-select"
              value={values.providerId}
              onChange={(e) => setValues((v) => ({ ...v, providerId: e.target.value }))}
            >
              <option value="">{t('billing.allProviders')}</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <button type="submit" className="button button-primary">
        {t('billing.show')}
      </button>
    </form>
  );
}
