import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useTenders, type TenderList } from '../agreements/agreement.api.ts';
import { evaluationPath } from './EvaluationFrame.tsx';
import { useDay } from '../../components/useFormat.ts';

type Tender = TenderList['items'][number];

/** /evaluering: the tenders, each linking to its evaluation. */
export function EvaluationListPage() {
  const { t } = useTranslation('tenders');
  usePageTitle(t('evaluation.listTitle'));
  const day = useDay();
  const tenders = useTenders();
  return (
    <>
      <h1>{t('evaluation.listTitle')}</h1>
      <p className="font-lead">{t('evaluation.listIntro')}</p>
      {tenders.isPending ? (
        <Loading />
      ) : tenders.isError ? (
        <ErrorAlert error={tenders.error} />
      ) : (
        <DataTable<Tender>
          caption={t('evaluation.listCaption')}
          rows={tenders.data.items}
          rowKey={(tender) => tender.id}
          columns={[
            {
              label: t('evaluation.tender'),
              rowHeader: true,
              sort: { kind: 'text', value: (tender) => tender.name },
              cell: (tender) => <Link to={evaluationPath(tender.id)}>{tender.name}</Link>,
            },
            {
              label: t('evaluation.decidedOn'),
              sort: { kind: 'date', value: (tender) => tender.decidedOn },
              cell: (tender) => (tender.decidedOn ? day(tender.decidedOn) : t('evaluation.notDecided')),
            },
          ]}
        />
      )}
    </>
  );
}
