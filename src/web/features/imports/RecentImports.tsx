import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { useImportList, type ImportList } from './import.api.ts';
import { useLanguage } from '../../components/useLanguage.ts';

type ImportItem = ImportList['items'][number];

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
        <DataTable<ImportItem>
          caption={t('recent.caption')}
          rows={list.data.items}
          rowKey={(item) => item.id}
          columns={[
            {
              label: t('recent.startedAt'),
              className: 'app-nowrap',
              sort: { kind: 'date', value: (item) => item.startedAt },
              cell: (item) => formatDateTime(item.startedAt, language),
            },
            {
              label: t('recent.kind'),
              sort: { kind: 'text', value: (item) => t(`kinds.${item.kind}`) },
              cell: (item) => t(`kinds.${item.kind}`),
            },
            {
              label: t('recent.file'),
              rowHeader: true,
              sort: { kind: 'text', value: (item) => item.fileName },
              cell: (item) => item.fileName,
            },
            {
              label: t('recent.status'),
              sort: { kind: 'text', value: (item) => t(`result.status.${item.status}`) },
              cell: (item) => t(`result.status.${item.status}`),
            },
            {
              label: t('recent.rows'),
              className: 'align-text-right',
              optional: true,
              sort: { kind: 'number', value: (item) => item.rowsTotal },
              cell: (item) => item.rowsTotal,
            },
            {
              label: t('recent.startedBy'),
              optional: true,
              sort: { kind: 'text', value: (item) => item.startedBy },
              cell: (item) => item.startedBy,
            },
            {
              label: t('recent.show'),
              labelHidden: true,
              cell: (item) => (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('recent.showLabel', { file: item.fileName })}
                  onClick={() => onShow(item.id)}
                >
                  {t('recent.show')}
                </button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
