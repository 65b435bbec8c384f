// The link from a provider's page to its follow-up meetings, for users who may read them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';

export function ProviderMeetingsLink({ providerId }: { providerId: string }) {
  const { t } = useTranslation('meetings');
  const { me, can } = useSession();
  const own = me.organisation.kind !== 'provider' || me.organisation.id === providerId;
  if (!can('meeting.read') || !own) return null;
  return (
    <p>
      <Link to={`/leverandoerer/${providerId}/moeder`}>{t('provider.link')}</Link>
    </p>
  );
}
