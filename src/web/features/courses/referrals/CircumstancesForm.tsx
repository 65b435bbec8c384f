// The citizen's circumstances that programmes' target-group rules ask about. Every fact may be "not
// recorded"; the caseworker (casework.manage) records them, others read them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api.ts';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, fieldErrorsFrom } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import {
  referralApi,
  useCircumstances,
  useRefreshReferrals,
  type Circumstances,
  type UpdateCircumstancesInput,
} from './referral.api.ts';
import { da } from './texts.ts';

const BENEFIT_TYPES = Object.keys(da.benefitType) as NonNullable<Circumstances['benefitType']>[];
const FLAGS = ['activityReady', 'minorityBackground', 'abuseProblem'] as const;
type Flag = (typeof FLAGS)[number];
const FIELDS = [
  'benefitType',
  'activityReady',
  'onBenefitsSince',
  'minorityBackground',
  'abuseProblem',
] as const;
type FieldName = (typeof FIELDS)[number];

type Values = {
  benefitType: string;
  onBenefitsSince: string;
} & Record<Flag, '' | 'yes' | 'no'>;

function toValues(c: Circumstances): Values {
  const flag = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
  return {
    benefitType: c.benefitType ?? '',
    onBenefitsSince: c.onBenefitsSince ?? '',
    activityReady: flag(c.activityReady),
    minorityBackground: flag(c.minorityBackground),
    abuseProblem: flag(c.abuseProblem),
  };
}

function toInput(v: Values): UpdateCircumstancesInput {
  const flag = (value: Values[Flag]) => (value === '' ? null : value === 'yes');
  return {
    benefitType: (v.benefitType || null) as UpdateCircumstancesInput['benefitType'],
    onBenefitsSince: v.onBenefitsSince || null,
    activityReady: flag(v.activityReady),
    minorityBackground: flag(v.minorityBackground),
    abuseProblem: flag(v.abuseProblem),
  };
}

function FlagField({
  field,
  value,
  error,
  disabled,
  onChange,
}: {
  field: Flag;
  value: Values[Flag];
  error: string | undefined;
  disabled: boolean;
  onChange: (value: Values[Flag]) => void;
}) {
  const { t } = useTranslation('courses');
  const choices = [
    ['yes', t('referrals.refer.yes')],
    ['no', t('referrals.refer.no')],
    ['', t('referrals.refer.unknown')],
  ] as const;
  return (
    <fieldset className={error ? 'form-group form-error' : 'form-group'}>
      <legend className="form-label">{t(`referrals.refer.${field}`)}</legend>
      {error ? <span className="form-error-message">{error}</span> : null}
      <ul className="nobullet-list">
        {choices.map(([choice, label]) => (
          <li key={choice || 'unknown'}>
            <input
              id={`circumstances-${field}-${choice || 'unknown'}`}
              className="form-radio"
              type="radio"
              name={field}
              value={choice}
              checked={value === choice}
              disabled={disabled}
              onChange={() => onChange(choice)}
            />
            <label htmlFor={`circumstances-${field}-${choice || 'unknown'}`}>{label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Form({
  citizenId,
  initial,
  canEdit,
}: {
  citizenId: string;
  initial: Circumstances;
  canEdit: boolean;
}) {
  const { t } = useTranslation('courses');
  const messageOf = useErrorMessage();
  const refresh = useRefreshReferrals();
  const [values, setValues] = useState<Values>(() => toValues(initial));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };
  const idOf = (field: FieldName) =>
    (FLAGS as readonly string[]).includes(field) ? `circumstances-${field}-yes` : `circumstances-${field}`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    try {
      await referralApi.saveCircumstances(citizenId, toInput(values));
      setErrors({});
      setOther(null);
      setSaved(true);
      await refresh();
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
    <form onSubmit={(event) => void submit(event)} noValidate className="app-form">
      <ErrorSummary
        attempt={attempt}
        errors={errors}
        order={FIELDS}
        labelOf={(field) => t(`referrals.refer.${field}`)}
        idOf={idOf}
        other={other}
      />
      <Field
        id="circumstances-benefitType"
        label={t('referrals.refer.benefitType')}
        error={errors.benefitType ?? null}
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="benefitType"
            value={values.benefitType}
            disabled={!canEdit}
            onChange={(event) => set('benefitType', event.target.value)}
          >
            <option value="">{t('referrals.refer.notRecorded')}</option>
            {BENEFIT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`referrals.benefitType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FlagField
        field="activityReady"
        value={values.activityReady}
        error={errors.activityReady}
        disabled={!canEdit}
        onChange={(v) => set('activityReady', v)}
      />
      <Field
        id="circumstances-onBenefitsSince"
        label={t('referrals.refer.onBenefitsSince')}
        hint={t('referrals.refer.onBenefitsSinceHint')}
        error={errors.onBenefitsSince ?? null}
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            name="onBenefitsSince"
            type="date"
            value={values.onBenefitsSince}
            disabled={!canEdit}
            onChange={(event) => set('onBenefitsSince', event.target.value)}
          />
        )}
      </Field>
      <FlagField
        field="minorityBackground"
        value={values.minorityBackground}
        error={errors.minorityBackground}
        disabled={!canEdit}
        onChange={(v) => set('minorityBackground', v)}
      />
      <FlagField
        field="abuseProblem"
        value={values.abuseProblem}
        error={errors.abuseProblem}
        disabled={!canEdit}
        onChange={(v) => set('abuseProblem', v)}
      />
      {canEdit ? (
        <div className="app-actions">
          <button type="submit" className="button button-secondary" disabled={pending}>
            {pending ? t('referrals.refer.saving') : t('referrals.refer.saveCircumstances')}
          </button>
        </div>
      ) : null}
      <p role="status">{saved ? t('referrals.refer.circumstancesSaved') : ''}</p>
    </form>
  );
}

export function CircumstancesSection({ citizenId, canEdit }: { citizenId: string; canEdit: boolean }) {
  const { t } = useTranslation('courses');
  const circumstances = useCircumstances(citizenId);
  return (
    <section className="app-section" aria-labelledby="circumstances-heading">
      <h2 id="circumstances-heading">{t('referrals.refer.circumstances')}</h2>
      <p>{t('referrals.refer.circumstancesIntro')}</p>
      {circumstances.isPending ? (
        <Loading />
      ) : circumstances.isError ? (
        <ErrorAlert error={circumstances.error} />
      ) : (
        <Form citizenId={citizenId} initial={circumstances.data} canEdit={canEdit} />
      )}
    </section>
  );
}
