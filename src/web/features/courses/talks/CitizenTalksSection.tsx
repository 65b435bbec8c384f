// The citizen page's job talks: the benefit period with where its start comes from (recorded, derived
// from the register's first benefit week, or the course start), the next required talk, and the
// citizen's talks with or without a course. The job centre schedules talks (on one of the citizen's
// courses or none) and records outcomes; a provider reads talks without a course and on its own courses.
import { useTranslation } from 'react-i18next';
import { translate } from '../../../../shared/messages.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { COURSE_FORM, FormFrame } from '../course/FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { VenueSelect } from './TalkForms.tsx';
import { NextTalkBox, TalkEditor } from './TalksSection.tsx';
import {
  talkApi,
  useCitizenTalks,
  useRefreshCitizenTalks,
  type CitizenTalks,
  type Talk,
} from './talk.api.ts';
import { useDate } from './talk-format.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DateField, SelectField } from '../../../components/form/fields.tsx';

const FIELDS = ['scheduledOn', 'venue', 'courseId'] as const;

/** "Provider, 02-03-2026–" (running) or "Provider, 02-03-2026–30-10-2026". */
function useCourseLabel() {
  const date = useDate();
  return (course: CitizenTalks['courses'][number]) =>
    `${course.providerName}, ${date(course.startsOn)}–${course.endsOn ? date(course.endsOn) : ''}`;
}

function PeriodBox({ data }: { data: CitizenTalks }) {
  const { t } = useTranslation('courses');
  const date = useDate();
  const period = data.period;
  return (
    <div className="app-section">
      <h3 id="citizen-talks-period-heading">{t('talks.citizen.period.heading')}</h3>
      {period ? (
        <>
          <dl className="app-details">
            <div>
              <dt>{t('talks.citizen.period.startsOn')}</dt>
              <dd className="app-nowrap">{date(period.startsOn)}</dd>
            </div>
            <div>
              <dt>{t('talks.citizen.period.source')}</dt>
              <dd>{t(`talks.citizen.source.${period.source}`)}</dd>
            </div>
          </dl>
          {period.source !== 'recorded' ? (
            <p className="app-muted">{t('talks.citizen.period.derivedHint')}</p>
          ) : null}
        </>
      ) : (
        <p>{t('talks.citizen.period.unknown')}</p>
      )}
    </div>
  );
}

interface FormProps {
  data: CitizenTalks;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Schedules a talk for the citizen: date, venue, and optionally one of the citizen's courses. */
function ScheduleCitizenTalkForm({ data, onSaved, onCancel }: FormProps) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const date = useDate();
  const courseLabel = useCourseLabel();
  const labelOf = (field: (typeof FIELDS)[number]) =>
    field === 'scheduledOn'
      ? t('talks.schedule.scheduledOn')
      : field === 'venue'
        ? t('talks.schedule.venue')
        : t('talks.citizen.schedule.course');
  const errors = useFormErrors('citizen-talk-schedule', FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => ({ scheduledOn: '', venue: '', courseId: '' }), errors, labelOf);
  const save = async () => {
    const required = translate(language, 'validation.required');
    const missing: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (!form.values.scheduledOn) missing.scheduledOn = required;
    if (!form.values.venue) missing.venue = required;
    if (Object.keys(missing).length > 0) return errors.failWith(missing);
    const talk = await talkApi.createForCitizen(data.citizenId, {
      scheduledOn: form.values.scheduledOn,
      venue: form.values.venue as Talk['venue'],
      courseId: form.values.courseId || null,
    });
    onSaved(t('talks.schedule.saved', { date: date(talk.scheduledOn) }));
  };
  return (
    <FormFrame
      title={t('talks.schedule.heading')}
      intro={t('talks.citizen.schedule.intro')}
      errors={errors}
      form={form}
      order={FIELDS}
      labelOf={labelOf}
      submitLabel={t('talks.schedule.submit')}
      onSubmit={save}
      onCancel={onCancel}
      headingId="citizen-talk-schedule-heading"
      className="app-card app-section"
      submittingLabel={t('talks.schedule.submitting')}
      cancelLabel={t('talks.schedule.cancel')}
    >
      <DateField form={form} name="scheduledOn" label={t('talks.schedule.scheduledOn')} required />
      <VenueSelect form={form} label={t('talks.schedule.venue')} />
      <SelectField
        form={form}
        name="courseId"
        label={t('talks.citizen.schedule.course')}
        hint={t('talks.citizen.schedule.courseHint')}
        placeholder={t('talks.citizen.schedule.none')}
        options={data.courses.map((course) => ({ value: course.id, label: courseLabel(course) }))}
      />
    </FormFrame>
  );
}

function Talks({ data }: { data: CitizenTalks }) {
  const { t } = useTranslation('courses');
  const { can } = useSession();
  const refresh = useRefreshCitizenTalks(data.citizenId);
  const courseLabel = useCourseLabel();
  const courses = new Map(data.courses.map((course) => [course.id, course]));
  const courseOf = (talk: Talk) => {
    const course = talk.courseId ? courses.get(talk.courseId) : undefined;
    return course ? courseLabel(course) : t('talks.citizen.noCourse');
  };
  return (
    <TalkEditor
      talks={data.talks}
      today={data.today}
      canManage={data.canManage && can('casework.manage')}
      refresh={refresh}
      above={
        <>
          <PeriodBox data={data} />
          <NextTalkBox next={data.next} emptyText={t('talks.citizen.noPeriod')} />
        </>
      }
      table={{ courseOf, caption: t('talks.citizen.caption'), empty: t('talks.citizen.empty') }}
      scheduleForm={(props) => <ScheduleCitizenTalkForm data={data} {...props} />}
    />
  );
}

function CitizenTalksPanel({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('courses');
  const talks = useCitizenTalks(citizenId);
  return (
    <section className="app-section" aria-labelledby="citizen-talks-heading">
      <h2 id="citizen-talks-heading">{t('talks.citizen.title')}</h2>
      <p>{t('talks.citizen.intro')}</p>
      {talks.isPending ? (
        <Loading />
      ) : talks.isError ? (
        <ErrorAlert error={talks.error} />
      ) : (
        <Talks data={talks.data} />
      )}
    </section>
  );
}

/** The citizen page's "Jobsamtaler" section, for users who read courses (the job centre, providers). */
export function CitizenTalksSection({ citizenId }: { citizenId: string }) {
  const { can } = useSession();
  return can('course.read') ? <CitizenTalksPanel citizenId={citizenId} /> : null;
}
