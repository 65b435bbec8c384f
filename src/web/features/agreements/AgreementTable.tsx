import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementSummary } from './agreement.api.ts';
import { StatusBadge } from './RecordParts.tsx';
import { useDay, useKroner } from '../../components/useFormat.ts';

type Column = 'provider' | 'tender' | 'area';

/** Agreements as a table: the first column links to the agreement; period, status and today's prices. */
export function AgreementTable({
  items,
  caption,
  columns,
}: {
  items: readonly AgreementSummary[];
  caption: string;
  /** Which of provider, tender and area to show (the first is the row header). */
  columns: readonly Column[];
}) {
  const { t } = useTranslation('agreements');
  const day = useDay();
  const kroner = useKroner();
  const cell = (agreement: AgreementSummary, column: Column) =>
    column === 'provider'
      ? agreement.provider.name
      : column === 'tender'
        ? agreement.tender.name
        : `${agreement.area.number}. ${agreement.area.name}`;
  const [first, ...rest] = columns;
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`agreement.${column}`)}
              </th>
            ))}
            <th scope="col">{t('agreement.period')}</th>
            <th scope="col">{t('agreement.status')}</th>
            <th scope="col" className="agr-number">
              {t('agreement.programmeToday')}
            </th>
            <th scope="col" className="agr-number">
              {t('agreement.aftercareToday')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((agreement) => (
            <tr key={agreement.id}>
              <th scope="row">
                <Link to={`/rammeaftaler/${agreement.id}`}>{cell(agreement, first!)}</Link>
              </th>
              {rest.map((column) => (
                <td key={column}>{cell(agreement, column)}</td>
              ))}
              <td className="app-nowrap">
                {day(agreement.startsOn)} – {day(agreement.endsOn)}
              </td>
              <td>
                <StatusBadge status={agreement.displayStatus} />
              </td>
              <td className="agr-number app-nowrap">{kroner(agreement.latestPrices.programme)}</td>
              <td className="agr-number app-nowrap">{kroner(agreement.latestPrices.aftercare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="agr-note">{t('agreement.pricesNote')}</p>
    </div>
  );
}
