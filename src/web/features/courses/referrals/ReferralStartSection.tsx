// A provider's start page: how many referrals wait for an answer, and a link to them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useReferrals } from './referral.api.ts';

function WaitingCount() {
  const { t } = useTranslation('courses');
  const waiting = useReferrals('pending', 1);
  return (
    <section className="app-section" aria-labelledby="referrals-start-heading">
      <h2 id="referrals-start-heading">{t('referrals.start.heading')}</h2>
      {waiting.isPending ? (
        <Loading />
      ) : waiting.isError ? (
        <ErrorAlert error={waiting.error} />
      ) : (
        <p className="font-lead">
          {waiting.data.pendingCount === 0
            ? t('referrals.start.none')
            : t('referrals.start.count', { count: waiting.data.pendingCount })}
        </p>
      )}
      <p>
        <Link to="/henvisninger?status=pending">{t('referrals.start.link')}</Link>
      </p>
    </section>
  );
}

export function ReferralStartSection() {
  const { me } = useSession();
  if (me.organisation.kind !== 'provider') return null;
  return <WaitingCount />;
}
