// /evaluering/:id/resultat: per area the ranking with the selected marked in words, the sensitivity
// (stable quality-weight interval on a chart with a table alternative), alternative weightings (the model's
// and the committee's amendments), rank reversals; the report downloads; and the decision form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/money.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useSession } from '../../app/session.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import type { DecisionResult } from '../../../shared/tenders/evaluation.schemas.ts';
import { DecisionDone, DecisionForm } from './DecisionForm.tsx';
import { EvaluationFrame, NoModel } from './EvaluationFrame.tsx';
import {
  reportUrl,
  useEvaluationResult,
  type AreaEvaluationView,
  type EvaluationOverview,
  type EvaluationResult,
} from './evaluation.api.ts';
import { formatFraction, formatPoints, nameList, weightsLine } from './evaluation.format.ts';
import { ChartTable, SensitivityChart } from './SensitivityChart.tsx';

type Bid = AreaEvaluationView['bids'][number];

/** The ranking, sortable by each figure; the selected bids marked in words and by their row. */
function Ranking({ area }: { area: AreaEvaluationView }) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  const points = (value: number) => formatPoints(value, language);
  return (
    <DataTable<Bid>
      caption={t('evaluation.results.caption', { number: area.number })}
      rows={area.bids}
      columns={[
        { label: t('evaluation.results.rank'), sort: { kind: 'number', value: (bid) => bid.rank } },
        { label: t('evaluation.results.bidder'), sort: { kind: 'text', value: (bid) => bid.bidder } },
        {
          label: t('evaluation.results.evaluatedPrice'),
          className: 'tnd-number',
          sort: { kind: 'number', value: (bid) => bid.evaluatedPriceOre },
        },
        {
          label: t('evaluation.results.pricePoints'),
          className: 'tnd-number',
          sort: { kind: 'number', value: (bid) => bid.pricePoints },
        },
        {
          label: t('evaluation.results.qualityScore'),
          className: 'tnd-number',
          sort: { kind: 'number', value: (bid) => bid.qualityScore },
        },
        {
          label: t('evaluation.results.total'),
          className: 'tnd-number',
          sort: { kind: 'number', value: (bid) => bid.total },
        },
        t('evaluation.results.status'),
      ]}
    >
      {(bid) => (
        <tr key={bid.bidId} className={bid.selected ? 'tnd-selected' : undefined}>
          <td>{bid.rank}</td>
          <th scope="row">{bid.bidder}</th>
          <td className="tnd-number">{formatMoney(bid.evaluatedPriceOre, language)}</td>
          <td className="tnd-number">{points(bid.pricePoints)}</td>
          <td className="tnd-number">{points(bid.qualityScore)}</td>
          <td className="tnd-number">{points(bid.total)}</td>
          <td>
            {bid.selected ? (
              <span className="badge badge-success">{t('evaluation.results.selected')}</span>
            ) : (
              t('evaluation.results.notSelected')
            )}
            {bid.tie ? ` (${t('evaluation.results.tie')})` : ''}
          </td>
        </tr>
      )}
    </DataTable>
  );
}

