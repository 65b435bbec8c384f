// Changing the course's stage, ending the course (with aftercare after a job, education or flexjob) and
// ending aftercare. The server judges every change; its reason is shown on the field.
import { useTranslation } from 'react-i18next';
import {
  AFTERCARE_END_REASONS,
  COURSE_END_REASONS,
  type CourseEndReason,
  type CourseStage,
} from '../../../../shared/courses/course.constants.ts';
import { Field } from '../../../components/Field.tsx';
import { courseApi, useCourseUpdated, type CourseDetail } from './course.api.ts';
import { FormFrame, useCourseForm } from './useCourseForm.tsx';

interface FormProps {
  course: CourseDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const STAGE_FIELDS = ['stage', 'startsOn'] as const;

export function StageForm({ course, onDone, onCancel }: FormProps) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const form = useCourseForm(STAGE_FIELDS, { stage: course.nextStages[0] ?? '', startsOn: '' }, 'stage-form');
  const save = async () => {
    const stage = form.values.stage as CourseStage;
    const detail = await courseApi.changeStage(course.id, { stage, startsOn: form.values.startsOn });
    await updated(detail);
    onDone(t('course.stageForm.saved', { stage: t(`course.stages.${stage}`) }));
  };
  return (
    <FormFrame
      title={t('course.stageForm.title')}
      intro={t('course.stageForm.intro')}
      form={form}
      order={STAGE_FIELDS}
      labelOf={(field) => t(`course.stageForm.${field}`)}
      submitLabel={t('course.stageForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        id={form.idOf('stage')}
        label={t('course.stageForm.stage')}
        error={form.errors.stage ?? null}
        required
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="stage"
            value={form.values.stage}
            onChange={(event) => form.set('stage', event.target.value)}
          >
            <option value="">{t('course.stageForm.choose')}</option>
            {course.nextStages.map((stage) => (
              <option key={stage} value={stage}>
                {t(`course.stages.${stage}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={form.idOf('startsOn')}
        label={t('course.stageForm.startsOn')}
        hint={t('course.stageForm.startsOnHint')}
        error={form.errors.startsOn ?? null}
        required
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            type="date"
            name="startsOn"
            value={form.values.startsOn}
            onChange={(event) => form.set('startsOn', event.target.value)}
          />
        )}
      </Field>
    </FormFrame>
  );
}

const END_FIELDS = ['endsOn', 'endReason', 'aftercare', 'aftercarePlannedEndsOn'] as const;

export function EndCourseForm({ course, onDone, onCancel }: FormProps) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const form = useCourseForm(
    END_FIELDS,
    { endsOn: '', endReason: '', aftercare: '', aftercarePlannedEndsOn: '' },
    'end-form',
    { 'aftercare.plannedEndsOn': 'aftercarePlannedEndsOn' },
  );
  const reason = form.values.endReason as CourseEndReason | '';
  const aftercarePossible = reason !== '' && AFTERCARE_END_REASONS.includes(reason);
  const withAftercare = aftercarePossible && form.values.aftercare === 'yes';
  const save = async () => {
    const detail = await courseApi.end(course.id, {
      endsOn: form.values.endsOn,
      endReason: reason as CourseEndReason,
      aftercare: withAftercare ? { plannedEndsOn: form.values.aftercarePlannedEndsOn || null } : null,
    });
    await updated(detail);
    onDone(withAftercare ? t('course.endForm.savedAftercare') : t('course.endForm.saved'));
  };
  return (
    <FormFrame
      title={t('course.endForm.title')}
      form={form}
      order={END_FIELDS}
      labelOf={(field) => t(`course.endForm.${field}`)}
      submitLabel={t('course.endForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        id={form.idOf('endsOn')}
        label={t('course.endForm.endsOn')}
        error={form.errors.endsOn ?? null}
        required
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            type="date"
            name="endsOn"
            value={form.values.endsOn}
            onChange={(event) => form.set('endsOn', event.target.value)}
          />
        )}
      </Field>
      <Field
        id={form.idOf('endReason')}
        label={t('course.endForm.endReason')}
        error={form.errors.endReason ?? null}
        required
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="endReason"
            value={form.values.endReason}
            onChange={(event) => form.set('endReason', event.target.value)}
          >
            <option value="">{t('course.endForm.choose')}</option>
            {COURSE_END_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`course.endReasons.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {aftercarePossible ? (
        <>
          <div className={form.errors.aftercare ? 'form-group form-error' : 'form-group'}>
            {form.errors.aftercare ? (
              <span className="form-error-message" id="end-form-aftercare-error">
                {form.errors.aftercare}
              </span>
            ) : null}
            <div className="form-group-checkbox">
              <input
                id={form.idOf('aftercare')}
                className="form-checkbox"
                type="checkbox"
                name="aftercare"
                checked={form.values.aftercare === 'yes'}
                aria-describedby={`end-form-aftercare-hint${form.errors.aftercare ? ' end-form-aftercare-error' : ''}`}
                onChange={(event) => form.set('aftercare', event.target.checked ? 'yes' : '')}
              />
              <label className="form-label" htmlFor={form.idOf('aftercare')}>
                {t('course.endForm.aftercare')}
              </label>
            </div>
            <span className="form-hint" id="end-form-aftercare-hint">
              {t('course.endForm.aftercareHint')}
            </span>
          </div>
          {withAftercare ? (
            <Field
              id={form.idOf('aftercarePlannedEndsOn')}
              label={t('course.endForm.aftercarePlannedEndsOn')}
              hint={t('course.endForm.aftercarePlannedEndsOnHint')}
              error={form.errors.aftercarePlannedEndsOn ?? null}
            >
              {(control) => (
                <input
                  {...control}
                  className="form-input input-width-s"
                  type="date"
                  name="aftercarePlannedEndsOn"
                  value={form.values.aftercarePlannedEndsOn}
                  onChange={(event) => form.set('aftercarePlannedEndsOn', event.target.value)}
                />
              )}
            </Field>
          ) : null}
        </>
      ) : null}
    </FormFrame>
  );
}

const AFTERCARE_FIELDS = ['endsOn'] as const;

export function EndAftercareForm({ course, onDone, onCancel }: FormProps) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const form = useCourseForm(AFTERCARE_FIELDS, { endsOn: '' }, 'aftercare-form');
  const save = async () => {
    const detail = await courseApi.endAftercare(course.id, { endsOn: form.values.endsOn });
    await updated(detail);
    onDone(t('course.aftercareForm.saved'));
  };
  return (
    <FormFrame
      title={t('course.aftercareForm.title')}
      form={form}
      order={AFTERCARE_FIELDS}
      labelOf={() => t('course.aftercareForm.endsOn')}
      submitLabel={t('course.aftercareForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        id={form.idOf('endsOn')}
        label={t('course.aftercareForm.endsOn')}
        error={form.errors.endsOn ?? null}
        required
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            type="date"
            name="endsOn"
            value={form.values.endsOn}
            onChange={(event) => form.set('endsOn', event.target.value)}
          />
        )}
      </Field>
    </FormFrame>
  );
}
