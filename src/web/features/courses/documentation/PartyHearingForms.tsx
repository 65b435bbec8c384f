// The forms of party hearing (partshøring, issue 12), for the job centre: "Send til partshøring" with the
// date sent, the deadline given to the citizen and how it was sent; then the citizen's comments (date and
// text) or "Ingen bemærkninger modtaget".
import { useTranslation } from 'react-i18next';
import {
  PARTY_HEARING_DEFAULT_DAYS,
  PARTY_HEARING_METHODS,
  PARTY_HEARING_SUBJECTS,
  PARTY_HEARING_COMMENTS_MAX,
  type PartyHearingMethod,
  type PartyHearingSubject,
} from '../../../../shared/courses/party-hearing.constants.ts';
import { formatDate } from '../../../components/format.ts';
import { COURSE_FORM, FormFrame } from '../course/FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import type { PlanStart } from './documentation.api.ts';
import { useRefreshDocumentation } from './documentation.api.ts';
import { partyHearingApi, type PartyHearing } from './party-hearing.api.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { DateField, RadioGroup, SelectField, TextAreaField } from '../../../components/form/fields.tsx';

/** An ISO date plus some days (calendar days, in UTC so no zone shifts the day). */
export function addIsoDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const SEND_FIELDS = ['subject', 'planStartId', 'sentOn', 'deadlineOn', 'method'] as const;

export function SendHearingForm({
  courseId,
  subject,
  plans,
  onDone,
  onCancel,
}: {
  courseId: string;
  /** A fixed subject (the form sits on that document); otherwise the user chooses. */
  subject?: PartyHearingSubject;
  plans: readonly PlanStart[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const refresh = useRefreshDocumentation(courseId);
  const today = todayInCopenhagen();
  const prefix = subject ? `hearing-send-${subject}` : 'hearing-send';
  const labelOf = (field: (typeof SEND_FIELDS)[number]) => t(`documentation.hearings.sendForm.${field}`);
  const errors = useFormErrors(prefix, SEND_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({
      subject: subject ?? '',
      planStartId: '',
      sentOn: today,
      deadlineOn: addIsoDays(today, PARTY_HEARING_DEFAULT_DAYS),
      method: 'digital_post',
    }),
    errors,
    labelOf,
  );
  const chosen = form.values.subject as PartyHearingSubject | '';
  const save = async () => {
    await partyHearingApi.send(courseId, {
      subject: chosen as PartyHearingSubject,
      planStartId: chosen === 'plan' ? form.values.planStartId || null : null,
      sentOn: form.values.sentOn,
      deadlineOn: form.values.deadlineOn,
      method: form.values.method as PartyHearingMethod,
    });
    await refresh();
    onDone(t('documentation.hearings.sendForm.done'));
  };
  const subjects = PARTY_HEARING_SUBJECTS.filter((s) => s !== 'plan' || plans.length > 0);
  return (
    <FormFrame
      title={
        subject
          ? t('documentation.hearings.sendLabel', {
              subject: t(`documentation.hearings.subjects.${subject}`).toLowerCase(),
            })
          : t('documentation.hearings.sendForm.title')
      }
      intro={t('documentation.hearings.sendForm.intro')}
      errors={errors}
      form={form}
      order={SEND_FIELDS}
      labelOf={labelOf}
      submitLabel={t('documentation.hearings.sendForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
      headingId={`${prefix}-heading`}
    >
      {subject ? null : (
        <SelectField
          form={form}
          name="subject"
          label={t('documentation.hearings.sendForm.subject')}
          required
          placeholder={t('documentation.hearings.sendForm.choose')}
          options={subjects.map((s) => ({ value: s, label: t(`documentation.hearings.subjects.${s}`) }))}
        />
      )}
      {chosen === 'plan' ? (
        <SelectField
          form={form}
          name="planStartId"
          label={t('documentation.hearings.sendForm.planStartId')}
          required
          placeholder={t('documentation.hearings.sendForm.choose')}
          options={plans.map((p) => ({
            value: p.id,
            label: t('documentation.hearings.planSubject', { date: formatDate(p.startedOn, language) }),
          }))}
        />
      ) : null}
      <DateField form={form} name="sentOn" label={t('documentation.hearings.sendForm.sentOn')} required />
      <DateField
        form={form}
        name="deadlineOn"
        label={t('documentation.hearings.sendForm.deadlineOn')}
        hint={t('documentation.hearings.sendForm.deadlineHint')}
        required
      />
      <RadioGroup
        form={form}
        name="method"
        legend={t('documentation.hearings.sendForm.method')}
        choices={PARTY_HEARING_METHODS.map((m) => ({
          value: m,
          label: t(`documentation.hearings.methods.${m}`),
        }))}
      />
    </FormFrame>
  );
}

const OUTCOME_FIELDS = ['outcomeOn', 'comments'] as const;

export function HearingOutcomeForm({
  courseId,
  hearing,
  outcome,
  onDone,
  onCancel,
}: {
  courseId: string;
  hearing: PartyHearing;
  outcome: 'comments' | 'no_comments';
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const refresh = useRefreshDocumentation(courseId);
  const today = todayInCopenhagen();
  const isComments = outcome === 'comments';
  const labelOf = (field: (typeof OUTCOME_FIELDS)[number]) =>
    t(`documentation.hearings.outcomeForm.${field === 'outcomeOn' && !isComments ? 'noneOn' : field}`);
  const errors = useFormErrors(`hearing-outcome-${hearing.id}`, OUTCOME_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({
      outcomeOn: hearing.outcome === outcome && hearing.outcomeOn ? hearing.outcomeOn : today,
      comments: hearing.comments ?? '',
    }),
    errors,
    labelOf,
  );
  const save = async () => {
    await partyHearingApi.recordOutcome(hearing.id, {
      outcome,
      outcomeOn: form.values.outcomeOn,
      comments: isComments ? form.values.comments : null,
    });
    await refresh();
    onDone(t('documentation.hearings.outcomeForm.done'));
  };
  return (
    <FormFrame
      title={t(`documentation.hearings.outcomeForm.${isComments ? 'commentsTitle' : 'noneTitle'}`)}
      intro={
        isComments
          ? undefined
          : t('documentation.hearings.outcomeForm.noneIntro', {
              deadlineOn: formatDate(hearing.deadlineOn, language),
            })
      }
      errors={errors}
      form={form}
      order={isComments ? OUTCOME_FIELDS : (['outcomeOn'] as const)}
      labelOf={labelOf}
      submitLabel={t('documentation.hearings.outcomeForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField
        form={form}
        name="outcomeOn"
        label={t(`documentation.hearings.outcomeForm.${isComments ? 'outcomeOn' : 'noneOn'}`)}
        required
      />
      {isComments ? (
        <TextAreaField
          form={form}
          name="comments"
          label={t('documentation.hearings.outcomeForm.comments')}
          hint={t('documentation.hearings.outcomeForm.commentsHint')}
          rows={6}
          maxLength={PARTY_HEARING_COMMENTS_MAX}
          required
        />
      ) : null}
    </FormFrame>
  );
}
