// The tender's evaluators (tender.manage): users with the procurement or administrator role, as checkboxes.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveEvaluators, type EvaluationOverview } from './evaluation.api.ts';
import { summaryOf, useFormErrors } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

export function EvaluatorsForm({ overview }: { overview: EvaluationOverview }) {
  const { t } = useTranslation('tenders');
  const save = useSaveEvaluators(overview.tenderId);
  const [chosen, setChosen] = useState(() => new Set(overview.evaluators.map((e) => e.userId)));
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors('evaluators', ['userIds']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    save.mutate([...chosen], { onSuccess: () => setSaved(true), onError: errors.fail });
  };
  return (
    <section className="app-section" aria-labelledby="evaluators-heading">
      <h2 id="evaluators-heading">{t('evaluation.setup.evaluatorsLegend')}</h2>
      <ErrorSummary {...summaryOf(errors, { userIds: t('evaluation.setup.evaluatorsLegend') })} />
      {saved ? <Saved>{t('evaluation.setup.evaluatorsSaved')}</Saved> : null}
      <form onSubmit={submit} noValidate className="app-form">
        <fieldset className="agr-fieldset" id="evaluators-userIds" tabIndex={-1}>
          <legend className="form-label">{t('evaluation.setup.evaluatorsLegend')}</legend>
          <p className="form-hint">{t('evaluation.setup.evaluatorsHint')}</p>
          {overview.evaluatorCandidates.map((candidate) => (
            <div className="form-group-checkbox" key={candidate.userId}>
              <input
                id={`evaluator-${candidate.userId}`}
                className="form-checkbox"
                type="checkbox"
                checked={chosen.has(candidate.userId)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(candidate.userId);
                  else next.delete(candidate.userId);
                  setChosen(next);
                  setSaved(false);
                }}
              />
              <label className="form-label" htmlFor={`evaluator-${candidate.userId}`}>
                {candidate.displayName}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('evaluation.setup.saveEvaluators')}
        </button>
      </form>
    </section>
  );
}
