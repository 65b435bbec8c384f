// The course's fixed people: the provider chooses the mentor (and the planned end), the job centre one or
// two caseworkers. The choices are the user's own organisation's staff (GET …/staff-options).
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { courseApi, useCourseUpdated, useStaffOptions, type CourseDetail } from './course.api.ts';
import { FormFrame, useCourseForm } from './useCourseForm.tsx';

interface FormProps {
  course: CourseDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Person = { id: string; name: string };

/** Keeps a current choice in the list even if that person is no longer among the options. */
function withCurrent(options: Person[], current: Person[]): Person[] {
  const missing = current.filter((p) => !options.some((o) => o.id === p.id));
  return [...options, ...missing];
}

const PEOPLE_FIELDS = ['mentorUserId', 'plannedEndsOn'] as const;

function PeopleFormFields({ course, mentors, onDone, onCancel }: FormProps & { mentors: Person[] }) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const form = useCourseForm(
    PEOPLE_FIELDS,
    { mentorUserId: course.mentor?.id ?? '', plannedEndsOn: course.plannedEndsOn ?? '' },
    'people-form',
  );
  const save = async () => {
    const detail = await courseApi.update(course.id, {
      mentorUserId: form.values.mentorUserId || null,
      plannedEndsOn: form.values.plannedEndsOn || null,
    });
    await updated(detail);
    onDone(t('course.page.saved'));
  };
  return (
    <FormFrame
      title={t('course.peopleForm.title')}
      form={form}
      order={PEOPLE_FIELDS}
      labelOf={(field) =>
        field === 'mentorUserId' ? t('course.peopleForm.mentor') : t('course.peopleForm.plannedEndsOn')
      }
      submitLabel={t('course.peopleForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        id={form.idOf('mentorUserId')}
        label={t('course.peopleForm.mentor')}
        error={form.errors.mentorUserId ?? null}
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="mentorUserId"
            value={form.values.mentorUserId}
            onChange={(event) => form.set('mentorUserId', event.target.value)}
          >
            <option value="">{t('course.peopleForm.noMentor')}</option>
            {withCurrent(mentors, course.mentor ? [course.mentor] : []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={form.idOf('plannedEndsOn')}
        label={t('course.peopleForm.plannedEndsOn')}
        error={form.errors.plannedEndsOn ?? null}
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            type="date"
            name="plannedEndsOn"
            value={form.values.plannedEndsOn}
            onChange={(event) => form.set('plannedEndsOn', event.target.value)}
          />
        )}
      </Field>
    </FormFrame>
  );
}

const CASEWORKER_FIELDS = ['first', 'second'] as const;

function CaseworkerFormFields({
  course,
  caseworkers,
  onDone,
  onCancel,
}: FormProps & { caseworkers: Person[] }) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const form = useCourseForm(
    CASEWORKER_FIELDS,
    { first: course.caseworkers[0]?.id ?? '', second: course.caseworkers[1]?.id ?? '' },
    'caseworker-form',
    { userIds: 'first', 'userIds.0': 'first', 'userIds.1': 'second' },
  );
  const options = withCurrent(caseworkers, course.caseworkers);
  const save = async () => {
    const userIds = [form.values.first, form.values.second].filter(Boolean);
    const detail = await courseApi.setCaseworkers(course.id, { userIds });
    await updated(detail);
    onDone(t('course.page.saved'));
  };
  const select = (field: (typeof CASEWORKER_FIELDS)[number], empty: string) => (
    <Field
      id={form.idOf(field)}
      label={t(`course.caseworkerForm.${field}`)}
      error={form.errors[field] ?? null}
      required={field === 'first'}
    >
      {(control) => (
        <select
          {...control}
          className="form-select"
          name={field}
          value={form.values[field]}
          onChange={(event) => form.set(field, event.target.value)}
        >
          <option value="">{empty}</option>
          {options.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <FormFrame
      title={t('course.caseworkerForm.title')}
      intro={t('course.caseworkerForm.intro')}
      form={form}
      order={CASEWORKER_FIELDS}
      labelOf={(field) => t(`course.caseworkerForm.${field}`)}
      submitLabel={t('course.caseworkerForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      {select('first', t('course.caseworkerForm.choose'))}
      {select('second', t('course.caseworkerForm.none'))}
    </FormFrame>
  );
}

/** Loads the choices, then shows the provider's or the job centre's form. */
export function StaffForm(props: FormProps & { kind: 'mentor' | 'caseworkers' }) {
  const options = useStaffOptions(props.course.id);
  if (options.isPending) return <Loading />;
  if (options.isError) return <ErrorAlert error={options.error} />;
  return props.kind === 'mentor' ? (
    <PeopleFormFields {...props} mentors={options.data.mentors} />
  ) : (
    <CaseworkerFormFields {...props} caseworkers={options.data.caseworkers} />
  );
}
