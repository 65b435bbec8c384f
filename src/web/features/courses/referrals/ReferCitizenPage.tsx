import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCitizen } from '../../citizens/citizen.api.ts';
import { FormCheckbox, FormDateField, FormTextArea } from '../course/FormFields.tsx';
import { FormBody, useCourseForm } from '../course/useCourseForm.tsx';
import { CircumstancesSection } from './CircumstancesForm.tsx';
import { EligibilityPanel } from './EligibilityPanel.tsx';
import { referralApi, useReferralOptions, useRefreshReferrals, type ReferralOption } from './referral.api.ts';
import { isUuid, todayInCopenhagen } from './referral-format.ts';

const FIELDS = ['referredOn', 'agreementId', 'consentGiven', 'informedOn', 'note'] as const;
const ID_PREFIX = 'refer';

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
            const id = index === 0 ? `${ID_PREFIX}-agreementId` : `refer-agreement-${option.agreementId}`;
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
  const refresh = useRefreshReferrals();
  const form = useCourseForm(
    FIELDS,
    { referredOn: todayInCopenhagen(), agreementId: '', consentGiven: '', informedOn: '', note: '' },
    ID_PREFIX,
  );
  const values = form.values;

  const save = async () => {
    const referral = await referralApi.create(citizenId, {
      agreementId: values.agreementId,
      referredOn: values.referredOn,
      consentGiven: values.consentGiven === 'yes',
      informedOn: values.informedOn || null,
      note: values.note,
    });
    await refresh();
    await navigate(`/henvisninger/${referral.id}`, { state: { createdWarnings: referral.warnings } });
  };

  return (
    <section className="app-section" aria-labelledby="refer-heading">
      <h2 id="refer-heading">{t('referrals.refer.referral')}</h2>
      <FormBody
        form={form}
        order={FIELDS}
        labelOf={(field) => t(`referrals.refer.${field}`)}
        idOf={form.idOf}
        onSubmit={save}
        submitLabel={t('referrals.refer.submit')}
        submittingLabel={t('referrals.refer.submitting')}
      >
        <FormDateField form={form} name="referredOn" label={t('referrals.refer.referredOn')} required />
        <ProgrammeChoice
          date={values.referredOn}
          value={values.agreementId}
          error={form.errors.agreementId}
          onChange={(agreementId) => form.set('agreementId', agreementId)}
        />
        <EligibilityPanel citizenId={citizenId} agreementId={values.agreementId} date={values.referredOn} />
        <FormCheckbox
          form={form}
          name="consentGiven"
          label={t('referrals.refer.consentGiven')}
          hint={t('referrals.refer.consentHint')}
        />
        <FormDateField form={form} name="informedOn" label={t('referrals.refer.informedOn')} />
        <FormTextArea
          form={form}
          name="note"
          label={t('referrals.refer.note')}
          hint={t('referrals.refer.noteHint')}
          rows={4}
        />
      </FormBody>
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
