import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
import type { CitizenList } from './citizen.api.ts';

type Citizen = CitizenList['items'][number];

/** Citizens as a table: name (link to the citizen), CPR number and district; sortable by name and district. */
export function CitizenTable({ items, caption }: { items: CitizenList['items']; caption: string }) {
  const { t } = useTranslation();
  return (
    <DataTable<Citizen>
      caption={caption}
      rows={items}
      rowKey={(citizen) => citizen.id}
      columns={[
        {
          label: t('citizens.columns.name'),
          rowHeader: true,
          sort: { kind: 'text', value: (citizen) => citizen.name },
          cell: (citizen) => <Link to={`/borgere/${citizen.id}`}>{citizen.name}</Link>,
        },
        { label: t('citizens.columns.cpr'), className: 'app-nowrap', cell: (citizen) => citizen.cpr },
        {
          label: t('citizens.columns.district'),
          optional: true,
          sort: { kind: 'text', value: (citizen) => citizen.district },
          cell: (citizen) =>
            citizen.district ?? <span className="app-muted">{t('citizens.noDistrict')}</span>,
        },
      ]}
    />
  );
}