function Alternatives({ area }: { area: AreaEvaluationView }) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  if (area.alternatives.length === 0) return <p>{t('evaluation.results.noAlternatives')}</p>;
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{t('evaluation.results.alternativesCaption', { number: area.number })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.results.alternative')}</th>
            <th scope="col">{t('evaluation.results.source')}</th>
            <th scope="col">{t('evaluation.results.alternativeWeights')}</th>
            <th scope="col">{t('evaluation.results.alternativeSelected')}</th>
            <th scope="col">{t('evaluation.results.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {area.alternatives.map((alternative, index) => (
            <tr key={`${alternative.name}-${index}`}>
              <th scope="row">{alternative.name}</th>
              <td>
                {t(`evaluation.results.sources.${alternative.source}`)}
                {alternative.outcome ? ` (${t(`evaluation.results.outcomes.${alternative.outcome}`)})` : ''}
              </td>
              <td>{weightsLine(alternative.weights, language)}</td>
              <td>
                {nameList(
                  alternative.ranking.filter((r) => r.selected).map((r) => r.bidder),
                  language,
                )}
              </td>
              <td>
                <strong>
                  {t(alternative.selectionChanges ? 'evaluation.results.yes' : 'evaluation.results.no')}
                </strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Area({ result, area }: { result: EvaluationResult; area: AreaEvaluationView }) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  const heading = `area-${area.id}`;
  const qualityWeight = result.setup.weights.quality / 100;
  return (
    <section className="app-section" aria-labelledby={heading}>
      <h2 id={heading}>
        {t('evaluation.results.area', { number: area.number, name: area.name, select: area.select })}
      </h2>
      {area.problems.length > 0 ? (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-heading">{t('evaluation.results.incomplete')}</p>
            <ul className="alert-text">
              {area.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <>
          <Ranking area={area} />
          {area.tieAtCutoff ? (
            <div className="alert alert-warning">
              <p className="alert-text">{t('evaluation.results.tieAtCutoff')}</p>
            </div>
          ) : null}
          <h3>{t('evaluation.results.sensitivity')}</h3>
          {area.stableQualityWeight ? (
            <p>
              {t('evaluation.results.stable', {
                from: formatFraction(area.stableQualityWeight.from, language),
                to: formatFraction(area.stableQualityWeight.to, language),
                current: formatFraction(qualityWeight, language),
              })}
            </p>
          ) : null}
          <SensitivityChart area={area} scale={result.setup.scale} qualityWeight={qualityWeight} />
          <details>
            <summary>{t('evaluation.results.tableToggle')}</summary>
            <ChartTable area={area} />
          </details>
          <h3>{t('evaluation.results.alternatives')}</h3>
          <Alternatives area={area} />
          <h3>{t('evaluation.results.reversals')}</h3>
          {area.rankReversals.length === 0 ? (
            <p>
              {t(
                result.setup.priceModel.type === 'interval'
                  ? 'evaluation.results.noReversalsInterval'
                  : 'evaluation.results.noReversals',
              )}
            </p>
          ) : (
            <ul>
              {area.rankReversals.map((reversal) => (
                <li key={reversal.removedBidId}>
                  {t('evaluation.results.reversal', {
                    removed: reversal.removed,
                    after: nameList(reversal.selectedAfter, language),
                    before: nameList(reversal.selectedBefore, language),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function Results({ overview }: { overview: EvaluationOverview }) {
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  const result = useEvaluationResult(overview.tenderId, overview.maySeeBids && overview.setup !== null);
  // Kept here: once decided, the overview refetches and the form goes away, but the outcome stays shown.
  const [decision, setDecision] = useState<DecisionResult | null>(null);
  if (!overview.maySeeBids) return null;
  if (!overview.setup) return <NoModel overview={overview} />;
  if (result.isPending) return <Loading />;
  if (result.isError) return <ErrorAlert error={result.error} />;
  return (
    <>
      <p>{t('evaluation.results.intro')}</p>
      {result.data.areas.map((area) => (
        <Area key={area.id} result={result.data} area={area} />
      ))}
      <section className="app-section" aria-labelledby="report-heading">
        <h2 id="report-heading">{t('evaluation.results.report')}</h2>
        <ul className="nobullet-list">
          <li>
            <a href={reportUrl(overview.tenderId, 'xlsx')} download>
              {t('evaluation.results.reportXlsx')}
            </a>
          </li>
          <li>
            <a href={reportUrl(overview.tenderId, 'pdf')} download>
              {t('evaluation.results.reportPdf')}
            </a>
          </li>
        </ul>
      </section>
      {decision ? <DecisionDone result={decision} /> : null}
      {can('tender.manage') && overview.decidedOn === null && !decision ? (
        <DecisionForm overview={overview} complete={result.data.complete} onDecided={setDecision} />
      ) : null}
    </>
  );
}

/** /evaluering/:id/resultat */
export function ResultsPage() {
  return <EvaluationFrame section="results">{(overview) => <Results overview={overview} />}</EvaluationFrame>;
}
