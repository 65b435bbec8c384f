import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAgreements } from './agreement.api.ts';
import { AgreementTable } from './AgreementTable.tsx';

/** Procurement's start page: agreements that end within 6 months, soonest first, to extend or re-tender. */
export function ExpiringAgreementsSection() {
  const { t } = useTranslation('agreements');
  const agreements = useAgreements({ expiringWithinMonths: 6 });
  return (
    <section className="app-section" aria-labelledby="expiring-heading">
      <h2 id="expiring-heading">{t('start.expiringHeading')}</h2>
      {agreements.isPending ? (
        <Loading />
      ) : agreements.isError ? (
        <ErrorAlert error={agreements.error} />
      ) : agreements.data.items.length === 0 ? (
        <p className="app-empty">{t('start.expiringNone')}</p>
      ) : (
        <AgreementTable
          items={agreements.data.items}
          caption={t('start.expiringHeading')}
          columns={['provider', 'area', 'tender']}
        />
      )}
      <p>
        <Link to="/rammeaftaler">{t('start.allAgreements')}</Link>
      </p>
    </section>
  );
}

/** A provider's start page: their own framework agreements with today's weekly prices. */
export function MyAgreementSection() {
  const { me } = useSession();
  return me.organisation.kind === 'provider' ? <MyAgreements /> : null;
}

function MyAgreements() {
  const { t } = useTranslation('agreements');
  const { me } = useSession();
  const agreements = useAgreements({ providerId: me.organisation.id });
  return (
    <section className="app-section" aria-labelledby="my-agreement-heading">
      <h2 id="my-agreement-heading">{t('start.mineHeading')}</h2>
      {agreements.isPending ? (
        <Loading />
      ) : agreements.isError ? (
        <ErrorAlert error={agreements.error} />
      ) : agreements.data.items.length === 0 ? (
        <p className="app-empty">{t('start.mineNone')}</p>
      ) : (
        <>
          <AgreementTable
            items={agreements.data.items}
            caption={t('start.mineCaption', { name: me.organisation.name })}
            columns={['area', 'tender']}
          />
          <p>{t('start.mineNote')}</p>
        </>
      )}
    </section>
  );
}
