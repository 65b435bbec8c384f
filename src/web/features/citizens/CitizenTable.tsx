import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CitizenList } from './citizen.api.ts';

/** Citizens as a table: name (link to the citizen), CPR number and district. */
export function CitizenTable({ items, caption }: { items: CitizenList['items']; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('citizens.columns.name')}</th>
            <th scope="col">{t('citizens.columns.cpr')}</th>
            <th scope="col">{t('citizens.columns.district')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((citizen) => (
            <tr key={citizen.id}>
              <th scope="row">
                <Link to={`/borgere/${citizen.id}`}>{citizen.name}</Link>
              </th>
              <td className="app-nowrap">{citizen.cpr}</td>
              <td>{citizen.district ?? <span className="app-muted">{t('citizens.noDistrict')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
