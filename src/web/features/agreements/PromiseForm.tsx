// The form that records a promise (procurement and the administration): what is promised (another kind
// with its own name and unit), the number as typed ("12,5"), and the source: the bid with a sub-criterion
// of the tender, or the agreement with its clause.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PROMISE_KINDS,
  PROMISE_SOURCES,
  type PromiseKind,
  type PromiseSource,
} from '../../../shared/agreements/promise.constants.ts';
import type { PromiseList } from './promise.api.ts';
import { usePromiseChanges } from './promise.api.ts';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

const FIELDS = ['kind', 'label', 'unit', 'promised', 'source', 'criterionId', 'sourceText'] as const;
type FieldName = (typeof FIELDS)[number];

export function PromiseForm({
  agreementId,
  options,
  onSaved,
  onEdit,
}: {
  agreementId: string;
  options: NonNullable<PromiseList['sourceOptions']>;
  onSaved: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation('agreements');
  const { create } = usePromiseChanges(agreementId);
  const errors = useFormErrors('promise', FIELDS);
  const labels: Record<FieldName, string> = {
    kind: t('promises.form.kind'),
    label: t('promises.form.label'),
    unit: t('promises.form.unit'),
    promised: t('promises.form.promised'),
    source: t('promises.form.source'),
    criterionId: t('promises.form.criterionId'),
    sourceText: t('promises.form.sourceText'),
  };
  const initial = () => ({
    kind: 'binding_partnerships',
    label: '',
    unit: '',
    promised: '',
    source: 'bid',
    criterionId: '',
    sourceText: '',
  });
  const { values, setValues, control } = useFormValues<FieldName>(initial, errors, labels, onEdit);
  const isOther = values.kind === 'other';
  const isBid = values.source === 'bid';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        kind: values.kind as PromiseKind,
        label: isOther ? values.label : null,
        unit: isOther ? values.unit : null,
        promised: values.promised,
        source: values.source as PromiseSource,
        criterionId: isBid && values.criterionId ? values.criterionId : null,
        sourceText: values.sourceText.trim() || null,
      },
      {
        onSuccess: () => {
          errors.reset();
          setValues(initial);
          onSaved();
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <div className="agr-subsection">
      <h3 id="promise-form-heading">{t('promises.form.heading')}</h3>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby="promise-form-heading">
        <SelectField
          {...control('kind')}
          required
          options={PROMISE_KINDS.map((kind) => ({ value: kind, label: t(`promises.kind.${kind}`) }))}
        />
        {isOther ? (
          <>
            <TextField {...control('label', t('promises.form.labelHint'))} required />
            <TextField {...control('unit', t('promises.form.unitHint'))} required size="short" />
          </>
        ) : null}
        <TextField
          {...control('promised', t('promises.form.promisedHint'))}
          required
          size="short"
          inputMode="decimal"
        />
        <SelectField
          {...control('source')}
          required
          options={PROMISE_SOURCES.map((source) => ({
            value: source,
            label: t(`promises.sourceName.${source}`),
          }))}
        />
        {isBid ? (
          <>
            {options.bidId === null ? <p className="agr-note">{t('promises.form.noBid')}</p> : null}
            <SelectField
              {...control('criterionId')}
              placeholder={t('promises.form.criterionNone')}
              options={options.criteria.map((c) => ({ value: c.id, label: c.name }))}
            />
          </>
        ) : null}
        <TextAreaField {...control('sourceText', t('promises.form.sourceTextHint'))} required={!isBid} />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('promises.form.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
