import { useTranslation } from 'react-i18next';
import { translate } from '../../../shared/messages.ts';
import type { LocalPartner } from './company.api.ts';
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
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.kind')}</th>
            <th scope="col">{t('columns.contact')}</th>
            <th scope="col">{t('columns.cooperation')}</th>
            {canChange ? <th scope="col">{t('columns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((partner) => (
            <tr key={partner.id}>
              <th scope="row">
                {partner.name}
                {partner.socialPlan ? <span className="app-muted"> · {partner.socialPlan}</span> : null}
              </th>
              <td>{translate(language, `company.kind.${partner.kind}`)}</td>
              <td>
                <Contact partner={partner} />
              </td>
              <td>{partner.cooperation}</td>
              {canChange ? (
                <td className="app-nowrap">
                  {onEdit ? (
                    <button
                      type="button"
                      className="button button-tertiary app-row-action"
                      aria-label={t('network.editLabel', { name: partner.name })}
                      onClick={() => onEdit(partner)}
                    >
                      {t('network.edit')}
                    </button>
                  ) : null}
                  {onDelete ? (
                    <button
                      type="button"
                      className="button button-tertiary app-row-action"
                      aria-label={t('network.deleteLabel', { name: partner.name })}
                      onClick={() => onDelete(partner)}
                    >
                      {t('network.delete')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
