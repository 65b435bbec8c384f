// Referrals to abuse treatment through social services' outreach worker, and whether treatment started
// (the Sydhavnen measure "more citizens seek treatment"). The provider records them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TREATMENT_OUTCOMES, type TreatmentOutcome } from '../../../../shared/courses/course.constants.ts';
import { Field } from '../../../components/Field.tsx';
import { formatDate } from '../../../components/format.ts';
import { courseApi, useCourseUpdated, type CourseDetail, type TreatmentReferral } from './course.api.ts';
import { FormFrame, useCourseForm, useLanguage } from './useCourseForm.tsx';

interface FormProps {
  onDone: (message: string) => void;
  onCancel: () => void;
}

const NEW_FIELDS = ['referredOn', 'outreachWorker'] as const;

function NewReferralForm({ course, onDone, onCancel }: FormProps & { course: CourseDetail }) {
  const { t } = useTranslation('courses');
  const updated = useCourseUpdated();
  const form = useCourseForm(NEW_FIELDS, { referredOn: '', outreachWorker: '' }, 'treatment-new');
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
      form={form}
      order={NEW_FIELDS}
      labelOf={(field) => t(`course.treatment.${field}`)}
      submitLabel={t('course.treatment.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        id={form.idOf('referredOn')}
        label={t('course.treatment.referredOn')}
        error={form.errors.referredOn ?? null}
        required
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            type="date"
            name="referredOn"
            value={form.values.referredOn}
            onChange={(event) => form.set('referredOn', event.target.value)}
          />
        )}
      </Field>
      <Field
        id={form.idOf('outreachWorker')}
        label={t('course.treatment.outreachWorker')}
        error={form.errors.outreachWorker ?? null}
      >
        {(control) => (
          <input
            {...control}
            className="form-input"
            type="text"
            autoComplete="off"
            name="outreachWorker"
            value={form.values.outreachWorker}
            onChange={(event) => form.set('outreachWorker', event.target.value)}
          />
        )}
      </Field>
    </FormFrame>
  );
}

const OUTCOME_FIELDS = ['outcome', 'outcomeOn'] as const;

function OutcomeForm({ referral, onDone, onCancel }: FormProps & { referral: TreatmentReferral }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const updated = useCourseUpdated();
  const form = useCourseForm(
    OUTCOME_FIELDS,
    { outcome: referral.outcome, outcomeOn: referral.outcomeOn ?? '' },
    `treatment-${referral.id}`,
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
      form={form}
      order={OUTCOME_FIELDS}
      labelOf={(field) => t(`course.treatment.${field}`)}
      submitLabel={t('course.treatment.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        id={form.idOf('outcome')}
        label={t('course.treatment.outcome')}
        error={form.errors.outcome ?? null}
        required
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="outcome"
            value={form.values.outcome}
            onChange={(event) => form.set('outcome', event.target.value)}
          >
            {TREATMENT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`course.treatmentOutcomes.${outcome}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.values.outcome !== 'pending' ? (
        <Field
          id={form.idOf('outcomeOn')}
          label={t('course.treatment.outcomeOn')}
          error={form.errors.outcomeOn ?? null}
          required
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-s"
              type="date"
              name="outcomeOn"
              value={form.values.outcomeOn}
              onChange={(event) => form.set('outcomeOn', event.target.value)}
            />
          )}
        </Field>
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
      {course.treatmentReferrals.length === 0 ? (
        <p className="app-empty">{t('course.treatment.empty')}</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('course.treatment.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('course.treatment.referredOn')}</th>
                <th scope="col">{t('course.treatment.outreachWorker')}</th>
                <th scope="col">{t('course.treatment.outcome')}</th>
                <th scope="col">{t('course.treatment.outcomeOn')}</th>
                {canManage ? <th scope="col">{t('course.treatment.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {course.treatmentReferrals.map((r) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && editor.kind === 'closed' ? (
        <div className="crs-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setEditor({ kind: 'new' })}
          >
            {t('course.treatment.add')}
          </button>
        </div>
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
