// The provider's answer to a pending referral: accept (start date, fixed mentor, first stage), which
// creates the course, or reject with a reason. Each form shows the server's field errors in the shared
// error summary.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COURSE_FORM, FormBody } from '../course/FormFrame.tsx';
import { bindingOf, useFormErrors, type FormErrorOptions } from '../../../components/form/form-state.ts';
import { referralApi, useMentorOptions, useRefreshReferrals, type Referral } from './referral.api.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { DateField, RadioGroup, SelectField, TextAreaField } from '../../../components/form/fields.tsx';

const FIRST_STAGES = ['internal_training', 'external_internship'] as const;
type FirstStage = (typeof FIRST_STAGES)[number];

/** The errors and the values of an answer form; a field's error stays until the next submit. */
function useDecisionForm<F extends string>(
  name: string,
  fields: readonly F[],
  initial: Record<F, string>,
  idOf?: FormErrorOptions['idOf'],
) {
  const errors = useFormErrors(name, fields, undefined, { ...COURSE_FORM, ...(idOf ? { idOf } : {}) });
  const [values, setValues] = useState(initial);
  const form = bindingOf(errors, values, (field, value) =>
    setValues((current) => ({ ...current, [field]: value })),
  );
  return { errors, form };
}

const ACCEPT_FIELDS = ['startsOn', 'mentorUserId', 'firstStage'] as const;

export function AcceptForm({
  referral,
  onDone,
}: {
  referral: Referral;
  onDone: (message: string, courseId: string) => void;
}) {
  const { t } = useTranslation('courses');
  const mentors = useMentorOptions(referral.id);
  const refresh = useRefreshReferrals();
  const today = todayInCopenhagen();
  const { errors, form } = useDecisionForm(
    'accept',
    ACCEPT_FIELDS,
    {
      startsOn: today > referral.referredOn ? today : referral.referredOn,
      mentorUserId: '',
      firstStage: 'internal_training',
    },
    (field) => (field === 'firstStage' ? 'accept-firstStage-internal_training' : `accept-${field}`),
  );
  const labelOf = (field: (typeof ACCEPT_FIELDS)[number]) =>
    t(
      field === 'firstStage'
        ? 'referrals.decision.firstStage'
        : field === 'mentorUserId'
          ? 'referrals.decision.mentor'
          : 'referrals.decision.startsOn',
    );

  const save = async () => {
    const result = await referralApi.accept(referral.id, {
      startsOn: form.values.startsOn,
      mentorUserId: form.values.mentorUserId || null,
      firstStage: form.values.firstStage as FirstStage,
    });
    await refresh();
    onDone(t('referrals.decision.accepted'), result.courseId);
  };

  return (
    <section className="app-card" aria-labelledby="accept-heading">
      <h3 id="accept-heading">{t('referrals.decision.acceptHeading')}</h3>
      <FormBody
        errors={errors}
        order={ACCEPT_FIELDS}
        labelOf={labelOf}
        idOf={form.idOf}
        onSubmit={save}
        submitLabel={t('referrals.decision.accept')}
        submittingLabel={t('referrals.decision.accepting')}
      >
        <DateField form={form} name="startsOn" label={t('referrals.decision.startsOn')} required />
        <SelectField
          form={form}
          name="mentorUserId"
          label={t('referrals.decision.mentor')}
          hint={t('referrals.decision.mentorHint')}
          placeholder={t('referrals.decision.noMentor')}
          options={(mentors.data?.items ?? []).map((mentor) => ({
            value: mentor.id,
            label: mentor.displayName,
          }))}
        />
        <RadioGroup
          form={form}
          name="firstStage"
          legend={t('referrals.decision.firstStage')}
          choices={FIRST_STAGES.map((stage) => ({ value: stage, label: t(`referrals.stage.${stage}`) }))}
          choiceId={(stage) => `accept-firstStage-${stage}`}
        />
      </FormBody>
    </section>
  );
}

const REJECT_FIELDS = ['reason'] as const;

export function RejectForm({ referral, onDone }: { referral: Referral; onDone: (message: string) => void }) {
  const { t } = useTranslation('courses');
  const refresh = useRefreshReferrals();
  const { errors, form } = useDecisionForm('reject', REJECT_FIELDS, { reason: '' });

  const save = async () => {
    await referralApi.reject(referral.id, { reason: form.values.reason });
    await refresh();
    onDone(t('referrals.decision.rejected'));
  };

  return (
    <section className="app-card" aria-labelledby="reject-heading">
      <h3 id="reject-heading">{t('referrals.decision.rejectHeading')}</h3>
      <FormBody
        errors={errors}
        order={REJECT_FIELDS}
        labelOf={() => t('referrals.decision.reason')}
        idOf={form.idOf}
        onSubmit={save}
        submitLabel={t('referrals.decision.reject')}
        submittingLabel={t('referrals.decision.rejecting')}
        submitClass="button-secondary"
      >
        <TextAreaField
          form={form}
          name="reason"
          label={t('referrals.decision.reason')}
          hint={t('referrals.decision.reasonHint')}
          required
          rows={3}
        />
      </FormBody>
    </section>
  );
}
