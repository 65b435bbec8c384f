// The fair comparison's cost per result (with the year's budget in words) and the watch on selection
// (referrals by expected chance, with a sentence per provider). Providers by name: no ranks.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/messages.ts';
import type { FairnessReport, SelectionRow } from '../../../shared/outcomes/fairness.schemas.ts';
import { formatDay, formatPeriod } from '../../../shared/outcomes/outcome.format.ts';
import { formatNumber } from './fairness.api.ts';

function CostTable({ report, language }: { report: FairnessReport; language: Language }) {
  const { t } = useTranslation('outcomes');
  const n = (value: number | null, decimals = 0) =>
    value === null ? '–' : formatNumber(value, decimals, language);
  const { cost } = report;
  const columns = ['billed', 'successes', 'perSuccess', 'completed', 'perCompleted'] as const;
  return (
    <section className="app-section" aria-labelledby="fair-cost-heading">
      <h3 id="fair-cost-heading">{t('fair.cost.heading')}</h3>
      <div className="app-table-wrapper" tabIndex={0} role="region" aria-labelledby="fair-cost-caption">
        <table className="table table--compact app-table">
          <caption id="fair-cost-caption">
            {t('fair.cost.caption', {
              period: formatPeriod(report.exit.from, report.exit.to, language),
              asOf: formatDay(cost.asOf, language),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('fair.columns.provider')}</th>
              {columns.map((c) => (
                <th key={c} scope="col" className="align-text-right">
                  {t(`fair.cost.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...cost.rows, cost.total].map((row) => (
              <tr key={row.providerCode ?? 'total'}>
                <th scope="row">{row.providerName ?? t('fair.total')}</th>
                <td className="align-text-right">{n(row.billedKroner)}</td>
                <td className="align-text-right">{n(row.successes)}</td>
                <td className="align-text-right">{n(row.kronerPerSuccess)}</td>
                <td className="align-text-right">{n(row.completed)}</td>
                <td className="align-text-right">{n(row.kronerPerCompleted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cost.burnDown.map((b) => (
        <p key={b.year}>
          {t('fair.cost.burnDown', {
            year: b.year,
            frame: n(b.frameKroner),
            billed: n(b.billedKroner),
            forecast: n(b.forecastKroner),
            remaining: n(b.remainingKroner),
          })}
        </p>
      ))}
    </section>
  );
}

function selectionSentence(
  rows: SelectionRow[],
  t: TFunction<'outcomes'>,
  n: (v: number, d: number) => string,
) {
  const low = rows.find((r) => r.band === 'low')!;
  const high = rows.find((r) => r.band === 'high')!;
  const said = t('fair.selection.sentence', {
    name: low.providerName,
    lowRejected: n(low.rejected, 0),
    lowDecided: n(low.rejected + low.accepted, 0),
    highRejected: n(high.rejected, 0),
    highDecided: n(high.rejected + high.accepted, 0),
  });
  const p = low.creamingP;
  const verdict =
    p === null
      ? t('fair.selection.noTest')
      : t(low.flagged ? 'fair.selection.flagged' : 'fair.selection.notFlagged', { p: n(p, 3) });
  return `${said} ${verdict}`;
}

function SelectionTable({ report, language }: { report: FairnessReport; language: Language }) {
  const { t } = useTranslation('outcomes');
  const n = (value: number, decimals: number) => formatNumber(value, decimals, language);
  const rows = report.selection.rows;
  const providers = [...new Set(rows.map((r) => r.providerCode))];
  const columns = ['referred', 'accepted', 'rejected', 'withdrawn', 'earlyEnds'] as const;
  return (
    <section className="app-section" aria-labelledby="fair-selection-heading">
      <h3 id="fair-selection-heading">{t('fair.selection.heading')}</h3>
      <p>{t('fair.selection.intro')}</p>
      {rows.length === 0 ? (
        <p className="app-empty">{t('fair.selection.empty')}</p>
      ) : (
        <>
          <div
            className="app-table-wrapper"
            tabIndex={0}
            role="region"
            aria-labelledby="fair-selection-caption"
          >
            <table className="table table--compact app-table">
              <caption id="fair-selection-caption" className="sr-only">
                {t('fair.selection.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('fair.columns.provider')}</th>
                  <th scope="col">{t('fair.selection.band')}</th>
                  {columns.map((c) => (
                    <th key={c} scope="col" className="align-text-right">
                      {t(`fair.selection.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.providerCode}-${row.band}`}>
                    <th scope="row">{row.providerName}</th>
                    <td>{t(`fair.selection.bands.${row.band}`)}</td>
                    {columns.map((c) => (
                      <td key={c} className="align-text-right">
                        {n(row[c], 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="app-plain-list">
            {providers.map((code) => (
              <li key={code}>
                {selectionSentence(
                  rows.filter((r) => r.providerCode === code),
                  t,
                  n,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function FairExtras({ report, language }: { report: FairnessReport; language: Language }) {
  return (
    <>
      <CostTable report={report} language={language} />
      <SelectionTable report={report} language={language} />
    </>
  );
}
