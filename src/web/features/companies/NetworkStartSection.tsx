import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useNetworkOverview } from './company.api.ts';
import { IndicatorBox } from './IndicatorBox.tsx';

function OwnIndicator({ providerId }: { providerId: string }) {
  const { t } = useTranslation('companies');
  const overview = useNetworkOverview();
  const own = overview.data?.items.find((item) => item.providerId === providerId);
  return (
    <section className="app-section" aria-labelledby="network-start-heading">
      <h2 id="network-start-heading">{t('start.heading')}</h2>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorAlert error={overview.error} />
      ) : own ? (
        <IndicatorBox indicator={own} headingLevel={3} />
      ) : null}
      <p>
        <Link to={`/netvaerk/${providerId}`}>{t('start.link')}</Link>
      </p>
    </section>
  );
}

/** A provider user's start page: their binding-partnership indicator and a link to the network. */
export function NetworkStartSection() {
  const { me } = useSession();
  if (me.organisation.kind !== 'provider') return null;
  return <OwnIndicator providerId={me.organisation.id} />;
}
