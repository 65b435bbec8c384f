import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useTenders } from '../agreements/agreement.api.ts';
import { evaluationPath } from './EvaluationFrame.tsx';
import { useDay } from '../../components/useFormat.ts';

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
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('evaluation.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evaluation.tender')}</th>
                <th scope="col">{t('evaluation.decidedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {tenders.data.items.map((tender) => (
                <tr key={tender.id}>
                  <th scope="row">
                    <Link to={evaluationPath(tender.id)}>{tender.name}</Link>
                  </th>
                  <td>{tender.decidedOn ? day(tender.decidedOn) : t('evaluation.notDecided')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
