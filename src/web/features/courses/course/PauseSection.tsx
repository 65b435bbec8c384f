// Pauses in a course on the course page (issue 14): illness, hospital stay or other, from a first to a last
// day, recorded by the provider running the course or the citizen's caseworker. The section says whether
// the course's framework agreement pays for pause weeks; billing leaves out the weeks it does not pay for.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAUSE_KINDS, type PauseKind } from '../../../../shared/courses/pause.constants.ts';
import { translate } from '../../../../shared/messages.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { useSectionStatus } from '../../../components/StatusMessage.tsx';
import { pauseApi, useCoursePauses, useRefreshPauses } from './pause.api.ts';
import { COURSE_FORM, FormFrame } from './FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DateField, OpenFormButton, SelectField, TextAreaField } from '../../../components/form/fields.tsx';
import { DataTable } from '../../../components/DataTable.tsx';

const FIELDS = ['kind', 'fromDate', 'toDate', 'note'] as const;

function RecordPauseForm({
  courseId,
  onSaved,
  onCancel,
}: {
  courseId: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const labelOf = (field: (typeof FIELDS)[number]) => t(`course.pause.${field}`);
  const errors = useFormErrors('pause-record', FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => ({ kind: '', fromDate: '', toDate: '', note: '' }), errors, labelOf);
  const save = async () => {
    const required = translate(language, 'validation.required');
    const missing: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (!form.values.kind) missing.kind = translate(language, 'pause.kind');
    if (!form.values.fromDate) missing.fromDate = required;
    if (!form.values.toDate) missing.toDate = required;
    if (Object.keys(missing).length > 0) return errors.failWith(missing);
    await pauseApi.record(courseId, {
      kind: form.values.kind as PauseKind,
      fromDate: form.values.fromDate,
      toDate: form.values.toDate,
      note: form.values.note.trim() || null,
    });
    onSaved(
      t('course.pause.recorded', {
        from: formatDate(form.values.fromDate, language),
        to: formatDate(form.values.toDate, language),
      }),
    );
  };
  return (
    <FormFrame
      title={t('course.pause.formTitle')}
      errors={errors}
      form={form}
      order={FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.pause.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <SelectField
        form={form}
        name="kind"
        label={t('course.pause.kind')}
        placeholder={t('course.pause.choose')}
        options={PAUSE_KINDS.map((k) => ({ value: k, label: t(`course.pause.kinds.${k}`) }))}
        required
      />
      <DateField form={form} name="fromDate" label={t('course.pause.fromDate')} required />
      <DateField form={form} name="toDate" label={t('course.pause.toDate')} required />
      <TextAreaField
        form={form}
        name="note"
        label={t('course.pause.note')}
        hint={t('course.pause.noteHint')}
        rows={2}
        maxLength={500}
      />
    </FormFrame>
  );
}

export function PauseSection({ courseId }: { courseId: string }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const { can } = useSession();
  const query = useCoursePauses(courseId);
  const refresh = useRefreshPauses(courseId);
  const status = useSectionStatus('pause', 'app-live');
  const [isOpen, setOpen] = useState(false);
  const date = (iso: string) => formatDate(iso, language);
  const data = query.data;
  const canRecord = !!data?.canRecord && can('course.pause');
  const saved = async (text: string) => {
    await refresh();
    setOpen(false);
    status.show(text);
  };
  return (
    <section className="app-section" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('course.pause.title')}</h2>
      <p>{t('course.pause.intro')}</p>
      {status.element}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <p>
            {data!.excludedKinds.length === 0
              ? t('course.pause.excludedNone')
              : t('course.pause.excludedSome', {
                  kinds: data!.excludedKinds
                    .map((k) => t(`course.pause.kinds.${k}`).toLowerCase())
                    .join(', '),
                })}
          </p>
          <DataTable
            rows={data!.pauses}
            empty={t('course.pause.empty')}
            caption={t('course.pause.caption')}
            columns={[
              t('course.pause.fromDate'),
              t('course.pause.toDate'),
              t('course.pause.kind'),
              t('course.pause.note'),
              t('course.pause.recordedBy'),
            ]}
          >
            {(p) => (
              <tr key={p.id}>
                <th scope="row" className="app-nowrap">
                  {date(p.fromDate)}
                </th>
                <td className="app-nowrap">{date(p.toDate)}</td>
                <td>{t(`course.pause.kinds.${p.kind}`)}</td>
                <td>{p.note ?? ''}</td>
                <td>{p.recordedByName ?? ''}</td>
              </tr>
            )}
          </DataTable>
          {canRecord && !isOpen ? (
            <OpenFormButton
              className="app-actions"
              label={t('course.pause.open')}
              onClick={() => {
                status.clear();
                setOpen(true);
              }}
            />
          ) : null}
          {isOpen ? (
            <RecordPauseForm
              courseId={courseId}
              onSaved={(text) => void saved(text)}
              onCancel={() => setOpen(false)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
