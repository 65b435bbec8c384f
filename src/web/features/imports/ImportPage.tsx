import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ImportForm } from './ImportForm.tsx';
import { ImportResult } from './ImportResult.tsx';
import { RecentImports } from './RecentImports.tsx';

/** /import — upload a file to import, follow the import, read its summary and errors; recent imports. */
export function ImportPage() {
  const { t } = useTranslation('imports');
  usePageTitle(t('title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const batchId = searchParams.get('batch');
  const show = (id: string) => setSearchParams({ batch: id });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('intro')}</p>
      <ImportForm onStarted={show} />
      {batchId ? <ImportResult key={batchId} batchId={batchId} /> : null}
      <RecentImports onShow={show} />
    </>
  );
}
