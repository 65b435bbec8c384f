// Changing the course's stage, ending the course (with aftercare after a job, education or flexjob) and
// ending aftercare. The server judges every change; its reason is shown on the field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AFTERCARE_END_REASONS,
  COURSE_END_REASONS,
  type CourseEndReason,
  type CourseStage,
} from '../../../../shared/courses/course.constants.ts';
import { courseApi, useCourseUpdated, type CourseDetail } from './course.api.ts';
import { COURSE_FORM, FormFrame } from './FormFrame.tsx';
import { renamedFields, useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { formatDate } from '../../../components/format.ts';
import { CheckboxField, DateField, SelectField } from '../../../components/form/fields.tsx';

interface FormProps {
  course: CourseDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const STAGE_FIELDS = ['stage', 'startsOn'] as const;

export function StageForm({ course, onDone, onCancel }: FormProps) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const labelOf = (field: (typeof STAGE_FIELDS)[number]) => t(`course.stageForm.${field}`);
  const errors = useFormErrors('stage-form', STAGE_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({ stage: course.nextStages[0] ?? '', startsOn: '' }),
    errors,
    labelOf,
  );
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
      errors={errors}
      form={form}
      order={STAGE_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.stageForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <SelectField
        form={form}
        name="stage"
        label={t('course.stageForm.stage')}
        required
        placeholder={t('course.stageForm.choose')}
        options={course.nextStages.map((stage) => ({ value: stage, label: t(`course.stages.${stage}`) }))}
      />
      <DateField
        form={form}
        name="startsOn"
        label={t('course.stageForm.startsOn')}
        hint={t('course.stageForm.startsOnHint')}
        required
      />
    </FormFrame>
  );
}

const END_FIELDS = ['endsOn', 'endReason', 'aftercare', 'aftercarePlannedEndsOn', 'placements'] as const;

export function EndCourseForm({ course, onDone, onCancel }: FormProps) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const labelOf = (field: (typeof END_FIELDS)[number]) => t(`course.endForm.${field}`);
  const errors = useFormErrors(
    'end-form',
    END_FIELDS,
    renamedFields({ 'aftercare.plannedEndsOn': 'aftercarePlannedEndsOn' }),
    COURSE_FORM,
  );
  const { form } = useFormValues(
    () => ({ endsOn: '', endReason: '', aftercare: '', aftercarePlannedEndsOn: '', placements: '' }),
    errors,
    labelOf,
  );
  const reason = form.values.endReason as CourseEndReason | '';
  const aftercarePossible = reason !== '' && AFTERCARE_END_REASONS.includes(reason);
  const withAftercare = aftercarePossible && form.values.aftercare === 'yes';
  // Issue 12: each placement still running after the last day needs a decision (the server refuses
  // an end that leaves one undecided).
  const language = useLanguage();
  const [decisions, setDecisions] = useState<Record<string, 'end' | 'continue_in_aftercare'>>({});
  const endsOn = form.values.endsOn;
  const running = endsOn ? course.placements.filter((p) => p.endsOn === null || p.endsOn > endsOn) : [];
  const date = (iso: string) => formatDate(iso, language);
  const save = async () => {
    const detail = await courseApi.end(course.id, {
      endsOn: form.values.endsOn,
      endReason: reason as CourseEndReason,
      aftercare: withAftercare ? { plannedEndsOn: form.values.aftercarePlannedEndsOn || null } : null,
      placements: running.flatMap((p) => (decisions[p.id] ? [{ id: p.id, decision: decisions[p.id]! }] : [])),
    });
    await updated(detail);
    onDone(withAftercare ? t('course.endForm.savedAftercare') : t('course.endForm.saved'));
  };
  return (
    <FormFrame
      title={t('course.endForm.title')}
      errors={errors}
      form={form}
      order={END_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.endForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField form={form} name="endsOn" label={t('course.endForm.endsOn')} required />
      <SelectField
        form={form}
        name="endReason"
        label={t('course.endForm.endReason')}
        required
        placeholder={t('course.endForm.choose')}
        options={COURSE_END_REASONS.map((r) => ({ value: r, label: t(`course.endReasons.${r}`) }))}
      />
      {aftercarePossible ? (
        <>
          <CheckboxField
            form={form}
            name="aftercare"
            label={t('course.endForm.aftercare')}
            hint={t('course.endForm.aftercareHint')}
          />
          {withAftercare ? (
            <DateField
              form={form}
              name="aftercarePlannedEndsOn"
              label={t('course.endForm.aftercarePlannedEndsOn')}
              hint={t('course.endForm.aftercarePlannedEndsOnHint')}
            />
          ) : null}
        </>
      ) : null}
      {running.length > 0 ? (
        <div
          id={form.idOf('placements')}
          tabIndex={-1}
          className={form.errors.placements ? 'form-group form-error' : 'form-group'}
        >
          <p className="form-label">{t('course.endForm.placements')}</p>
          {form.errors.placements ? (
            <span className="form-error-message">{form.errors.placements}</span>
          ) : null}
          {running.map((p) => {
            const name = `end-placement-${p.id}`;
            const legend = t('course.endForm.placementLegend', {
              company: p.company.name,
              kind: t(`course.placementKinds.${p.kind}`),
              period: p.endsOn
                ? `${date(p.startsOn)} – ${date(p.endsOn)}`
                : `${date(p.startsOn)} – ${t('course.endForm.placementOpen')}`,
            });
            const choices = [
              { value: 'end', label: t('course.endForm.placementEnd', { date: date(endsOn) }) },
              { value: 'continue_in_aftercare', label: t('course.endForm.placementContinue') },
            ] as const;
            return (
              <fieldset key={p.id} className="form-group">
                <legend className="form-label">{legend}</legend>
                <ul className="nobullet-list">
                  {choices.map((choice) => (
                    <li key={choice.value}>
                      <input
                        id={`${name}-${choice.value}`}
                        className="form-radio"
                        type="radio"
                        name={name}
                        value={choice.value}
                        checked={decisions[p.id] === choice.value}
                        disabled={choice.value === 'continue_in_aftercare' && !withAftercare}
                        onChange={() => {
                          setDecisions((current) => ({ ...current, [p.id]: choice.value }));
                          form.set('placements', '');
                        }}
                      />
                      <label htmlFor={`${name}-${choice.value}`}>{choice.label}</label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
        </div>
      ) : null}
    </FormFrame>
  );
}

const AFTERCARE_FIELDS = ['endsOn'] as const;

export function EndAftercareForm({ course, onDone, onCancel }: FormProps) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const labelOf = () => t('course.aftercareForm.endsOn');
  const errors = useFormErrors('aftercare-form', AFTERCARE_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => ({ endsOn: '' }), errors, labelOf);
  const save = async () => {
    const detail = await courseApi.endAftercare(course.id, { endsOn: form.values.endsOn });
    await updated(detail);
    onDone(t('course.aftercareForm.saved'));
  };
  return (
    <FormFrame
      title={t('course.aftercareForm.title')}
      errors={errors}
      form={form}
      order={AFTERCARE_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.aftercareForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField form={form} name="endsOn" label={t('course.aftercareForm.endsOn')} required />
    </FormFrame>
  );
}
