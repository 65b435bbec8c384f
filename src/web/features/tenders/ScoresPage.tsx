// /evaluering/:id/point: per bid, each evaluator's points and the consensus points with their written
// justifications; for procurement before the decision, forms for an evaluator's entry and the consensus.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { EvaluationFrame, NoModel } from './EvaluationFrame.tsx';
import { useSaveScores, useScoreSheet, type EvaluationOverview, type ScoreSheet } from './evaluation.api.ts';
import { formatPoints, numberText, parseNumber } from './evaluation.format.ts';
import { FilterSelect, SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { controlOf, summaryOf, useFormErrors } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

type SheetBid = ScoreSheet['bids'][number];

function ScoreTable({ sheet, bid }: { sheet: ScoreSheet; bid: SheetBid }) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  const cell = (score: { points: number; justification: string } | undefined) =>
    score ? (
      <>
        <strong>{formatPoints(score.points, language)}</strong>
        <br />
        <span className="tnd-emphasis">{score.justification}</span>
      </>
    ) : (
      t('evaluation.scores.none')
    );
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{t('evaluation.scores.caption', { bidder: bid.bidder })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.model.criterion')}</th>
            {sheet.evaluators.map((e) => (
              <th scope="col" key={e.userId}>
                {e.displayName}
              </th>
            ))}
            <th scope="col">{t('evaluation.scores.consensus')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row">{criterion.name}</th>
              {sheet.evaluators.map((e) => (
                <td key={e.userId}>
                  {cell(
                    bid.evaluatorScores.find(
                      (s) => s.evaluatorId === e.userId && s.criterion === criterion.code,
                    ),
                  )}
                </td>
              ))}
              <td>{cell(bid.consensus.find((s) => s.criterion === criterion.code))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScoreForm({
  sheet,
  bid,
  kind,
  defaultEvaluator,
}: {
  sheet: ScoreSheet;
  bid: SheetBid;
  kind: 'consensus' | 'evaluator';
  defaultEvaluator?: string;
}) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  const save = useSaveScores();
  const [evaluatorId, setEvaluatorId] = useState(defaultEvaluator ?? '');
  const existing = (code: string) =>
    kind === 'consensus'
      ? bid.consensus.find((s) => s.criterion === code)
      : bid.evaluatorScores.find((s) => s.criterion === code && s.evaluatorId === evaluatorId);
  const initial = () =>
    Object.fromEntries(
      sheet.criteria.flatMap((c, i) => [
        [`scores.${i}.points`, numberText(existing(c.code)?.points, language)],
        [`scores.${i}.justification`, existing(c.code)?.justification ?? ''],
      ]),
    );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [saved, setSaved] = useState(false);
  const prefix = kind === 'consensus' ? 'consensus' : 'evaluator';
  const labels: Record<string, string> = { evaluatorId: t('evaluation.scores.evaluator') };
  sheet.criteria.forEach((c, i) => {
    labels[`scores.${i}.points`] = t('evaluation.scores.pointsOf', { criterion: c.name });
    labels[`scores.${i}.justification`] = t('evaluation.scores.justificationOf', { criterion: c.name });
  });
  const errors = useFormErrors(prefix, Object.keys(labels));
  const control = (field: string, hint?: string) =>
    controlOf(errors, {
      field,
      label: labels[field]!,
      hint,
      value: values[field] ?? '',
      onChange: (value: string) => {
        setValues((current) => ({ ...current, [field]: value }));
        errors.clear(field);
        setSaved(false);
      },
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const scores = sheet.criteria.map((c, i) => ({
      criterion: c.code,
      points: parseNumber(values[`scores.${i}.points`] ?? '') as number,
      justification: values[`scores.${i}.justification`] ?? '',
    }));
    const input = kind === 'consensus' ? { scores } : { evaluatorId: evaluatorId || null, scores };
    save.mutate({ bidId: bid.bidId, kind, input }, { onSuccess: () => setSaved(true), onError: errors.fail });
  };
  const heading = `${prefix}-form-heading`;
  const scaleHint = t('evaluation.scores.scaleHint', {
    min: numberText(sheet.scale.min, language),
    max: numberText(sheet.scale.max, language),
  });
  return (
    <section className="app-section app-card" aria-labelledby={heading}>
      <h2 id={heading}>
        {t(kind === 'consensus' ? 'evaluation.scores.consensusTitle' : 'evaluation.scores.evaluatorTitle')}:{' '}
        {bid.bidder}
      </h2>
      <ErrorSummary {...summaryOf(errors, labels)} />
      {saved ? <Saved>{t('evaluation.scores.saved')}</Saved> : null}
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby={heading}>
        {kind === 'evaluator' ? (
          <SelectField
            {...controlOf(errors, {
              field: 'evaluatorId',
              label: labels.evaluatorId!,
              value: evaluatorId,
              onChange: (value) => {
                setEvaluatorId(value);
                setSaved(false);
              },
            })}
            options={sheet.evaluators.map((e) => ({ value: e.userId, label: e.displayName }))}
          />
        ) : null}
        {sheet.criteria.map((c, i) => (
          <fieldset className="tnd-row" key={c.id}>
            <legend>{c.name}</legend>
            {c.emphasis ? <p className="form-hint tnd-emphasis">{c.emphasis}</p> : null}
            <TextField
              {...control(`scores.${i}.points`, scaleHint)}
              size="short"
              inputMode="decimal"
              required
            />
            <TextAreaField {...control(`scores.${i}.justification`)} required />
          </fieldset>
        ))}
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t(kind === 'consensus' ? 'evaluation.scores.saveConsensus' : 'evaluation.scores.saveEvaluator')}
        </button>
      </form>
    </section>
  );
}

function Scores({ overview }: { overview: EvaluationOverview }) {
  const { t } = useTranslation('tenders');
  const { can, me } = useSession();
  const sheet = useScoreSheet(overview.tenderId, overview.maySeeBids && overview.setup !== null);
  const [chosen, setChosen] = useState('');
  if (!overview.maySeeBids) return null;
  if (!overview.setup) return <NoModel overview={overview} />;
  if (sheet.isPending) return <Loading />;
  if (sheet.isError) return <ErrorAlert error={sheet.error} />;
  const bids = sheet.data.bids;
  if (bids.length === 0) return <p className="app-empty">{t('evaluation.scores.noBids')}</p>;
  const bid = bids.find((b) => b.bidId === chosen) ?? bids[0]!;
  const editable = can('tender.manage') && !sheet.data.decided;
  const ownEvaluator = sheet.data.evaluators.find((e) => e.userId === me.user.id)?.userId;
  return (
    <>
      <p>{t('evaluation.scores.intro')}</p>
      <FilterSelect
        id="score-bid"
        label={t('evaluation.scores.bid')}
        value={bid.bidId}
        onChange={setChosen}
        options={bids.map((b) => ({ value: b.bidId, label: `${b.areaNumber}. ${b.areaName}: ${b.bidder}` }))}
        all={t('evaluation.scores.chooseBid')}
      />
      <ScoreTable sheet={sheet.data} bid={bid} />
      {editable ? (
        <>
          {sheet.data.evaluators.length === 0 ? (
            <p className="app-empty">{t('evaluation.scores.noEvaluators')}</p>
          ) : (
            <ScoreForm
              key={`e-${bid.bidId}`}
              sheet={sheet.data}
              bid={bid}
              kind="evaluator"
              defaultEvaluator={ownEvaluator ?? sheet.data.evaluators[0]!.userId}
            />
          )}
          <ScoreForm key={`c-${bid.bidId}`} sheet={sheet.data} bid={bid} kind="consensus" />
        </>
      ) : null}
    </>
  );
}

/** /evaluering/:id/point */
export function ScoresPage() {
  return <EvaluationFrame section="scores">{(overview) => <Scores overview={overview} />}</EvaluationFrame>;
}
