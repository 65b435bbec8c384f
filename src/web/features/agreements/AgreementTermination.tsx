import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { ErrorAlert, useErrorMessage } from '../../components/ErrorAlert.tsx';
import { Field } from '../../components/Field.tsx';
import { useTerminationPreview, type AgreementChanges, type AgreementDetail } from './agreement.api.ts';
import { fieldId } from '../../components/form/form-state.ts';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay } from '../../components/useFormat.ts';

const FORM = 'terminate';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Opsig med varsel": the notice date (today by default) and a reason; the end date the notice gives is
 * shown as soon as the date is complete, before the user confirms (seed 003: 8 weeks' notice).
 */
export function AgreementTermination({
  agreement,
  today,
  terminate,
}: {
  agreement: AgreementDetail;
  today: string;
  terminate: AgreementChanges['terminate'];
}) {
  const { t } = useTranslation('agreements');
  const day = useDay();
  const messageOf = useErrorMessage();
  const [noticeGivenOn, setNoticeGivenOn] = useState(today);
  const [reason, setReason] = useState('');
  const complete = ISO_DATE.test(noticeGivenOn);
  const preview = useTerminationPreview(agreement.id, noticeGivenOn, complete);
  const previewError = preview.isError ? messageOf(preview.error) : null;
  const fieldError =
    isApiError(terminate.error) && terminate.error.fields.noticeGivenOn
      ? terminate.error.fields.noticeGivenOn
      : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    terminate.mutate({ noticeGivenOn, reason: reason.trim() || null });
  };

  return (
    <section className="app-section" aria-labelledby="terminate-heading">
      <h2 id="terminate-heading">{t('terminate.heading')}</h2>
      <p>{t('terminate.intro', { weeks: agreement.noticeWeeks })}</p>
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby="terminate-heading">
        <Field
          id={fieldId(FORM, 'noticeGivenOn')}
          label={t('terminate.noticeGivenOn')}
          hint={t('terminate.noticeHint')}
          error={fieldError}
          required
        >
          {(control) => (
            <input
              {...control}
              className="form-input agr-input-date"
              name="noticeGivenOn"
              type="date"
              value={noticeGivenOn}
              onChange={(event) => {
                setNoticeGivenOn(event.target.value);
                terminate.reset();
              }}
            />
          )}
        </Field>
        <Field id={fieldId(FORM, 'reason')} label={t('terminate.reason')}>
          {(control) => (
            <textarea
              {...control}
              className="form-input"
              name="reason"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </Field>
        <div className="agr-preview" role="status" aria-live="polite">
          {!complete ? null : preview.data ? (
            <p>
              <strong>{t('terminate.computedEnd', { date: day(preview.data.endsOn) })}</strong>{' '}
              {t('terminate.computedDetail', {
                weeks: preview.data.noticeWeeks,
                notice: day(preview.data.noticeGivenOn),
                current: day(preview.data.currentEndsOn),
              })}
            </p>
          ) : previewError ? (
            <p className="agr-refusal">{previewError}</p>
          ) : null}
        </div>
        {terminate.isError && !fieldError ? <ErrorAlert error={terminate.error} /> : null}
        <div className="app-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={terminate.isPending || !preview.data || preview.isFetching}
          >
            {t('terminate.confirm')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** After termination: when and why, and the end it gave. */
export function TerminationDone({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  const day = useDay();
  return (
    <Saved>{t('terminate.done', { notice: day(agreement.noticeGivenOn), end: day(agreement.endsOn) })}</Saved>
  );
}
