import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { evaluationPath } from './EvaluationFrame.tsx';

/** The link from a tender's page (agreements feature) to its evaluation, for users with tender.read. */
export function EvaluationLink({ tenderId }: { tenderId: string }) {
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  if (!can('tender.read')) return null;
  return (
    <p>
      <Link to={evaluationPath(tenderId)}>{t('evaluation.nav')}</Link>
    </p>
  );
}
