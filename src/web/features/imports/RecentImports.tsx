import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { useImportList } from './import.api.ts';
import { useLanguage } from '../../components/useLanguage.ts';

/** The latest imports, each with a button that shows its summary and errors. */
export function RecentImports({ onShow }: { onShow: (id: string) => void }) {
  const { t } = useTranslation('imports');
  const language = useLanguage();
  const list = useImportList();
  return (
    <section className="app-section" aria-labelledby="import-recent-heading">
      <h2 id="import-recent-heading">{t('recent.heading')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="app-empty">{t('recent.empty')}</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('recent.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('recent.startedAt')}</th>
                <th scope="col">{t('recent.kind')}</th>
                <th scope="col">{t('recent.file')}</th>
                <th scope="col">{t('recent.status')}</th>
                <th scope="col" className="align-text-right">
                  {t('recent.rows')}
                </th>
                <th scope="col">{t('recent.startedBy')}</th>
                <th scope="col">
                  <span className="sr-only">{t('recent.show')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.id}>
                  <td className="app-nowrap">{formatDateTime(item.startedAt, language)}</td>
                  <td>{t(`kinds.${item.kind}`)}</td>
                  <th scope="row">{item.fileName}</th>
                  <td>{t(`result.status.${item.status}`)}</td>
                  <td className="align-text-right">{item.rowsTotal}</td>
                  <td>{item.startedBy}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('recent.showLabel', { file: item.fileName })}
                      onClick={() => onShow(item.id)}
                    >
                      {t('recent.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
