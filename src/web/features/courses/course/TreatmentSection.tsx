// Referrals to abuse treatment through social services' outreach worker, and whether treatment started
// (the Sydhavnen measure "more citizens seek treatment"). The provider records them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TREATMENT_OUTCOMES, type TreatmentOutcome } from '../../../../shared/courses/course.constants.ts';
import { formatDate } from '../../../components/format.ts';
import { courseApi, useCourseUpdated, type CourseDetail, type TreatmentReferral } from './course.api.ts';
import { COURSE_FORM, FormFrame } from './FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DateField, OpenFormButton, SelectField, TextField } from '../../../components/form/fields.tsx';
import { DataTable } from '../../../components/DataTable.tsx';

interface FormProps {
  onDone: (message: string) => void;
  onCancel: () => void;
}

const NEW_FIELDS = ['referredOn', 'outreachWorker'] as const;

function NewReferralForm({ course, onDone, onCancel }: FormProps & { course: CourseDetail }) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const labelOf = (field: (typeof NEW_FIELDS)[number]) => t(`course.treatment.${field}`);
  const errors = useFormErrors('treatment-new', NEW_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => ({ referredOn: '', outreachWorker: '' }), errors, labelOf);
  const save = async () => {
    await courseApi.createTreatmentReferral(course.id, {
      referredOn: form.values.referredOn,
      outreachWorker: form.values.outreachWorker,
    });
    await updated();
    onDone(t('course.treatment.saved'));
  };
  return (
    <FormFrame
      title={t('course.treatment.addTitle')}
      errors={errors}
      form={form}
      order={NEW_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.treatment.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField form={form} name="referredOn" label={t('course.treatment.referredOn')} required />
      <TextField
        form={form}
        name="outreachWorker"
        label={t('course.treatment.outreachWorker')}
        autoComplete="off"
      />
    </FormFrame>
  );
}

const OUTCOME_FIELDS = ['outcome', 'outcomeOn'] as const;

function OutcomeForm({ referral, onDone, onCancel }: FormProps & { referral: TreatmentReferral }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const updated = useCourseUpdated();
  const labelOf = (field: (typeof OUTCOME_FIELDS)[number]) => t(`course.treatment.${field}`);
  const errors = useFormErrors(`treatment-${referral.id}`, OUTCOME_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({ outcome: referral.outcome, outcomeOn: referral.outcomeOn ?? '' }),
    errors,
    labelOf,
  );
  const save = async () => {
    const outcome = form.values.outcome as TreatmentOutcome;
    await courseApi.updateTreatmentReferral(referral.id, {
      outcome,
      outcomeOn: outcome === 'pending' ? null : form.values.outcomeOn || null,
    });
    await updated();
    onDone(t('course.treatment.saved'));
  };
  return (
    <FormFrame
      title={t('course.treatment.outcomeTitle', { date: formatDate(referral.referredOn, language) })}
      errors={errors}
      form={form}
      order={OUTCOME_FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.treatment.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <SelectField
        form={form}
        name="outcome"
        label={t('course.treatment.outcome')}
        required
        options={TREATMENT_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: t(`course.treatmentOutcomes.${outcome}`),
        }))}
      />
      {form.values.outcome !== 'pending' ? (
        <DateField form={form} name="outcomeOn" label={t('course.treatment.outcomeOn')} required />
      ) : null}
    </FormFrame>
  );
}

type Editor = { kind: 'closed' } | { kind: 'new' } | { kind: 'outcome'; referral: TreatmentReferral };

export function TreatmentSection({
  course,
  canManage,
  onMessage,
}: {
  course: CourseDetail;
  canManage: boolean;
  onMessage: (text: string) => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const [editor, setEditor] = useState<Editor>({ kind: 'closed' });
  const date = (iso: string | null) => (iso ? formatDate(iso, language) : '');
  const close = () => setEditor({ kind: 'closed' });
  const done = (message: string) => {
    close();
    onMessage(message);
  };
  return (
    <section className="app-section" aria-labelledby="course-treatment-heading">
      <h2 id="course-treatment-heading">{t('course.treatment.heading')}</h2>
      <p>{t('course.treatment.intro')}</p>
      <DataTable
        rows={course.treatmentReferrals}
        empty={t('course.treatment.empty')}
        caption={t('course.treatment.caption')}
        columns={[
          t('course.treatment.referredOn'),
          t('course.treatment.outreachWorker'),
          t('course.treatment.outcome'),
          t('course.treatment.outcomeOn'),
          canManage && t('course.treatment.actions'),
        ]}
      >
        {(r) => (
          <tr key={r.id}>
            <th scope="row" className="app-nowrap">
              {date(r.referredOn)}
            </th>
            <td>{r.outreachWorker ?? ''}</td>
            <td>{t(`course.treatmentOutcomes.${r.outcome}`)}</td>
            <td className="app-nowrap">{date(r.outcomeOn)}</td>
            {canManage ? (
              <td>
                <button
                  type="button"
                  className="button button-tertiary"
                  aria-label={t('course.treatment.setOutcomeLabel', { date: date(r.referredOn) })}
                  onClick={() => setEditor({ kind: 'outcome', referral: r })}
                >
                  {t('course.treatment.setOutcome')}
                </button>
              </td>
            ) : null}
          </tr>
        )}
      </DataTable>
      {canManage && editor.kind === 'closed' ? (
        <OpenFormButton label={t('course.treatment.add')} onClick={() => setEditor({ kind: 'new' })} />
      ) : null}
      {canManage && editor.kind === 'new' ? (
        <NewReferralForm course={course} onDone={done} onCancel={close} />
      ) : null}
      {canManage && editor.kind === 'outcome' ? (
        <OutcomeForm key={editor.referral.id} referral={editor.referral} onDone={done} onCancel={close} />
      ) : null}
    </section>
  );
}
