import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/messages.ts';
import { formatMoney } from '../../../shared/money.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useSession } from '../../app/session.ts';
import { useMeetingDay } from './CommitteeItemListPage.tsx';
import { EvaluationFrame, evaluationPath } from './EvaluationFrame.tsx';
import type { EvaluationOverview } from './evaluation.api.ts';
import { formatPercent, numberText, weightsLine } from './evaluation.format.ts';

type Setup = NonNullable<EvaluationOverview['setup']>;

export function priceModelText(setup: Setup, t: TFunction<'tenders'>, language: Language): string {
  const { priceModel } = setup;
  const text = t(`evaluation.model.models.${priceModel.type}`, {
    best: priceModel.bestOre === null ? '–' : formatMoney(priceModel.bestOre, language),
    worst: priceModel.worstOre === null ? '–' : formatMoney(priceModel.worstOre, language),
  });
  return priceModel.type === 'linear'
    ? `${text} (${t('evaluation.model.slope', { slope: String(priceModel.slope ?? 1) })})`
    : text;
}

/** The award model: weights, scale, price model, sub-criteria with emphasis, price elements, alternatives. */
export function ModelSummary({ setup }: { setup: Setup }) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  const percent = (value: number) => formatPercent(value, language);
  return (
    <>
      <dl className="app-details">
        <div>
          <dt>{t('evaluation.model.weights')}</dt>
          <dd>
            {t('evaluation.model.weightsText', {
              quality: percent(setup.weights.quality),
              price: percent(setup.weights.price),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('evaluation.model.scale')}</dt>
          <dd>
            {numberText(setup.scale.min, language)}–{numberText(setup.scale.max, language)}
          </dd>
        </div>
        <div>
          <dt>{t('evaluation.model.priceModel')}</dt>
          <dd>{priceModelText(setup, t, language)}</dd>
        </div>
      </dl>
      <div className="app-table-wrapper">
        <table className="table table--compact app-table">
          <caption>{t('evaluation.model.criteriaCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluation.model.criterion')}</th>
              <th scope="col">{t('evaluation.model.code')}</th>
              <th scope="col" className="tnd-number">
                {t('evaluation.model.weight')}
              </th>
              <th scope="col" className="tnd-number">
                {t('evaluation.model.effective')}
              </th>
              <th scope="col">{t('evaluation.model.emphasis')}</th>
            </tr>
          </thead>
          <tbody>
            {setup.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row">{criterion.name}</th>
                <td>{criterion.code}</td>
                <td className="tnd-number">{percent(criterion.weight)}</td>
                <td className="tnd-number">{percent((criterion.weight * setup.weights.quality) / 100)}</td>
                <td className="tnd-emphasis">{criterion.emphasis || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="app-table-wrapper">
        <table className="table table--compact app-table">
          <caption>{t('evaluation.model.elementsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluation.model.element')}</th>
              <th scope="col">{t('evaluation.model.code')}</th>
              <th scope="col" className="tnd-number">
                {t('evaluation.model.volume')}
              </th>
              <th scope="col">{t('evaluation.model.priceKind')}</th>
            </tr>
          </thead>
          <tbody>
            {setup.priceElements.map((element) => (
              <tr key={element.id}>
                <th scope="row">{element.name}</th>
                <td>{element.code}</td>
                <td className="tnd-number">{numberText(element.volume, language)}</td>
                <td>{t(`evaluation.model.kinds.${element.priceKind ?? 'none'}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {setup.alternatives.length > 0 ? (
        <>
          <h3>{t('evaluation.model.alternatives')}</h3>
          <ul>
            {setup.alternatives.map((alternative) => (
              <li key={alternative.name}>
                {alternative.name}: {weightsLine(alternative.weights, language)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Overview({ overview }: { overview: EvaluationOverview }) {
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  const day = useMeetingDay();
  const open = overview.decidedOn === null;
  return (
    <>
      <section className="app-section" aria-labelledby="evaluation-model-heading">
        <h2 id="evaluation-model-heading">{t('evaluation.model.title')}</h2>
        {overview.setup ? (
          <ModelSummary setup={overview.setup} />
        ) : (
          <p className="app-empty">{t('evaluation.noSetup')}</p>
        )}
        {can('tender.manage') && open ? (
          <p>
            <Link className="button button-secondary" to={evaluationPath(overview.tenderId, 'setup')}>
              {overview.setup ? t('evaluation.editSetup') : t('evaluation.setUp')}
            </Link>
          </p>
        ) : null}
      </section>
      <section className="app-section" aria-labelledby="evaluation-evaluators-heading">
        <h2 id="evaluation-evaluators-heading">{t('evaluation.model.evaluators')}</h2>
        {overview.evaluators.length === 0 ? (
          <p className="app-empty">{t('evaluation.model.noEvaluators')}</p>
        ) : (
          <ul>
            {overview.evaluators.map((e) => (
              <li key={e.userId}>{e.displayName}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="app-section" aria-labelledby="evaluation-committee-heading">
        <h2 id="evaluation-committee-heading">{t('evaluation.model.committeeItems')}</h2>
        {overview.committeeItems.length === 0 ? (
          <p className="app-empty">{t('evaluation.model.noCommitteeItems')}</p>
        ) : (
          <ul>
            {overview.committeeItems.map((item) => (
              <li key={item.id}>
                <Link to={`/udvalg/${item.id}`}>{item.title}</Link> ({day(item.meetingDate)})
              </li>
            ))}
          </ul>
        )}
        {can('tender.manage') ? (
          <p>
            <Link className="button button-secondary" to={`/udvalg/ny?udbud=${overview.tenderId}`}>
              {t('evaluation.model.newCommitteeItem')}
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}

/** /evaluering/:id — the award model, evaluators and the committee's items on the tender. */
export function EvaluationPage() {
  return (
    <EvaluationFrame section="overview">{(overview) => <Overview overview={overview} />}</EvaluationFrame>
  );
}
