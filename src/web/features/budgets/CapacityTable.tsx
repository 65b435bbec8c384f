import { useTranslation } from 'react-i18next';
import { TableWrapper } from './TableWrapper.tsx';
import type { Language } from '../../../shared/messages.ts';
import type { CapacityView } from './budget.api.ts';
import { formatInteger, formatMoney, formatTenths } from './format.ts';

const num = 'align-text-right app-nowrap';

function signed(value: number, language: Language): string {
  return value > 0 ? `+${formatInteger(value, language)}` : formatInteger(value, language);
}

/** Capacity per agreement (provider and area) with the total; with a what-if, the new numbers too. */
export function CapacityTable({ view, language }: { view: CapacityView; language: Language }) {
  const { t } = useTranslation('budgets');
  const frame = view.frame!;
  const hasWhatIf = view.whatIf !== null;
  // Without aftercare weeks the aftercare price buys nothing: its column would only widen the table.
  const hasAftercare = frame.expectedAftercareWeeks > 0;
  const money = (ore: number | null | undefined) =>
    ore === null || ore === undefined ? (
      <span className="app-muted">{t('capacity.noPrice')}</span>
    ) : (
      formatMoney(ore, language, { unit: false })
    );
  return (
    <TableWrapper captionId="capacity-caption">
      <table className="table table--compact app-table" id="capacity-table">
        <caption id="capacity-caption">
          {t('capacity.caption', { programme: frame.programme, year: frame.year })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('capacity.columns.provider')}</th>
            <th scope="col">{t('capacity.columns.area')}</th>
            <th scope="col" className={num}>
              {t('capacity.columns.programmePrice')}
            </th>
            {hasAftercare ? (
              <th scope="col" className={num}>
                {t('capacity.columns.aftercarePrice')}
              </th>
            ) : null}
            <th scope="col" className={num}>
              {t('capacity.columns.share')}
            </th>
            <th scope="col" className={num}>
              {t('capacity.columns.citizens')}
            </th>
            <th scope="col" className={num}>
              {t('capacity.columns.concurrent')}
            </th>
            <th scope="col" className={num}>
              {t('capacity.columns.citizenWeeks')}
            </th>
            <th scope="col" className={num}>
              {t('capacity.columns.leftover')}
            </th>
            {hasWhatIf ? (
              <>
                <th scope="col" className={num}>
                  {t('capacity.columns.newPrice')}
                </th>
                <th scope="col" className={num}>
                  {t('capacity.columns.newCitizens')}
                </th>
                <th scope="col" className={num}>
                  {t('capacity.columns.difference')}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.agreementId}>
              <th scope="row">{row.providerName}</th>
              <td>{row.tenderAreaName}</td>
              <td className={num}>
                {money(row.programmeWeeklyOre)}
                {row.agreedProgrammeWeeklyOre !== null &&
                row.agreedProgrammeWeeklyOre !== row.programmeWeeklyOre ? (
                  <>
                    <br />
                    <span className="app-muted">
                      {t('capacity.agreedPrice', {
                        amount: formatMoney(row.agreedProgrammeWeeklyOre, language, { unit: false }),
                      })}
                    </span>
                  </>
                ) : null}
              </td>
              {hasAftercare ? <td className={num}>{money(row.aftercareWeeklyOre)}</td> : null}
              <td className={num}>{formatMoney(row.shareOre, language, { unit: false })}</td>
              <td className={num}>
                {row.capacity ? formatInteger(row.capacity.citizensPerYear, language) : '–'}
              </td>
              <td className={num}>
                {row.capacity ? formatTenths(row.capacity.concurrentTenths, language) : '–'}
              </td>
              <td className={num}>
                {row.capacity ? formatInteger(row.capacity.citizenWeeks, language) : '–'}
              </td>
              <td className={num}>
                {row.capacity ? formatMoney(row.capacity.leftoverOre, language, { unit: false }) : '–'}
              </td>
              {hasWhatIf ? (
                <>
                  <td className={num}>
                    {row.whatIf ? formatMoney(row.whatIf.programmeWeeklyOre, language, { unit: false }) : '–'}
                  </td>
                  <td className={num}>
                    {row.whatIf ? formatInteger(row.whatIf.capacity.citizensPerYear, language) : '–'}
                  </td>
                  <td className={num}>
                    {row.whatIf ? signed(row.whatIf.difference.citizensPerYear, language) : '–'}
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="weight-semibold">
            <th scope="row" colSpan={hasAftercare ? 4 : 3}>
              {t('common.total')}
            </th>
            <td className={num}>{formatMoney(view.total.shareOre, language, { unit: false })}</td>
            <td className={num}>{formatInteger(view.total.citizensPerYear, language)}</td>
            <td className={num}>{formatTenths(view.total.concurrentTenths, language)}</td>
            <td className={num}>{formatInteger(view.total.citizenWeeks, language)}</td>
            <td className={num}>{formatMoney(view.total.leftoverOre, language, { unit: false })}</td>
            {view.whatIf ? (
              <>
                <td />
                <td className={num}>{formatInteger(view.whatIf.total.citizensPerYear, language)}</td>
                <td className={num}>{signed(view.whatIf.difference.citizensPerYear, language)}</td>
              </>
            ) : null}
          </tr>
        </tfoot>
      </table>
    </TableWrapper>
  );
}
