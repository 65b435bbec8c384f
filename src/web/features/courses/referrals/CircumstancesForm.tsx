// The citizen's circumstances that programmes' target-group rules ask about. Every fact may be "not
// recorded"; the caseworker (casework.manage) records them, others read them. On the refer page the
// referral's submit saves changed circumstances first (issue 12, item 1: nothing typed is lost), through
// the draft handle the page passes in.
import { useImperativeHandle, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { Loading } from '../../../components/Loading.tsx';
import { benefitChoices } from '../../../../shared/courses/benefit-types.ts';
import { useDate } from '../language.ts';
import { COURSE_FORM } from '../course/FormFrame.tsx';
import { bindingOf, useFormErrors, useSubmit } from '../../../components/form/form-state.ts';
import {
  referralApi,
  useCircumstances,
  useRefreshReferrals,
  type Circumstances,
  type UpdateCircumstancesInput,
} from './referral.api.ts';
import { DateField, type FormBinding, RadioGroup, SelectField } from '../../../components/form/fields.tsx';

const FLAGS = ['activityReady', 'minorityBackground', 'abuseProblem'] as const;
type Flag = (typeof FLAGS)[number];
const FIELDS = [
  'benefitType',
  'activityReady',
  'onBenefitsSince',
  'firstRequestOn',
  'minorityBackground',
  'abuseProblem',
] as const;
type FieldName = (typeof FIELDS)[number];

/** The refer page's handle on unsaved circumstances: whether any changed, and a save that reports success. */
export interface CircumstancesDraft {
  isDirty: () => boolean;
  /** Saves the changes; on a refusal the errors are shown on the circumstances' fields and false returned. */
  save: () => Promise<boolean>;
}

type Values = {
  benefitType: string;
  onBenefitsSince: string;
  firstRequestOn: string;
} & Record<Flag, '' | 'yes' | 'no'>;

function toValues(c: Circumstances): Values {
  const flag = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
  return {
    benefitType: c.benefitType ?? '',
    onBenefitsSince: c.onBenefitsSince ?? '',
    firstRequestOn: c.firstRequestOn ?? '',
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
    firstRequestOn: v.firstRequestOn || null,
    activityReady: flag(v.activityReady),
    minorityBackground: flag(v.minorityBackground),
    abuseProblem: flag(v.abuseProblem),
  };
}

function FlagField({
  form,
  field,
  disabled,
}: {
  form: FormBinding<FieldName>;
  field: Flag;
  disabled: boolean;
}) {
  const { t } = useTranslation('courses');
  return (
    <RadioGroup
      form={form}
      name={field}
      legend={t(`referrals.refer.${field}`)}
      choices={[
        { value: 'yes', label: t('referrals.refer.yes') },
        { value: 'no', label: t('referrals.refer.no') },
        { value: '', label: t('referrals.refer.unknown') },
      ]}
      choiceId={(choice) => `circumstances-${field}-${choice || 'unknown'}`}
      disabled={disabled}
    />
  );
}

function Form({
  citizenId,
  initial,
  canEdit,
  draft,
}: {
  citizenId: string;
  initial: Circumstances;
  canEdit: boolean;
  draft: RefObject<CircumstancesDraft | null> | undefined;
}) {
  const { t } = useTranslation('courses');
  const formatDay = useDate();
  const refresh = useRefreshReferrals();
  // The types in force today (aktivloven §§ 16-20 from 1 Jul 2025); a ceased type recorded before stays
  // readable, marked with its last day.
  const choices = benefitChoices(todayInCopenhagen(), initial.benefitType);
  const ceased = choices.find((choice) => choice.lastDay !== null && choice.type === values.benefitType);
  const errors = useFormErrors('circumstances', FIELDS, undefined, {
    ...COURSE_FORM,
    idOf: (field) =>
      (FLAGS as readonly string[]).includes(field) ? `circumstances-${field}-yes` : `circumstances-${field}`,
  });
  const submit = useSubmit(errors);
  const [values, setValues] = useState<Values>(() => toValues(initial));
  const [savedValues, setSavedValues] = useState<Values>(() => toValues(initial));
  const [saved, setSaved] = useState(false);
  // A change keeps the errors shown until the next save.
  const form = bindingOf<FieldName>(errors, values, (field, value) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
  });

  const save = async () => {
    await referralApi.saveCircumstances(citizenId, toInput(values));
    errors.reset();
    setSavedValues(values);
    setSaved(true);
    await refresh();
  };

  useImperativeHandle(draft, () => ({
    isDirty: () => canEdit && JSON.stringify(values) !== JSON.stringify(savedValues),
    save: async () => {
      try {
        await save();
        return true;
      } catch (error) {
        errors.fail(error);
        return false;
      }
    },
  }));

  return (
    <form onSubmit={(event) => void submit.onSubmit(save)(event)} noValidate className="app-form">
      <ErrorSummary
        attempt={errors.attempt}
        errors={form.errors}
        order={FIELDS}
        labelOf={(field) => t(`referrals.refer.${field}`)}
        idOf={form.idOf}
        other={errors.other}
      />
      <SelectField
        form={form}
        name="benefitType"
        label={t('referrals.refer.benefitType')}
        disabled={!canEdit}
        placeholder={t('referrals.refer.notRecorded')}
        hint={
          ceased?.lastDay
            ? t('referrals.refer.benefitTypeCeasedHint', { lastDay: formatDay(ceased.lastDay) })
            : undefined
        }
        options={choices.map(({ type, lastDay }) => ({
          value: type,
          label: lastDay
            ? t('referrals.refer.benefitTypeCeased', {
                benefit: t(`referrals.benefitType.${type}`),
                lastDay: formatDay(lastDay),
              })
            : t(`referrals.benefitType.${type}`),
        }))}
      />
      <FlagField form={form} field="activityReady" disabled={!canEdit} />
      <DateField
        form={form}
        name="onBenefitsSince"
        label={t('referrals.refer.onBenefitsSince')}
        hint={t('referrals.refer.onBenefitsSinceHint')}
        disabled={!canEdit}
      />
      <DateField
        form={form}
        name="firstRequestOn"
        label={t('referrals.refer.firstRequestOn')}
        hint={t('referrals.refer.firstRequestOnHint')}
        disabled={!canEdit}
      />
      {initial.minorityBackgroundHidden ? (
        <p>
          <strong>{t('referrals.refer.minorityBackground')}:</strong>{' '}
          {t('referrals.refer.minorityBackgroundHidden')}
        </p>
      ) : (
        <FlagField form={form} field="minorityBackground" disabled={!canEdit} />
      )}
      <FlagField form={form} field="abuseProblem" disabled={!canEdit} />
      {canEdit ? (
        <div className="app-actions">
          <button type="submit" className="button button-secondary" disabled={submit.pending}>
            {submit.pending ? t('referrals.refer.saving') : t('referrals.refer.saveCircumstances')}
          </button>
        </div>
      ) : null}
      <p role="status">{saved ? t('referrals.refer.circumstancesSaved') : ''}</p>
    </form>
  );
}

export function CircumstancesSection({
  citizenId,
  canEdit,
  draft,
}: {
  citizenId: string;
  canEdit: boolean;
  /** The refer page's handle: its submit saves changed circumstances first. */
  draft?: RefObject<CircumstancesDraft | null>;
}) {
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
        <Form citizenId={citizenId} initial={circumstances.data} canEdit={canEdit} draft={draft} />
      )}
    </section>
  );
}
