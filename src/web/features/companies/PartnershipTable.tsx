import { useTranslation } from 'react-i18next';
import { translate } from '../../../shared/messages.ts';
import { formatDate } from '../../components/format.ts';
import type { Partnership } from './company.api.ts';
import { useLanguage } from '../../components/useLanguage.ts';

interface PartnershipTableProps {
  items: Partnership[];
  caption: string;
  /** The date the network is looked at ('YYYY-MM-DD'), to tell ended from future partnerships. */
  onDate: string;
  /** Shown when the user may change the network. */
  onEdit?: ((partnership: Partnership) => void) | undefined;
  onDelete?: ((partnership: Partnership) => void) | undefined;
}

/** A provider's partnerships: company, CVR number, binding or not, period, offers and status. */
export function PartnershipTable({ items, caption, onDate, onEdit, onDelete }: PartnershipTableProps) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const date = (iso: string) => formatDate(iso, language);
  const canChange = Boolean(onEdit || onDelete);
  const status = (p: Partnership) =>
    p.isActive
      ? t('values.active')
      : p.startsOn > onDate
        ? t('values.future', { date: date(p.startsOn) })
        : t('values.ended');
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.company')}</th>
            <th scope="col">{t('columns.cvr')}</th>
            <th scope="col">{t('columns.binding')}</th>
            <th scope="col">{t('columns.period')}</th>
            <th scope="col">{t('columns.offers')}</th>
            <th scope="col">{t('columns.status')}</th>
            {canChange ? <th scope="col">{t('columns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((p) => {
            const name = p.company.name || t('values.unnamed');
            return (
              <tr key={p.id}>
                <th scope="row">
                  {name}
                  {p.company.industry ? <span className="app-muted"> · {p.company.industry}</span> : null}
                </th>
                <td className="app-nowrap">{p.company.cvr}</td>
                <td>{p.isBinding ? t('values.yes') : t('values.no')}</td>
                <td className="app-nowrap">
                  {p.endsOn
                    ? `${date(p.startsOn)} – ${date(p.endsOn)}`
                    : t('values.from', { date: date(p.startsOn) })}
                </td>
                <td>
                  {p.offers.length === 0 ? (
                    <span className="app-muted">{t('values.noOffers')}</span>
                  ) : (
                    p.offers.map((offer) => translate(language, `company.offer.${offer}`)).join(', ')
                  )}
                </td>
                <td>{status(p)}</td>
                {canChange ? (
                  <td className="app-nowrap">
                    {onEdit ? (
                      <button
                        type="button"
                        className="button button-tertiary app-row-action"
                        aria-label={t('network.editLabel', { name })}
                        onClick={() => onEdit(p)}
                      >
                        {t('network.edit')}
                      </button>
                    ) : null}
                    {onDelete ? (
                      <button
                        type="button"
                        className="button button-tertiary app-row-action"
                        aria-label={t('network.deleteLabel', { name })}
                        onClick={() => onDelete(p)}
                      >
                        {t('network.delete')}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
