import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, fieldErrorsFrom } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCitizen } from '../../citizens/citizen.api.ts';
import { CircumstancesSection } from './CircumstancesForm.tsx';
import { EligibilityPanel } from './EligibilityPanel.tsx';
import { referralApi, useReferralOptions, useRefreshReferrals, type ReferralOption } from './referral.api.ts';
import { isUuid, todayInCopenhagen } from './referral-format.ts';

const FIELDS = ['referredOn', 'agreementId', 'consentGiven', 'informedOn', 'note'] as const;
type FieldName = (typeof FIELDS)[number];
const idOf = (field: FieldName) => `refer-${field}`;

function CapacityText({ option }: { option: ReferralOption }) {
  const { t } = useTranslation('courses');
  return (
    <>
      <span className="app-muted">
        {option.places === null
          ? t('referrals.refer.placesUnknown', { occupied: option.occupied })
          : t('referrals.refer.places', { occupied: option.occupied, places: option.places })}
      </span>
      {option.full ? (
        <>
          {' '}
          <span className="badge badge-warning">{t('referrals.refer.full')}</span>
        </>
      ) : null}
    </>
  );
}

function ProgrammeChoice({
  date,
  value,
  error,
  onChange,
}: {
  date: string;
  value: string;
  error: string | undefined;
  onChange: (agreementId: string) => void;
}) {
  const { t } = useTranslation('courses');
  const options = useReferralOptions(date);
  return (
    <fieldset
      className={error ? 'form-group form-error' : 'form-group'}
      aria-describedby={error ? 'refer-agreementId-error' : 'refer-options-hint'}
    >
      <legend className="form-label">{t('referrals.refer.options')}</legend>
      <span className="form-hint" id="refer-options-hint">
        {t('referrals.refer.optionsIntro')}
      </span>
      {error ? (
        <span className="form-error-message" id="refer-agreementId-error">
          {error}
        </span>
      ) : null}
      {options.isPending ? (
        <Loading />
      ) : options.isError ? (
        <ErrorAlert error={options.error} />
      ) : options.data.items.length === 0 ? (
        <p className="app-empty">{t('referrals.refer.noOptions')}</p>
      ) : (
        <ul className="nobullet-list">
          {options.data.items.map((option, index) => {
            const id = index === 0 ? idOf('agreementId') : `refer-agreement-${option.agreementId}`;
            return (
              <li key={option.agreementId}>
                <input
                  id={id}
                  className="form-radio"
                  type="radio"
                  name="agreementId"
                  value={option.agreementId}
                  checked={value === option.agreementId}
                  onChange={() => onChange(option.agreementId)}
                />
                <label htmlFor={id}>
                  <strong>{option.tenderArea.name}</strong>: {option.provider.name}
                  {option.provider.district ? ` (${option.provider.district})` : ''} –{' '}
                  <CapacityText option={option} />
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function ReferralForm({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('courses');
  const navigate = useNavigate();
  const messageOf = useErrorMessage();
  const refresh = useRefreshReferrals();
  const [values, setValues] = useState({
    referredOn: todayInCopenhagen(),
    agreementId: '',
    consentGiven: false,
    informedOn: '',
    note: '',
  });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    try {
      const referral = await referralApi.create(citizenId, {
        agreementId: values.agreementId,
        referredOn: values.referredOn,
        consentGiven: values.consentGiven,
        informedOn: values.informedOn || null,
        note: values.note,
      });
      await refresh();
      await navigate(`/henvisninger/${referral.id}`, { state: { createdWarnings: referral.warnings } });
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, FIELDS);
      setErrors(fieldErrors);
      setOther(
        Object.keys(fieldErrors).length > 0 && isApiError(error) && error.code === 'VALIDATION_FAILED'
          ? null
          : messageOf(error),
      );
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="app-section" aria-labelledby="refer-heading">
      <h2 id="refer-heading">{t('referrals.refer.referral')}</h2>
      <ErrorSummary
        attempt={attempt}
        errors={errors}
        order={FIELDS}
        labelOf={(field) => t(`referrals.refer.${field}`)}
        idOf={idOf}
        other={other}
      />
      <form onSubmit={(event) => void submit(event)} noValidate className="app-form">
        <Field
          id={idOf('referredOn')}
          label={t('referrals.refer.referredOn')}
          error={errors.referredOn ?? null}
          required
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-s"
              name="referredOn"
              type="date"
              value={values.referredOn}
              onChange={(event) => set('referredOn', event.target.value)}
            />
          )}
        </Field>
        <ProgrammeChoice
          date={values.referredOn}
          value={values.agreementId}
          error={errors.agreementId}
          onChange={(agreementId) => set('agreementId', agreementId)}
        />
        <EligibilityPanel citizenId={citizenId} agreementId={values.agreementId} date={values.referredOn} />
        <div className={errors.consentGiven ? 'form-group form-error' : 'form-group'}>
          {errors.consentGiven ? (
            <span className="form-error-message" id="refer-consentGiven-error">
              {errors.consentGiven}
            </span>
          ) : null}
          <div className="form-group-checkbox">
            <input
              id={idOf('consentGiven')}
              className="form-checkbox"
              type="checkbox"
              name="consentGiven"
              checked={values.consentGiven}
              aria-describedby={
                errors.consentGiven
                  ? 'refer-consentGiven-hint refer-consentGiven-error'
                  : 'refer-consentGiven-hint'
              }
              aria-invalid={errors.consentGiven ? true : undefined}
              onChange={(event) => set('consentGiven', event.target.checked)}
            />
            <label className="form-label" htmlFor={idOf('consentGiven')}>
              {t('referrals.refer.consentGiven')}
            </label>
          </div>
          <span className="form-hint" id="refer-consentGiven-hint">
            {t('referrals.refer.consentHint')}
          </span>
        </div>
        <Field
          id={idOf('informedOn')}
          label={t('referrals.refer.informedOn')}
          error={errors.informedOn ?? null}
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-s"
              name="informedOn"
              type="date"
              value={values.informedOn}
              onChange={(event) => set('informedOn', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={idOf('note')}
          label={t('referrals.refer.note')}
          hint={t('referrals.refer.noteHint')}
          error={errors.note ?? null}
        >
          {(control) => (
            <textarea
              {...control}
              className="form-input"
              name="note"
              rows={4}
              value={values.note}
              onChange={(event) => set('note', event.target.value)}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('referrals.refer.submitting') : t('referrals.refer.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ReferCitizen({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('courses');
  const { t: tCore } = useTranslation();
  const { can } = useSession();
  const citizen = useCitizen(citizenId);
  usePageTitle(t('referrals.refer.title'));
  return (
    <>
      <p className="app-eyebrow">
        {citizen.data ? (
          <Link to={`/borgere/${citizenId}`}>{citizen.data.name}</Link>
        ) : (
          tCore('citizen.title')
        )}
      </p>
      <h1>{t('referrals.refer.title')}</h1>
      {citizen.isPending ? (
        <Loading />
      ) : citizen.isError ? (
        <ErrorAlert error={citizen.error} />
      ) : (
        <>
          <p className="font-lead">{t('referrals.refer.intro')}</p>
          <CircumstancesSection citizenId={citizenId} canEdit={can('casework.manage')} />
          <ReferralForm citizenId={citizenId} />
        </>
      )}
    </>
  );
}

/** /borgere/:id/henvis — "Henvis borger": circumstances, programme and provider, eligibility, consent. */
export function ReferCitizenPage() {
  const { t } = useTranslation('courses');
  const { id = '' } = useParams();
  if (!isUuid(id)) return <InvalidCitizen title={t('referrals.refer.title')} />;
  return <ReferCitizen key={id} citizenId={id} />;
}

function InvalidCitizen({ title }: { title: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="font-lead">{t('citizen.notFoundText')}</p>
    </>
  );
}
