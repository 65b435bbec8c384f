import { useTranslation } from 'react-i18next';
import { translate } from '../../../shared/messages.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate } from '../../components/format.ts';
import type { Partnership } from './company.api.ts';
import { RowActions } from './RowActions.tsx';
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
  const name = (p: Partnership) => p.company.name || t('values.unnamed');
  const status = (p: Partnership) =>
    p.isActive
      ? t('values.active')
      : p.startsOn > onDate
        ? t('values.future', { date: date(p.startsOn) })
        : t('values.ended');
  return (
    <DataTable<Partnership>
      caption={caption}
      rows={items}
      rowKey={(p) => p.id}
      columns={[
        {
          label: t('columns.company'),
          rowHeader: true,
          sort: { kind: 'text', value: (p) => name(p) },
          cell: (p) => (
            <>
              {name(p)}
              {p.company.industry ? <span className="app-muted"> · {p.company.industry}</span> : null}
            </>
          ),
        },
        { label: t('columns.cvr'), className: 'app-nowrap', optional: true, cell: (p) => p.company.cvr },
        {
          label: t('columns.binding'),
          sort: { kind: 'text', value: (p) => (p.isBinding ? t('values.yes') : t('values.no')) },
          cell: (p) => (p.isBinding ? t('values.yes') : t('values.no')),
        },
        {
          label: t('columns.period'),
          className: 'app-nowrap',
          sort: { kind: 'date', value: (p) => p.startsOn },
          cell: (p) =>
            p.endsOn
              ? `${date(p.startsOn)} – ${date(p.endsOn)}`
              : t('values.from', { date: date(p.startsOn) }),
        },
        {
          label: t('columns.offers'),
          optional: true,
          cell: (p) =>
            p.offers.length === 0 ? (
              <span className="app-muted">{t('values.noOffers')}</span>
            ) : (
              p.offers.map((offer) => translate(language, `company.offer.${offer}`)).join(', ')
            ),
        },
        { label: t('columns.status'), sort: { kind: 'text', value: status }, cell: status },
        canChange && {
          label: t('columns.actions'),
          className: 'app-nowrap',
          cell: (p) => (
            <RowActions
              name={name(p)}
              onEdit={onEdit ? () => onEdit(p) : undefined}
              onDelete={onDelete ? () => onDelete(p) : undefined}
            />
          ),
        },
      ]}
    />
  );
}
