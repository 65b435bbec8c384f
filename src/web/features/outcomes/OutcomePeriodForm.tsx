// The page's period pickers: one period per table (each source lags differently) and a saved report to
// compare with. Checked here as the server checks them (valid dates, from ≤ to), so the error summary
// appears at once; the server's field errors are shown the same way.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import type { OutcomeParams, SavedReportSummary } from './outcome.api.ts';

export type PeriodField = keyof OutcomeParams;
const ORDER: readonly PeriodField[] = [
  'from',
  'to',
  'placementFrom',
  'placementTo',
  'planFrom',
  'planTo',
  'compareTo',
];
const idOf = (field: PeriodField) => `outcome-${field}`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const GROUPS = [
  { key: 'exit', from: 'from', to: 'to' },
  { key: 'placement', from: 'placementFrom', to: 'placementTo' },
  { key: 'plan', from: 'planFrom', to: 'planTo' },
] as const;

export function OutcomePeriodForm({
  value,
  reports,
  serverErrors,
  onShow,
}: {
  value: OutcomeParams;
  reports: SavedReportSummary[];
  serverErrors: Partial<Record<PeriodField, string>>;
  onShow: (value: OutcomeParams) => void;
}) {
  const { t } = useTranslation('outcomes');
  const [values, setValues] = useState(value);
  const [attempt, setAttempt] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<PeriodField, string>>>({});
  const shown = Object.keys(errors).length > 0 ? errors : serverErrors;

  const labelOf = (field: PeriodField): string => {
    if (field === 'compareTo') return t('periods.compareTo');
    const group = GROUPS.find((g) => g.from === field || g.to === field)!;
    return `${t(`periods.${group.key}`)} – ${t(group.from === field ? 'periods.from' : 'periods.to')}`;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<PeriodField, string>> = {};
    for (const group of GROUPS) {
      for (const field of [group.from, group.to]) {
        const text = values[field].trim();
        if (!text) found[field] = t('periods.required');
        else if (!isIsoDate(text)) found[field] = t('periods.invalid');
      }
      if (!found[group.from] && !found[group.to] && values[group.from] > values[group.to])
        found[group.to] = t('periods.order');
    }
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) onShow(values);
  };

  const set = (field: PeriodField, text: string) => setValues((v) => ({ ...v, [field]: text }));

  return (
    <form onSubmit={submit} noValidate className="app-form">
      <ErrorSummary attempt={attempt} errors={shown} order={ORDER} labelOf={labelOf} idOf={idOf} />
      <p className="form-hint">{t('periods.hint')}</p>
      <div className="app-outcome-periods">
        {GROUPS.map((group) => (
          <fieldset key={group.key}>
            <legend className="form-label">{t(`periods.${group.key}`)}</legend>
            {([group.from, group.to] as const).map((field) => (
              <Field
                key={field}
                id={idOf(field)}
                label={t(field === group.from ? 'periods.from' : 'periods.to')}
                error={shown[field] ?? null}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    className="form-input input-width-s"
                    type="date"
                    name={field}
                    value={values[field]}
                    onChange={(event) => set(field, event.target.value)}
                  />
                )}
              </Field>
            ))}
          </fieldset>
        ))}
      </div>
      <Field id={idOf('compareTo')} label={t('periods.compareTo')} error={shown.compareTo ?? null}>
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="compareTo"
            value={values.compareTo}
            onChange={(event) => set('compareTo', event.target.value)}
          >
            <option value="">{t('periods.noComparison')}</option>
            {reports.map((report) => (
              <option key={report.id} value={report.id}>
                {report.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="app-actions">
        <button type="submit" className="button button-primary">
          {t('periods.show')}
        </button>
      </div>
    </form>
  );
}
