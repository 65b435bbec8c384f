import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/messages.ts';
import { formatMoney } from '../../../shared/money.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useSession } from '../../app/session.ts';
import { DataTable } from '../../components/DataTable.tsx';
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
      <DataTable<Setup['criteria'][number]>
        caption={t('evaluation.model.criteriaCaption')}
        rows={setup.criteria}
        rowKey={(criterion) => criterion.id}
        columns={[
          { label: t('evaluation.model.criterion'), rowHeader: true, cell: (criterion) => criterion.name },
          { label: t('evaluation.model.code'), optional: true, cell: (criterion) => criterion.code },
          {
            label: t('evaluation.model.weight'),
            className: 'tnd-number',
            sort: { kind: 'number', value: (criterion) => criterion.weight },
            cell: (criterion) => percent(criterion.weight),
          },
          {
            label: t('evaluation.model.effective'),
            className: 'tnd-number',
            optional: true,
            cell: (criterion) => percent((criterion.weight * setup.weights.quality) / 100),
          },
          {
            label: t('evaluation.model.emphasis'),
            className: 'tnd-emphasis',
            cell: (criterion) => criterion.emphasis || '–',
          },
        ]}
      />
      <DataTable<Setup['priceElements'][number]>
        caption={t('evaluation.model.elementsCaption')}
        rows={setup.priceElements}
        rowKey={(element) => element.id}
        columns={[
          { label: t('evaluation.model.element'), rowHeader: true, cell: (element) => element.name },
          { label: t('evaluation.model.code'), optional: true, cell: (element) => element.code },
          {
            label: t('evaluation.model.volume'),
            className: 'tnd-number',
            sort: { kind: 'number', value: (element) => element.volume },
            cell: (element) => numberText(element.volume, language),
          },
          {
            label: t('evaluation.model.priceKind'),
            cell: (element) => t(`evaluation.model.kinds.${element.priceKind ?? 'none'}`),
          },
        ]}
      />
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
