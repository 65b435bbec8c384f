// "Gem rapport" for outcome.manage: stores the figures now shown with their periods, definition version
// and the imports behind them (POST /api/outcome-reports).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { useErrorMessage } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, fieldErrorsFrom } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { outcomeApi, useRefreshReports, type OutcomeParams } from './outcome.api.ts';

const FIELDS = ['title'] as const;

export function SaveReportForm({ params }: { params: OutcomeParams }) {
  const { t } = useTranslation('outcomes');
  const messageOf = useErrorMessage();
  const refresh = useRefreshReports();
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ title?: string }>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus('');
    if (!title.trim()) {
      setErrors({ title: t('save.required') });
      setOther(null);
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      const saved = await outcomeApi.saveReport({
        title,
        parameters: {
          from: params.from,
          to: params.to,
          placementFrom: params.placementFrom,
          placementTo: params.placementTo,
          planFrom: params.planFrom,
          planTo: params.planTo,
        },
      });
      await refresh();
      setTitle('');
      setErrors({});
      setOther(null);
      setStatus(t('save.saved', { title: saved.title }));
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, FIELDS);
      setErrors(fieldErrors);
      setOther(isApiError(error) && fieldErrors.title ? null : messageOf(error));
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="app-section" aria-labelledby="outcome-save-heading">
      <h2 id="outcome-save-heading">{t('save.heading')}</h2>
      <p>{t('save.intro')}</p>
      <ErrorSummary
        attempt={attempt}
        errors={errors}
        order={FIELDS}
        labelOf={() => t('save.title')}
        idOf={() => 'outcome-save-title'}
        other={other}
      />
      <form onSubmit={(event) => void submit(event)} noValidate className="app-form">
        <Field
          id="outcome-save-title"
          label={t('save.title')}
          hint={t('save.titleHint')}
          error={errors.title ?? null}
          required
        >
          {(control) => (
            <input
              {...control}
              className="form-input"
              type="text"
              name="title"
              maxLength={300}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('save.submitting') : t('save.submit')}
          </button>
        </div>
      </form>
      <p role="status" className="app-live">
        {status}
      </p>
    </section>
  );
}
