// The course's fixed people: the provider chooses the mentor (and the planned end), the job centre one or
// two caseworkers. The choices are the user's own organisation's staff (GET …/staff-options).
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { courseApi, useCourseUpdated, useStaffOptions, type CourseDetail } from './course.api.ts';
import { COURSE_FORM, FormFrame } from './FormFrame.tsx';
import { renamedFields, useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { DateField, SelectField } from '../../../components/form/fields.tsx';

interface FormProps {
  course: CourseDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Person = { id: string; name: string };

/** The people as a select's options, keeping a current choice even if no longer among the options. */
function withCurrent(options: Person[], current: Person[]) {
  const missing = current.filter((p) => !options.some((o) => o.id === p.id));
  return [...options, ...missing].map((person) => ({ value: person.id, label: person.name }));
}

const PEOPLE_FIELDS = ['mentorUserId', 'plannedEndsOn'] as const;

function PeopleFormFields({ course, mentors, onDone, onCancel }: FormProps & { mentors: Person[] }) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const labelOf = (field: (typeof PEOPLE_FIELDS)[number]) =>
    field === 'mentorUserId' ? t('course.peopleForm.mentor') : t('course.peopleForm.plannedEndsOn');
  const errors = useFormErrors('people-form', PEOPLE_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({ mentorUserId: course.mentor?.id ?? '', plannedEndsOn: course.plannedEndsOn ?? '' }),
    errors,
    labelOf,
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
      errors={errors}
      form={form}
      order={PEOPLE_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.peopleForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <SelectField
        form={form}
        name="mentorUserId"
        label={t('course.peopleForm.mentor')}
        placeholder={t('course.peopleForm.noMentor')}
        options={withCurrent(mentors, course.mentor ? [course.mentor] : [])}
      />
      <DateField form={form} name="plannedEndsOn" label={t('course.peopleForm.plannedEndsOn')} />
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
  const labelOf = (field: (typeof CASEWORKER_FIELDS)[number]) => t(`course.caseworkerForm.${field}`);
  const errors = useFormErrors(
    'caseworker-form',
    CASEWORKER_FIELDS,
    renamedFields({ userIds: 'first', 'userIds.0': 'first', 'userIds.1': 'second' }),
    COURSE_FORM,
  );
  const { form } = useFormValues(
    () => ({ first: course.caseworkers[0]?.id ?? '', second: course.caseworkers[1]?.id ?? '' }),
    errors,
    labelOf,
  );
  const options = withCurrent(caseworkers, course.caseworkers);
  const save = async () => {
    const userIds = [form.values.first, form.values.second].filter(Boolean);
    const detail = await courseApi.setCaseworkers(course.id, { userIds });
    await updated(detail);
    onDone(t('course.page.saved'));
  };
  return (
    <FormFrame
      title={t('course.caseworkerForm.title')}
      intro={t('course.caseworkerForm.intro')}
      errors={errors}
      form={form}
      order={CASEWORKER_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.caseworkerForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <SelectField
        form={form}
        name="first"
        label={t('course.caseworkerForm.first')}
        required
        placeholder={t('course.caseworkerForm.choose')}
        options={options}
      />
      <SelectField
        form={form}
        name="second"
        label={t('course.caseworkerForm.second')}
        placeholder={t('course.caseworkerForm.none')}
        options={options}
      />
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
