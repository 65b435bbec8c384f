import { useTranslation } from 'react-i18next';
import { translate } from '../../../shared/messages.ts';
import { DataTable } from '../../components/DataTable.tsx';
import type { LocalPartner } from './company.api.ts';
import { RowActions } from './RowActions.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

interface LocalPartnerTableProps {
  items: LocalPartner[];
  caption: string;
  onEdit?: ((partner: LocalPartner) => void) | undefined;
  onDelete?: ((partner: LocalPartner) => void) | undefined;
}

function Contact({ partner }: { partner: LocalPartner }) {
  const { t } = useTranslation('companies');
  const parts = [partner.contactName, partner.contactEmail, partner.contactPhone].filter(Boolean);
  if (parts.length === 0) return <span className="app-muted">{t('values.noContact')}</span>;
  return (
    <ul className="app-plain-list">
      {partner.contactName ? <li>{partner.contactName}</li> : null}
      {partner.contactEmail ? (
        <li>
          <a href={`mailto:${partner.contactEmail}`}>{partner.contactEmail}</a>
        </li>
      ) : null}
      {partner.contactPhone ? <li className="app-nowrap">{partner.contactPhone}</li> : null}
    </ul>
  );
}

/** A provider's local partners: kind, name (with the social plan), contact and what the cooperation is about. */
export function LocalPartnerTable({ items, caption, onEdit, onDelete }: LocalPartnerTableProps) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const canChange = Boolean(onEdit || onDelete);
  const kind = (partner: LocalPartner) => translate(language, `company.kind.${partner.kind}`);
  return (
    <DataTable<LocalPartner>
      caption={caption}
      rows={items}
      rowKey={(partner) => partner.id}
      columns={[
        {
          label: t('columns.name'),
          rowHeader: true,
          sort: { kind: 'text', value: (partner) => partner.name },
          cell: (partner) => (
            <>
              {partner.name}
              {partner.socialPlan ? <span className="app-muted"> · {partner.socialPlan}</span> : null}
            </>
          ),
        },
        {
          label: t('columns.kind'),
          sort: { kind: 'text', value: (partner) => kind(partner) },
          cell: (partner) => kind(partner),
        },
        { label: t('columns.contact'), optional: true, cell: (partner) => <Contact partner={partner} /> },
        { label: t('columns.cooperation'), optional: true, cell: (partner) => partner.cooperation },
        canChange && {
          label: t('columns.actions'),
          className: 'app-nowrap',
          cell: (partner) => (
            <RowActions
              name={partner.name}
              onEdit={onEdit ? () => onEdit(partner) : undefined}
              onDelete={onDelete ? () => onDelete(partner) : undefined}
            />
          ),
        },
      ]}
    />
  );
}
