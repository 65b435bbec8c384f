import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCitizen } from '../../citizens/citizen.api.ts';
import { COURSE_FORM, FormBody } from '../course/FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { CircumstancesSection, type CircumstancesDraft } from './CircumstancesForm.tsx';
import { EligibilityPanel } from './EligibilityPanel.tsx';
import { ReferralSuggestions } from './ReferralSuggestions.tsx';
import {
  referralApi,
  useEligibility,
  useReferralOptions,
  useRefreshReferrals,
  type CreateReferralInput,
  type ReferralOption,
} from './referral.api.ts';
import { isUuid } from './referral-format.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { DateField, RadioGroup, TextAreaField } from '../../../components/form/fields.tsx';

const FIELDS = [
  'referredOn',
  'agreementId',
  'targetGroupReason',
  'offerType',
  'offerFrom',
  'offerTo',
  'informedOn',
  'citizenResponse',
  'responseReason',
  'note',
] as const;
// The offer types under LAB (lbk. nr. 280/2024): kap. 14 vejledning og opkvalificering, kap. 11 virksomhedspraktik.
const OFFER_TYPES = ['guidance_and_upskilling', 'internship'] as const;
const RESPONSES = ['accepted', 'refused'] as const;
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

function ReferralForm({
  citizenId,
  circumstances,
}: {
  citizenId: string;
  circumstances: RefObject<CircumstancesDraft | null>;
}) {
  const { t } = useTranslation('courses');
  const navigate = useNavigate();
  const refresh = useRefreshReferrals();
  const labelOf = (field: (typeof FIELDS)[number]) => t(`referrals.refer.${field}`);
  const errors = useFormErrors(ID_PREFIX, FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({
      referredOn: todayInCopenhagen(),
      agreementId: '',
      targetGroupReason: '',
      offerType: '',
      offerFrom: '',
      offerTo: '',
      informedOn: '',
      citizenResponse: '',
      responseReason: '',
      note: '',
    }),
    errors,
    labelOf,
  );
  const values = form.values;
  const eligibility = useEligibility(citizenId, values.agreementId, values.referredOn);
  // Outside the target group (issue 12, item 2): a reason is required; the server decides, so the field
  // also shows when it asks for it (the circumstances saved with this submit changed the answer).
  const asksTargetGroupReason =
    eligibility.data?.eligible === false || form.errors.targetGroupReason !== undefined;

  const save = async () => {
    // One submit saves all (issue 12, item 1): changed circumstances first, so the referral is checked
    // against them; if they are refused, nothing is referred and their errors stand on their fields.
    const draft = circumstances.current;
    if (draft?.isDirty() && !(await draft.save())) {
      errors.failWith({}, t('referrals.refer.circumstancesNotSaved'));
      return;
    }
    const referral = await referralApi.create(citizenId, {
      agreementId: values.agreementId,
      referredOn: values.referredOn,
      offerType: (values.offerType || undefined) as CreateReferralInput['offerType'],
      offerFrom: values.offerFrom,
      offerTo: values.offerTo,
      informedOn: values.informedOn,
      citizenResponse: (values.citizenResponse || undefined) as CreateReferralInput['citizenResponse'],
      responseReason: values.citizenResponse === 'refused' ? values.responseReason : null,
      targetGroupReason: values.targetGroupReason || null,
      note: values.note,
    });
    await refresh();
    await navigate(`/henvisninger/${referral.id}`, { state: { createdWarnings: referral.warnings } });
  };

  return (
    <section className="app-section" aria-labelledby="refer-heading">
      <h2 id="refer-heading">{t('referrals.refer.referral')}</h2>
      <FormBody
        errors={errors}
        order={FIELDS}
        labelOf={labelOf}
        idOf={form.idOf}
        onSubmit={save}
        submitLabel={t('referrals.refer.submit')}
        submittingLabel={t('referrals.refer.submitting')}
      >
        <DateField form={form} name="referredOn" label={t('referrals.refer.referredOn')} required />
        <ReferralSuggestions
          citizenId={citizenId}
          date={values.referredOn}
          value={values.agreementId}
          onChoose={(agreementId) => form.set('agreementId', agreementId)}
        />
        <ProgrammeChoice
          date={values.referredOn}
          value={values.agreementId}
          error={form.errors.agreementId}
          onChange={(agreementId) => form.set('agreementId', agreementId)}
        />
        <EligibilityPanel citizenId={citizenId} agreementId={values.agreementId} date={values.referredOn} />
        {asksTargetGroupReason ? (
          <TextAreaField
            form={form}
            name="targetGroupReason"
            label={t('referrals.refer.targetGroupReason')}
            hint={t('referrals.refer.targetGroupReasonHint')}
            required
            rows={3}
          />
        ) : null}
        <p className="form-hint" id="refer-offer-hint">
          {t('referrals.refer.offerTypeHint')}
        </p>
        <RadioGroup
          form={form}
          name="offerType"
          legend={t('referrals.refer.offerType')}
          choices={OFFER_TYPES.map((type) => ({ value: type, label: t(`referrals.offerType.${type}`) }))}
        />
        <DateField form={form} name="offerFrom" label={t('referrals.refer.offerFrom')} required />
        <DateField form={form} name="offerTo" label={t('referrals.refer.offerTo')} required />
        <DateField form={form} name="informedOn" label={t('referrals.refer.informedOn')} required />
        <RadioGroup
          form={form}
          name="citizenResponse"
          legend={t('referrals.refer.citizenResponse')}
          choices={RESPONSES.map((response) => ({
            value: response,
            label: t(`referrals.response.${response}`),
          }))}
        />
        {values.citizenResponse === 'refused' ? (
          <TextAreaField
            form={form}
            name="responseReason"
            label={t('referrals.refer.responseReason')}
            hint={t('referrals.refer.responseReasonHint')}
            required
            rows={3}
          />
        ) : null}
        <TextAreaField
          form={form}
          name="note"
          label={t('referrals.refer.note')}
          hint={t('referrals.refer.noteHint')}
          rows={4}
        />
        <p className="form-hint">{t('referrals.refer.unsavedCircumstances')}</p>
      </FormBody>
    </section>
  );
}

function ReferCitizen({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('courses');
  const { t: tCore } = useTranslation();
  const { can } = useSession();
  const citizen = useCitizen(citizenId);
  const circumstances = useRef<CircumstancesDraft | null>(null);
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
          <CircumstancesSection
            citizenId={citizenId}
            canEdit={can('casework.manage')}
            draft={circumstances}
          />
          <ReferralForm citizenId={citizenId} circumstances={circumstances} />
        </>
      )}
    </>
  );
}

/** /borgere/:id/henvis — "Henvis borger": circumstances, programme and provider, eligibility, the offer decision. */
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
