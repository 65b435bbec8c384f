// Deciding the tender (tender.manage): the decision date, the committee item it rests on, and the terms of
// the framework agreements the selected bidders get with their bid prices. The server refuses an incomplete
// evaluation or a tie across the cut-off, naming them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionResult } from '../../../shared/tenders/evaluation.schemas.ts';
import { useDecideTender, type EvaluationOverview } from './evaluation.api.ts';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { controlOf, numberOrNull, summaryOf, useFormErrors } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { todayInCopenhagen } from '../../../shared/dates.ts';

const FIELDS = [
  'decidedOn',
  'committeeItemId',
  'startsOn',
  'originalEndsOn',
  'extensionMonths',
  'noticeWeeks',
  'caseNumber',
  'longDurationJustification',
] as const;
type FieldName = (typeof FIELDS)[number];

/** "12, 12" → [12, 12]; unreadable parts are sent as they are for the server to refuse. */
function months(text: string): number[] {
  return text
    .split(/[,;\s]+/)
    .filter((part) => part !== '')
    .map((part) => Number(part));
}

export function DecisionDone({ result }: { result: DecisionResult }) {
  const { t } = useTranslation('tenders');
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{t('evaluation.decision.done')}</p>
        <ul className="alert-text">
          {result.agreements.map((a) => (
            <li key={a.agreementId}>
              <Link to={`/rammeaftaler/${a.agreementId}`}>
                {t('evaluation.decision.agreement', { provider: a.providerName, area: a.areaNumber })}
              </Link>
              {a.createdProvider ? ` ${t('evaluation.decision.newProvider')}` : ''}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function DecisionForm({
  overview,
  complete,
  onDecided,
}: {
  overview: EvaluationOverview;
  complete: boolean;
  onDecided: (result: DecisionResult) => void;
}) {
  const { t } = useTranslation('tenders');
  const decide = useDecideTender(overview.tenderId);
  const errors = useFormErrors('decision', FIELDS);
  const labels: Record<FieldName, string> = {
    decidedOn: t('evaluation.decision.decidedOn'),
    committeeItemId: t('evaluation.decision.committeeItem'),
    startsOn: t('evaluation.decision.startsOn'),
    originalEndsOn: t('evaluation.decision.originalEndsOn'),
    extensionMonths: t('evaluation.decision.extensionMonths'),
    noticeWeeks: t('evaluation.decision.noticeWeeks'),
    caseNumber: t('evaluation.decision.caseNumber'),
    longDurationJustification: t('evaluation.decision.justification'),
  };
  const [values, setValues] = useState<Record<FieldName, string>>(() => ({
    decidedOn: todayInCopenhagen(),
    committeeItemId: overview.committeeItems[0]?.id ?? '',
    startsOn: '',
    originalEndsOn: '',
    extensionMonths: '',
    noticeWeeks: '',
    caseNumber: '',
    longDurationJustification: '',
  }));
  const control = (field: FieldName, hint?: string) =>
    controlOf(errors, {
      field,
      label: labels[field],
      hint,
      value: values[field],
      onChange: (value: string) => {
        setValues((current) => ({ ...current, [field]: value }));
        errors.clear(field);
      },
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    decide.mutate(
      {
        decidedOn: values.decidedOn,
        committeeItemId: values.committeeItemId || null,
        startsOn: values.startsOn,
        originalEndsOn: values.originalEndsOn,
        extensionMonths: months(values.extensionMonths),
        noticeWeeks: numberOrNull(values.noticeWeeks),
        caseNumber: values.caseNumber || null,
        longDurationJustification: values.longDurationJustification || null,
      },
      { onSuccess: onDecided, onError: errors.fail },
    );
  };
  return (
    <section className="app-section app-card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('evaluation.decision.title')}</h2>
      <p>{t('evaluation.decision.intro')}</p>
      {complete ? null : <p className="app-empty">{t('evaluation.decision.incomplete')}</p>}
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby="decision-heading">
        <TextField {...control('decidedOn')} type="date" size="date" required />
        <SelectField
          {...control('committeeItemId')}
          options={overview.committeeItems.map((item) => ({ value: item.id, label: item.title }))}
          placeholder={t('evaluation.decision.noItem')}
        />
        <TextField {...control('startsOn')} type="date" size="date" required />
        <TextField {...control('originalEndsOn')} type="date" size="date" required />
        <TextField {...control('extensionMonths', t('evaluation.decision.extensionHint'))} size="short" />
        <TextField
          {...control('noticeWeeks', t('evaluation.decision.noticeHint'))}
          size="short"
          inputMode="numeric"
        />
        <TextField {...control('caseNumber')} />
        <TextAreaField {...control('longDurationJustification')} />
        <button type="submit" className="button button-primary" disabled={decide.isPending}>
          {t('evaluation.decision.submit')}
        </button>
      </form>
    </section>
  );
}
