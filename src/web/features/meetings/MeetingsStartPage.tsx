// /moeder — where follow-up meetings start: a provider's lead goes to its own provider's meetings; the
// administration and the job centre choose the provider.
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useSession } from '../../app/session.ts';
import { useProviders } from '../agreements/agreement.api.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { Loaded } from '../../components/Page.tsx';

export function MeetingsStartPage() {
  const { t } = useTranslation('meetings');
  const { me } = useSession();
  const providers = useProviders();
  usePageTitle(t('provider.title'));
  if (me.organisation.kind === 'provider') {
    return <Navigate to={`/leverandoerer/${me.organisation.id}/moeder`} replace />;
  }
  return (
    <>
      <h1>{t('provider.title')}</h1>
      <p className="font-lead">{t('provider.intro')}</p>
      <h2>{t('start.choose')}</h2>
      <Loaded query={providers}>
        {(list) => (
          <ul>
            {list.items.map((provider) => (
              <li key={provider.id}>
                <Link to={`/leverandoerer/${provider.id}/moeder`}>{provider.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}
