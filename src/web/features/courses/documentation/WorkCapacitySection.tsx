// The work-capacity description (arbejdsevnebeskrivelse): read by both sides, written by the provider,
// with a fieldset per area (work, social, health) and the other fields of the preparatory plan.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WORK_CAPACITY_AREAS,
  WORK_CAPACITY_FIELDS,
  type WorkCapacityArea,
  type WorkCapacityField,
} from '../../../../shared/courses/documentation.constants.ts';
import type { WorkCapacityContent } from '../../../../shared/courses/documentation.schemas.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { COURSE_FORM, FormFrame } from '../course/FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DocumentHearing } from './DocumentHearing.tsx';
import {
  documentationApi,
  useRefreshDocumentation,
  useWorkCapacity,
  type WorkCapacity,
} from './documentation.api.ts';
import { OpenFormButton, TextAreaField } from '../../../components/form/fields.tsx';

type AreaField = `${WorkCapacityArea}.${'resources' | 'challenges'}`;
type FormField = AreaField | WorkCapacityField;

const AREA_FIELDS: readonly AreaField[] = WORK_CAPACITY_AREAS.flatMap((area) => [
  `${area}.resources` as const,
  `${area}.challenges` as const,
]);
const FIELDS: readonly FormField[] = [...AREA_FIELDS, ...WORK_CAPACITY_FIELDS];

function initialValues(content: WorkCapacityContent): Record<FormField, string> {
  const values = {} as Record<FormField, string>;
  for (const area of WORK_CAPACITY_AREAS) {
    values[`${area}.resources`] = content[area].resources ?? '';
    values[`${area}.challenges`] = content[area].challenges ?? '';
  }
  for (const field of WORK_CAPACITY_FIELDS) values[field] = content[field] ?? '';
  return values;
}

function WorkCapacityForm({
  courseId,
  current,
  onDone,
  onCancel,
}: {
  courseId: string;
  current: WorkCapacity;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('courses');
  const refresh = useRefreshDocumentation(courseId);
  const labelOf = (field: FormField) => {
    if (field.includes('.')) {
      const [area, part] = field.split('.') as [WorkCapacityArea, 'resources' | 'challenges'];
      return `${t(`documentation.workCapacity.areas.${area}`)}: ${t(`documentation.workCapacity.${part}`)}`;
    }
    return t(`documentation.workCapacity.fields.${field as WorkCapacityField}`);
  };
  const errors = useFormErrors('work-capacity', FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => initialValues(current.content), errors, labelOf);
  const save = async () => {
    const v = form.values;
    const area = (a: WorkCapacityArea) => ({
      resources: v[`${a}.resources`],
      challenges: v[`${a}.challenges`],
    });
    await documentationApi.saveWorkCapacity(courseId, {
      work: area('work'),
      social: area('social'),
      health: area('health'),
      effortsTried: v.effortsTried,
      experience: v.experience,
      network: v.network,
      ownWishes: v.ownWishes,
      accommodations: v.accommodations,
    });
    await refresh();
    onDone(t('documentation.workCapacity.saved'));
  };
  return (
    <FormFrame
      title={t('documentation.workCapacity.formTitle')}
      errors={errors}
      form={form}
      order={FIELDS}
      labelOf={labelOf}
      submitLabel={t('documentation.workCapacity.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      {WORK_CAPACITY_AREAS.map((area) => (
        <fieldset key={area} className="doc-fieldset">
          <legend className="h4">{t(`documentation.workCapacity.areas.${area}`)}</legend>
          <TextAreaField
            form={form}
            name={`${area}.resources`}
            label={t('documentation.workCapacity.resources')}
            rows={4}
            maxLength={5000}
          />
          <TextAreaField
            form={form}
            name={`${area}.challenges`}
            label={t('documentation.workCapacity.challenges')}
            rows={4}
            maxLength={5000}
          />
        </fieldset>
      ))}
      {WORK_CAPACITY_FIELDS.map((field) => (
        <TextAreaField
          key={field}
          form={form}
          name={field}
          label={t(`documentation.workCapacity.fields.${field}`)}
          rows={4}
          maxLength={5000}
        />
      ))}
    </FormFrame>
  );
}

function Value({ text }: { text: string | null }) {
  const { t } = useTranslation('courses');
  return text ? (
    <dd className="doc-text">{text}</dd>
  ) : (
    <dd className="doc-not-given">{t('documentation.workCapacity.notGiven')}</dd>
  );
}

function WorkCapacityView({ current }: { current: WorkCapacity }) {
  const { t } = useTranslation('courses');
  const { content } = current;
  return (
    <div className="doc-view">
      {WORK_CAPACITY_AREAS.map((area) => (
        <div key={area}>
          <h3 className="h4">{t(`documentation.workCapacity.areas.${area}`)}</h3>
          <dl className="doc-dl">
            <dt>{t('documentation.workCapacity.resources')}</dt>
            <Value text={content[area].resources} />
            <dt>{t('documentation.workCapacity.challenges')}</dt>
            <Value text={content[area].challenges} />
          </dl>
        </div>
      ))}
      <dl className="doc-dl">
        {WORK_CAPACITY_FIELDS.map((field) => (
          <div key={field}>
            <dt>{t(`documentation.workCapacity.fields.${field}`)}</dt>
            <Value text={content[field]} />
          </div>
        ))}
      </dl>
    </div>
  );
}

function WorkCapacityBody({
  courseId,
  current,
  canWrite,
  onMessage,
}: {
  courseId: string;
  current: WorkCapacity;
  canWrite: boolean;
  onMessage: (text: string) => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById('doc-work-capacity-edit')?.focus());
  };
  if (editing) {
    return (
      <WorkCapacityForm
        courseId={courseId}
        current={current}
        onCancel={close}
        onDone={(message) => {
          close();
          onMessage(message);
        }}
      />
    );
  }
  return (
    <>
      {current.updatedAt ? (
        <>
          <p className="form-hint">
            {t('documentation.workCapacity.updated', {
              date: formatDateTime(current.updatedAt, language),
              name: current.updatedBy?.name ?? '',
            })}
          </p>
          <WorkCapacityView current={current} />
        </>
      ) : (
        <p className="app-empty">{t('documentation.workCapacity.notWritten')}</p>
      )}
      {canWrite ? (
        <OpenFormButton
          id="doc-work-capacity-edit"
          label={
            current.updatedAt ? t('documentation.workCapacity.edit') : t('documentation.workCapacity.write')
          }
          onClick={() => setEditing(true)}
        />
      ) : null}
    </>
  );
}

export function WorkCapacitySection({
  courseId,
  canWrite,
  onMessage,
}: {
  courseId: string;
  canWrite: boolean;
  onMessage: (text: string) => void;
}) {
  const { t } = useTranslation('courses');
  const query = useWorkCapacity(courseId);
  return (
    <section className="app-section" aria-labelledby="doc-work-capacity-heading">
      <h2 id="doc-work-capacity-heading">{t('documentation.workCapacity.heading')}</h2>
      <p>{t('documentation.workCapacity.intro')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <WorkCapacityBody
            courseId={courseId}
            current={query.data}
            canWrite={canWrite}
            onMessage={onMessage}
          />
          <DocumentHearing
            courseId={courseId}
            subject="work_capacity"
            written={Boolean(query.data.updatedAt)}
            onMessage={onMessage}
          />
        </>
      )}
    </section>
  );
}
