// The job centre's forms for talks: scheduling a talk, and recording its outcome (or moving it).
import { useTranslation } from 'react-i18next';
import { TALK_OUTCOMES, TALK_VENUES } from '../../../../shared/courses/talk.constants.ts';
import { translate } from '../../../../shared/messages.ts';
import { COURSE_FORM, FormFrame } from '../course/FormFrame.tsx';
import { talkApi, type Talk } from './talk.api.ts';
import { useDate } from './talk-format.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DateField, type FormBinding, RadioGroup, SelectField } from '../../../components/form/fields.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';

const FIELDS = ['scheduledOn', 'venue', 'outcome', 'heldOn'] as const;
const SCHEDULE_FIELDS = ['scheduledOn', 'venue'] as const;

export function VenueSelect({ form, label }: { form: FormBinding<'venue'>; label: string }) {
  const { t } = useTranslation('courses');
  return (
    <SelectField
      form={form}
      name="venue"
      label={label}
      required
      placeholder=""
      options={TALK_VENUES.map((venue) => ({ value: venue, label: t(`talks.venue.${venue}`) }))}
    />
  );
}

interface FormProps {
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Schedules a talk on the course: date and venue. */
export function ScheduleTalkForm({ courseId, onSaved, onCancel }: FormProps & { courseId: string }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const date = useDate();
  const labelOf = (field: (typeof SCHEDULE_FIELDS)[number]) =>
    field === 'scheduledOn' ? t('talks.schedule.scheduledOn') : t('talks.schedule.venue');
  const errors = useFormErrors('talk-schedule', SCHEDULE_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => ({ scheduledOn: '', venue: '' }), errors, labelOf);
  const save = async () => {
    const required = translate(language, 'validation.required');
    const missing: Partial<Record<(typeof SCHEDULE_FIELDS)[number], string>> = {};
    if (!form.values.scheduledOn) missing.scheduledOn = required;
    if (!form.values.venue) missing.venue = required;
    if (Object.keys(missing).length > 0) return errors.failWith(missing);
    const talk = await talkApi.create(courseId, {
      scheduledOn: form.values.scheduledOn,
      venue: form.values.venue as Talk['venue'],
    });
    onSaved(t('talks.schedule.saved', { date: date(talk.scheduledOn) }));
  };
  return (
    <FormFrame
      title={t('talks.schedule.heading')}
      intro={t('talks.schedule.intro')}
      errors={errors}
      form={form}
      order={SCHEDULE_FIELDS}
      labelOf={labelOf}
      submitLabel={t('talks.schedule.submit')}
      onSubmit={save}
      onCancel={onCancel}
      headingId="talk-schedule-heading"
      className="app-card app-section"
      submittingLabel={t('talks.schedule.submitting')}
      cancelLabel={t('talks.schedule.cancel')}
    >
      <DateField form={form} name="scheduledOn" label={t('talks.schedule.scheduledOn')} required />
      <VenueSelect form={form} label={t('talks.schedule.venue')} />
    </FormFrame>
  );
}

/** Records a talk's outcome (held with the date, not attended, cancelled) or moves it. */
export function RecordTalkForm({
  talk,
  today,
  onSaved,
  onCancel,
}: FormProps & { talk: Talk; today: string }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const date = useDate();
  const labelOf = (field: (typeof FIELDS)[number]) => t(`talks.record.${field}`);
  const errors = useFormErrors('talk-record', FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({
      scheduledOn: talk.scheduledOn,
      venue: talk.venue,
      outcome: talk.outcome,
      heldOn: talk.heldOn ?? (talk.scheduledOn <= today ? talk.scheduledOn : ''),
    }),
    errors,
    labelOf,
  );
  const values = form.values;
  const isHeld = values.outcome === 'held';
  const save = async () => {
    if (isHeld && !values.heldOn)
      return errors.failWith({ heldOn: translate(language, 'talk.held_on_required') });
    const saved = await talkApi.update(talk.id, {
      scheduledOn: values.scheduledOn,
      venue: values.venue as Talk['venue'],
      outcome: values.outcome as Talk['outcome'],
      heldOn: isHeld ? values.heldOn : null,
    });
    onSaved(t('talks.record.saved', { date: date(saved.scheduledOn) }));
  };
  return (
    <FormFrame
      title={t('talks.record.heading', { date: date(talk.scheduledOn) })}
      intro={t('talks.record.intro')}
      errors={errors}
      form={form}
      order={FIELDS}
      labelOf={labelOf}
      submitLabel={t('talks.record.submit')}
      onSubmit={save}
      onCancel={onCancel}
      headingId="talk-record-heading"
      className="app-card app-section"
      submittingLabel={t('talks.record.submitting')}
      cancelLabel={t('talks.record.cancel')}
    >
      <RadioGroup
        form={form}
        name="outcome"
        legend={t('talks.record.outcome')}
        choices={TALK_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`talks.outcome.${outcome}`) }))}
      />
      {isHeld ? (
        <DateField
          form={form}
          name="heldOn"
          label={t('talks.record.heldOn')}
          hint={t('talks.record.heldOnHint')}
          required
        />
      ) : null}
      <DateField form={form} name="scheduledOn" label={t('talks.record.scheduledOn')} required />
      <VenueSelect form={form} label={t('talks.record.venue')} />
    </FormFrame>
  );
}
