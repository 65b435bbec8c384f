import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementSummary } from './agreement.api.ts';
import { StatusBadge } from './RecordParts.tsx';
import { DataTable, type ColumnDef } from '../../components/DataTable.tsx';
import { useDay, useKroner } from '../../components/useFormat.ts';

type Column = 'provider' | 'tender' | 'area';

const number = 'agr-number app-nowrap';

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
  // The price in force (indexed), with the agreed price under it when an indexation has changed it.
  const priceCell = (agreement: AgreementSummary, kind: 'programme' | 'aftercare') => {
    const inForce = agreement.latestPrices[kind];
    const agreed = agreement.latestAgreedPrices[kind];
    return (
      <>
        {kroner(inForce)}
        {agreed !== null && agreed !== inForce ? (
          <>
            <br />
            <span className="app-muted">{t('agreement.agreedPrice', { amount: kroner(agreed) })}</span>
          </>
        ) : null}
      </>
    );
  };
  const text = (agreement: AgreementSummary, column: Column) =>
    column === 'provider'
      ? agreement.provider.name
      : column === 'tender'
        ? agreement.tender.name
        : `${agreement.area.number}. ${agreement.area.name}`;
  const named = columns.map((column, index): ColumnDef<AgreementSummary> => ({
    label: t(`agreement.${column}`),
    rowHeader: index === 0,
    sort: { kind: 'text', value: (agreement) => text(agreement, column) },
    cell: (agreement) =>
      index === 0 ? (
        <Link to={`/rammeaftaler/${agreement.id}`}>{text(agreement, column)}</Link>
      ) : (
        text(agreement, column)
      ),
  }));
  return (
    <>
      <DataTable<AgreementSummary>
        caption={caption}
        rows={items}
        rowKey={(agreement) => agreement.id}
        columns={[
          ...named,
          {
            label: t('agreement.period'),
            className: 'app-nowrap',
            sort: { kind: 'date', value: (agreement) => agreement.startsOn },
            cell: (agreement) => (
              <>
                {day(agreement.startsOn)} – {day(agreement.endsOn)}
              </>
            ),
          },
          {
            label: t('agreement.status'),
            cell: (agreement) => <StatusBadge status={agreement.displayStatus} />,
          },
          {
            label: t('agreement.programmeToday'),
            className: number,
            optional: true,
            sort: { kind: 'number', value: (agreement) => agreement.latestPrices.programme },
            cell: (agreement) => priceCell(agreement, 'programme'),
          },
          {
            label: t('agreement.aftercareToday'),
            className: number,
            optional: true,
            sort: { kind: 'number', value: (agreement) => agreement.latestPrices.aftercare },
            cell: (agreement) => priceCell(agreement, 'aftercare'),
          },
        ]}
      />
      <p className="agr-note">{t('agreement.pricesNote')}</p>
    </>
  );
}
