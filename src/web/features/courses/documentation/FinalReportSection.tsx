// The final report (afsluttende rapport): read by both sides; the provider writes it when the course
// has ended and marks it complete with a date.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate, formatDateTime } from '../../../components/format.ts';
import { COURSE_FORM, FormFrame } from '../course/FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DocumentHearing } from './DocumentHearing.tsx';
import {
  documentationApi,
  useFinalReport,
  useRefreshDocumentation,
  type FinalReport,
} from './documentation.api.ts';
import { DateField, OpenFormButton, TextAreaField } from '../../../components/form/fields.tsx';

const TEXT_FIELDS = ['summary', 'outcome', 'recommendation'] as const;
const FIELDS = [...TEXT_FIELDS, 'completedOn'] as const;

function FinalReportForm({
  courseId,
  current,
  onDone,
  onCancel,
}: {
  courseId: string;
  current: FinalReport;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('courses');
  const refresh = useRefreshDocumentation(courseId);
  const labelOf = (field: (typeof FIELDS)[number]) => t(`documentation.finalReport.${field}`);
  const errors = useFormErrors('final-report', FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(
    () => ({
      summary: current.summary ?? '',
      outcome: current.outcome ?? '',
      recommendation: current.recommendation ?? '',
      completedOn: current.completedOn ?? '',
    }),
    errors,
    labelOf,
  );
  const save = async () => {
    await documentationApi.saveFinalReport(courseId, {
      summary: form.values.summary,
      outcome: form.values.outcome,
      recommendation: form.values.recommendation,
      completedOn: form.values.completedOn || null,
    });
    await refresh();
    onDone(t('documentation.finalReport.saved'));
  };
  return (
    <FormFrame
      title={t('documentation.finalReport.heading')}
      errors={errors}
      form={form}
      order={FIELDS}
      labelOf={labelOf}
      submitLabel={t('documentation.finalReport.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      {TEXT_FIELDS.map((field) => (
        <TextAreaField
          key={field}
          form={form}
          name={field}
          label={t(`documentation.finalReport.${field}`)}
          rows={4}
          maxLength={5000}
        />
      ))}
      <DateField
        form={form}
        name="completedOn"
        label={t('documentation.finalReport.completedOn')}
        hint={t('documentation.finalReport.completedOnHint')}
      />
    </FormFrame>
  );
}

export function FinalReportSection({
  courseId,
  canWrite,
  ended,
  onMessage,
}: {
  courseId: string;
  canWrite: boolean;
  ended: boolean;
  onMessage: (text: string) => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const query = useFinalReport(courseId);
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById('doc-final-report-edit')?.focus());
  };
  const report = query.data;
  const written = Boolean(report?.updatedAt);
  return (
    <section className="app-section" aria-labelledby="doc-final-report-heading">
      <h2 id="doc-final-report-heading">{t('documentation.finalReport.heading')}</h2>
      <p>{t('documentation.finalReport.intro')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : editing ? (
        <FinalReportForm
          courseId={courseId}
          current={report!}
          onCancel={close}
          onDone={(message) => {
            close();
            onMessage(message);
          }}
        />
      ) : (
        <>
          {written ? (
            <>
              <p className="form-hint">
                {t('documentation.finalReport.updated', {
                  date: formatDateTime(report!.updatedAt!, language),
                  name: report!.updatedBy?.name ?? '',
                })}
              </p>
              <dl className="doc-dl">
                <div>
                  <dt>{t('documentation.finalReport.status')}</dt>
                  <dd>
                    {report!.completedOn ? (
                      <span className="badge badge-success">
                        {t('documentation.finalReport.completed', {
                          date: formatDate(report!.completedOn, language),
                        })}
                      </span>
                    ) : (
                      <span className="badge badge-info">{t('documentation.finalReport.draft')}</span>
                    )}
                  </dd>
                </div>
                {TEXT_FIELDS.map((field) => (
                  <div key={field}>
                    <dt>{t(`documentation.finalReport.${field}`)}</dt>
                    {report![field] ? (
                      <dd className="doc-text">{report![field]}</dd>
                    ) : (
                      <dd className="doc-not-given">{t('documentation.workCapacity.notGiven')}</dd>
                    )}
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <p className="app-empty">{t('documentation.finalReport.notWritten')}</p>
          )}
          {!ended ? <p className="form-hint">{t('documentation.finalReport.notEnded')}</p> : null}
          {canWrite && ended ? (
            <OpenFormButton
              id="doc-final-report-edit"
              label={written ? t('documentation.finalReport.edit') : t('documentation.finalReport.write')}
              onClick={() => setEditing(true)}
            />
          ) : null}
          <DocumentHearing
            courseId={courseId}
            subject="final_report"
            written={written}
            onMessage={onMessage}
          />
        </>
      )}
    </section>
  );
}
