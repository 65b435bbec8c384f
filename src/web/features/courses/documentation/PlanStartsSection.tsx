// Preparatory-plan starts: the job centre records when a plan was started; the type follows the date
// (from 1 Feb 2026 the "samlet beskrivelse af borgerens forudsætninger"), shown with its rule. Both
// sides download the PDF "input to the plan".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PLAN_TYPES,
  planRuleOn,
  type PlanRuleView,
  type PlanType,
} from '../../../../shared/courses/documentation.constants.ts';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate } from '../../../components/format.ts';
import { COURSE_FORM, FormFrame } from '../course/FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import {
  documentationApi,
  planInputHref,
  usePlanStarts,
  useRefreshDocumentation,
  type PlanStart,
} from './documentation.api.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { DateField, OpenFormButton, SelectField } from '../../../components/form/fields.tsx';
import { DataTable } from '../../../components/DataTable.tsx';

const FIELDS = ['startedOn', 'planType'] as const;

function PlanStartForm({
  courseId,
  rules,
  onDone,
  onCancel,
}: {
  courseId: string;
  rules: readonly PlanRuleView[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('courses');
  const refresh = useRefreshDocumentation(courseId);
  const labelOf = (field: (typeof FIELDS)[number]) => t(`documentation.plans.${field}`);
  const errors = useFormErrors('plan-start', FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => ({ startedOn: todayInCopenhagen(), planType: '' }), errors, labelOf);
  const rule = /^\d{4}-\d{2}-\d{2}$/.test(form.values.startedOn)
    ? planRuleOn(rules, form.values.startedOn)
    : undefined;
  const save = async () => {
    await documentationApi.recordPlanStart(courseId, {
      startedOn: form.values.startedOn,
      planType: (form.values.planType || null) as PlanType | null,
    });
    await refresh();
    onDone(t('documentation.plans.recorded'));
  };
  return (
    <FormFrame
      title={t('documentation.plans.formTitle')}
      errors={errors}
      form={form}
      order={FIELDS}
      labelOf={labelOf}
      submitLabel={t('documentation.plans.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <DateField form={form} name="startedOn" label={t('documentation.plans.startedOn')} required />
      <div role="status" className="doc-rule">
        {rule ? (
          <>
            <p>
              <strong>
                {t('documentation.plans.typeByDate', {
                  type: t(`documentation.planTypes.${rule.planType}`),
                })}
              </strong>
            </p>
            <p className="form-hint">{t('documentation.plans.ruleSource', { source: rule.source })}</p>
          </>
        ) : null}
      </div>
      <SelectField
        form={form}
        name="planType"
        label={t('documentation.plans.planType')}
        hint={t('documentation.plans.planTypeHint')}
        placeholder={t('documentation.plans.planTypeAuto')}
        options={PLAN_TYPES.map((type) => ({ value: type, label: t(`documentation.planTypes.${type}`) }))}
      />
    </FormFrame>
  );
}

export function PlanStartsSection({
  courseId,
  canRecord,
  onMessage,
}: {
  courseId: string;
  canRecord: boolean;
  onMessage: (text: string, isError?: boolean) => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const messageOf = useErrorMessage();
  const query = usePlanStarts(courseId);
  const refresh = useRefreshDocumentation(courseId);
  const [adding, setAdding] = useState(false);
  const date = (iso: string) => formatDate(iso, language);
  const close = () => {
    setAdding(false);
    requestAnimationFrame(() => document.getElementById('doc-plan-add')?.focus());
  };
  const remove = async (plan: PlanStart) => {
    if (!window.confirm(t('documentation.plans.confirmDelete', { date: date(plan.startedOn) }))) return;
    try {
      await documentationApi.deletePlanStart(plan.id);
      await refresh();
      onMessage(t('documentation.plans.deleted'));
    } catch (error) {
      onMessage(messageOf(error), true);
    }
  };
  const rules = query.data?.rules ?? [];
  const todayRule = planRuleOn(rules, todayInCopenhagen());
  const plans = query.data?.plans ?? [];
  return (
    <section className="app-section" aria-labelledby="doc-plans-heading">
      <h2 id="doc-plans-heading">{t('documentation.plans.heading')}</h2>
      <p>{t('documentation.plans.intro')}</p>
      {todayRule ? (
        <p>
          {t('documentation.plans.todayType', {
            type: t(`documentation.planTypes.${todayRule.planType}`),
          })}
        </p>
      ) : null}
      <p>
        <a className="button button-secondary" href={planInputHref(courseId)} download>
          {t('documentation.plans.download')}
        </a>
      </p>
      <p className="form-hint">{t('documentation.plans.downloadHint')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <DataTable
          rows={plans}
          empty={t('documentation.plans.empty')}
          caption={t('documentation.plans.caption')}
          columns={[
            t('documentation.plans.startedOn'),
            t('documentation.plans.planType'),
            t('documentation.plans.rule'),
            t('documentation.plans.recordedBy'),
            t('documentation.plans.actions'),
          ]}
        >
          {(plan) => (
            <tr key={plan.id}>
              <th scope="row" className="app-nowrap">
                {date(plan.startedOn)}
              </th>
              <td>{t(`documentation.planTypes.${plan.planType}`)}</td>
              <td className="doc-source">{plan.ruleSource}</td>
              <td>{plan.recordedBy?.name ?? ''}</td>
              <td>
                <a href={planInputHref(courseId, plan.startedOn)} download>
                  {t('documentation.plans.downloadFor', { date: date(plan.startedOn) })}
                </a>
                {canRecord ? (
                  <>
                    <br />
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('documentation.plans.deleteLabel', { date: date(plan.startedOn) })}
                      onClick={() => void remove(plan)}
                    >
                      {t('documentation.plans.delete')}
                    </button>
                  </>
                ) : null}
              </td>
            </tr>
          )}
        </DataTable>
      )}
      {canRecord && !adding && query.data ? (
        <OpenFormButton
          id="doc-plan-add"
          label={t('documentation.plans.record')}
          onClick={() => setAdding(true)}
        />
      ) : null}
      {canRecord && adding ? (
        <PlanStartForm
          courseId={courseId}
          rules={rules}
          onCancel={close}
          onDone={(message) => {
            close();
            onMessage(message);
          }}
        />
      ) : null}
    </section>
  );
}
