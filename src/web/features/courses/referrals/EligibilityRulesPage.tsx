// /udbudsomraader/:areaId/maalgruppekriterier: a tender area's eligibility rules, every version, and for
// procurement (agreement.manage) adding a version and ending one with its last day. The rules are the
// ones the referral's eligibility check applies (eligibility.rules.ts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import {
  isRuleYears,
  KINDS_WITH_YEARS,
  RULE_KINDS,
  type RuleKind,
} from '../../../../shared/courses/rule-kinds.ts';
import { COURSE_FORM, FormFrame } from '../course/FormFrame.tsx';
import { renamedFields, useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { ruleApi, ruleKeys, useEligibilityRules, type EligibilityRuleList } from './referral.api.ts';
import { useDate } from './referral-format.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useStatusMessage } from '../../../components/StatusMessage.tsx';
import { DateField, SelectField, TextField } from '../../../components/form/fields.tsx';
import { DataTable } from '../../../components/DataTable.tsx';

type Rule = EligibilityRuleList['items'][number];

/** The rule's name with its years ("Mindst 30 år"). */
function useRuleName(): (rule: Pick<Rule, 'kind' | 'params'>) => string {
  const { t } = useTranslation('courses');
  return (rule) => t(`referrals.ruleKind.${rule.kind}`, { years: rule.params.years ?? '' });
}

/** Puts the answered list in the cache, so the table shows the change at once. */
function useStoreRules(areaId: string): (list: EligibilityRuleList) => void {
  const queryClient = useQueryClient();
  return (list) => queryClient.setQueryData(ruleKeys.ofArea(areaId), list);
}

const ADD_FIELDS = ['kind', 'years', 'validFrom', 'validTo'] as const;

function AddRuleForm({
  areaId,
  onDone,
  onCancel,
}: {
  areaId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('courses');
  const store = useStoreRules(areaId);
  const labelOf = (field: (typeof ADD_FIELDS)[number]) => t(`rules.add.${field}`);
  const errors = useFormErrors(
    'rule-add',
    ADD_FIELDS,
    renamedFields({ 'params.years': 'years', params: 'years' }),
    COURSE_FORM,
  );
  const { form } = useFormValues(
    () => ({ kind: '', years: '', validFrom: '', validTo: '' }),
    errors,
    labelOf,
  );
  const withYears = KINDS_WITH_YEARS.includes(form.values.kind as RuleKind);
  const save = async () => {
    const problems: Partial<Record<(typeof ADD_FIELDS)[number], string>> = {};
    if (!form.values.kind) problems.kind = t('rules.add.kindRequired');
    const years = form.values.years.trim() === '' ? null : Number(form.values.years);
    if (withYears && !isRuleYears(years)) {
      problems.years = t('rules.add.yearsRequired');
    }
    if (Object.keys(problems).length > 0) {
      errors.failWith(problems);
      return;
    }
    store(
      await ruleApi.add(areaId, {
        kind: form.values.kind as RuleKind,
        params: withYears && isRuleYears(years) ? { years } : {},
        validFrom: form.values.validFrom,
        validTo: form.values.validTo || null,
      }),
    );
    onDone();
  };
  return (
    <FormFrame
      title={t('rules.add.heading')}
      errors={errors}
      form={form}
      order={ADD_FIELDS}
      labelOf={labelOf}
      submitLabel={t('rules.add.submit')}
      submittingLabel={t('rules.add.submitting')}
      onSubmit={save}
      onCancel={onCancel}
      className="app-card"
    >
      <SelectField
        form={form}
        name="kind"
        label={labelOf('kind')}
        required
        placeholder={t('rules.add.choose')}
        options={RULE_KINDS.map((kind) => ({
          value: kind,
          label: t(`referrals.ruleKind.${kind}`, { years: 'N' }),
        }))}
      />
      {withYears ? (
        <TextField
          form={form}
          name="years"
          label={labelOf('years')}
          hint={t('rules.add.yearsHint')}
          required
          inputMode="numeric"
          className="form-input input-width-xs"
        />
      ) : null}
      <DateField form={form} name="validFrom" label={labelOf('validFrom')} required />
      <DateField form={form} name="validTo" label={labelOf('validTo')} hint={t('rules.add.validToHint')} />
    </FormFrame>
  );
}

const END_FIELDS = ['validTo'] as const;

function EndRuleForm({ rule, onDone, onCancel }: { rule: Rule; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('courses');
  const name = useRuleName()(rule);
  const store = useStoreRules(rule.tenderAreaId);
  const labelOf = () => t('rules.validTo');
  const errors = useFormErrors(`rule-end-${rule.id}`, END_FIELDS, undefined, COURSE_FORM);
  const { form } = useFormValues(() => ({ validTo: '' }), errors, labelOf);
  return (
    <FormFrame
      title={t('rules.endHeading', { rule: name })}
      errors={errors}
      form={form}
      order={END_FIELDS}
      labelOf={labelOf}
      submitLabel={t('rules.endSubmit')}
      submittingLabel={t('rules.add.submitting')}
      onSubmit={async () => {
        store(await ruleApi.update(rule.id, { validTo: form.values.validTo || null }));
        onDone();
      }}
      onCancel={onCancel}
      className="app-card"
    >
      <DateField form={form} name="validTo" label={t('rules.validTo')} required />
    </FormFrame>
  );
}

function RulesView({ list }: { list: EligibilityRuleList }) {
  const { t } = useTranslation('courses');
  const { can } = useSession();
  const date = useDate();
  const ruleName = useRuleName();
  const status = useStatusMessage();
  const [open, setOpen] = useState<'add' | string | null>(null);
  const manage = can('agreement.manage');
  const ending = list.items.find((rule) => rule.id === open);
  return (
    <>
      {status.element}
      <DataTable
        caption={t('rules.caption', { area: list.tenderArea.name })}
        columns={[
          t('rules.rule'),
          t('rules.validFrom'),
          t('rules.validTo'),
          t('rules.inForce'),
          manage && t('rules.actions'),
        ]}
        rows={list.items}
        empty={t('rules.empty')}
      >
        {(rule) => (
          <tr key={rule.id}>
            <th scope="row">{ruleName(rule)}</th>
            <td>{date(rule.validFrom)}</td>
            <td>{rule.validTo ? date(rule.validTo) : t('rules.open')}</td>
            <td>{rule.isInForce ? t('rules.yes') : t('rules.no')}</td>
            {manage ? (
              <td>
                {rule.validTo === null ? (
                  <button type="button" className="button button-tertiary" onClick={() => setOpen(rule.id)}>
                    {t('rules.end', { rule: ruleName(rule) })}
                  </button>
                ) : null}
              </td>
            ) : null}
          </tr>
        )}
      </DataTable>
      {manage && ending ? (
        <EndRuleForm
          key={ending.id}
          rule={ending}
          onDone={() => {
            setOpen(null);
            status.show(t('rules.ended'));
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {manage && open === 'add' ? (
        <AddRuleForm
          areaId={list.tenderArea.id}
          onDone={() => {
            setOpen(null);
            status.show(t('rules.add.added'));
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {manage && open === null ? (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setOpen('add')}>
            {t('rules.add.heading')}
          </button>
        </p>
      ) : null}
      <p>
        <Link to={`/udbud/${list.tenderArea.tenderId}`}>{t('rules.back')}</Link>
      </p>
    </>
  );
}

export function EligibilityRulesPage() {
  const { t } = useTranslation('courses');
  const { areaId = '' } = useParams();
  const rules = useEligibilityRules(areaId);
  const notFound = isApiError(rules.error) && rules.error.status === 404;
  const title = rules.data
    ? t('rules.title', { area: rules.data.tenderArea.name })
    : notFound
      ? t('rules.notFound')
      : t('rules.eyebrow');
  usePageTitle(title);
  return (
    <>
      <p className="app-eyebrow">{t('rules.eyebrow')}</p>
      <h1>{title}</h1>
      <p className="font-lead">{t('rules.intro')}</p>
      {rules.isPending ? (
        <Loading />
      ) : rules.isError ? (
        notFound ? null : (
          <ErrorAlert error={rules.error} />
        )
      ) : (
        <RulesView list={rules.data} />
      )}
    </>
  );
}
