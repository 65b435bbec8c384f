import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { capacityPath, useCapacity, type CapacityParams } from './budget.api.ts';
import { CapacityTable } from './CapacityTable.tsx';
import { formatMoney } from './format.ts';
import { WhatIfForm, type WhatIfValue } from './WhatIfForm.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

function numberParam(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * /kapacitet: what a budget frame buys at the agreed prices, per provider and in total, and what a new
 * price would do. The frame and the what-if live in the address (?ramme=…&pris=…|procent=…).
 */
export function CapacityPage() {
  const { t } = useTranslation('budgets');
  usePageTitle(t('capacity.title'));
  const language = useLanguage();
  const [search, setSearch] = useSearchParams();
  const params: CapacityParams = {
    frameId: search.get('ramme') ?? undefined,
    programmePriceOre: numberParam(search.get('pris')),
    programmePricePercent: numberParam(search.get('procent')),
  };
  const capacity = useCapacity(params);
  const view = capacity.data;

  const update = (next: { frameId?: string | undefined } & WhatIfValue) => {
    const query = new URLSearchParams();
    const frameId = 'frameId' in next ? next.frameId : params.frameId;
    if (frameId) query.set('ramme', frameId);
    if (next.programmePriceOre !== undefined) query.set('pris', String(next.programmePriceOre));
    if (next.programmePricePercent !== undefined) query.set('procent', String(next.programmePricePercent));
    setSearch(query, { replace: true });
  };
  const whatIf: WhatIfValue = {
    programmePriceOre: params.programmePriceOre,
    programmePricePercent: params.programmePricePercent,
  };
  const weeks = (count: number) => t('common.weeks', { count });

  return (
    <>
      <h1>{t('capacity.title')}</h1>
      <p className="font-lead">
        {view?.isOwnProviderOnly ? t('capacity.introProvider') : t('capacity.intro')}
      </p>
      {capacity.isPending ? <Loading /> : null}
      {capacity.isError ? <ErrorAlert error={capacity.error} /> : null}
      {view && view.frames.length === 0 ? <p className="app-empty">{t('capacity.noFrames')}</p> : null}
      {view && view.frames.length > 0 ? (
        <div className="form-group">
          <label className="form-label" htmlFor="capacity-frame">
            {t('capacity.frame')}
          </label>
          <select
            id="capacity-frame"
            className="form-select"
            value={view.frame?.id ?? ''}
            onChange={(event) => update({ frameId: event.target.value, ...whatIf })}
          >
            {view.frame === null ? <option value="">–</option> : null}
            {view.frames.map((frame) => (
              <option key={frame.id} value={frame.id}>
                {frame.programme} {frame.year}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {view?.frame ? (
        <>
          <p>
            {view.frame.amountOre === null
              ? t('capacity.frameSummaryProvider', {
                  programme: view.frame.programme,
                  year: view.frame.year,
                  course: weeks(view.frame.expectedCourseWeeks),
                  aftercare: weeks(view.frame.expectedAftercareWeeks),
                })
              : t('capacity.frameSummary', {
                  programme: view.frame.programme,
                  year: view.frame.year,
                  amount: formatMoney(view.frame.amountOre, language),
                  course: weeks(view.frame.expectedCourseWeeks),
                  aftercare: weeks(view.frame.expectedAftercareWeeks),
                })}
          </p>
          {view.rows.length === 0 ? (
            <p className="app-empty">{t('capacity.noRows')}</p>
          ) : (
            <CapacityTable view={view} language={language} />
          )}
          <p className="app-muted">{t('capacity.definitions')}</p>
          <WhatIfForm
            key={view.frame.id}
            view={view}
            value={whatIf}
            onChange={(value) => update({ frameId: view.frame?.id, ...value })}
            language={language}
          />
          <section className="app-section" aria-labelledby="capacity-downloads">
            <h2 id="capacity-downloads">{t('common.downloads')}</h2>
            <ul className="app-link-list">
              <li>
                <a
                  href={
                    capacityPath({ ...params, frameId: view.frame.id }, '/api/capacity/export') +
                    '&format=xlsx'
                  }
                  download
                >
                  {t('common.xlsx')}
                </a>
              </li>
              <li>
                <a
                  href={
                    capacityPath({ ...params, frameId: view.frame.id }, '/api/capacity/export') +
                    '&format=csv'
                  }
                  download
                >
                  {t('common.csv')}
                </a>
              </li>
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}
