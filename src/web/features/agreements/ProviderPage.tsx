import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ProviderMeetingsLink } from '../meetings/ProviderMeetingsLink.tsx';
import { useProvider, type ProviderDetail } from './agreement.api.ts';
import { AgreementTable } from './AgreementTable.tsx';
import { RecordPage } from '../../components/Page.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

/** The message a form passed in navigation state, shown once (a reload does not repeat it). */
export function useSavedMessage(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [saved] = useState(() => (location.state as { saved?: string } | null)?.saved ?? null);
  useEffect(() => {
    if (saved) void navigate(location.pathname + location.search, { replace: true, state: null });
  }, [saved, navigate, location.pathname, location.search]);
  return saved;
}

function History({ provider }: { provider: ProviderDetail }) {
  const { t } = useTranslation('agreements');
  if (provider.providerSince) return <>{t('provider.sinceText', { year: provider.providerSince })}</>;
  if (provider.firstAgreementYear)
    return <>{t('provider.firstAgreement', { year: provider.firstAgreementYear })}</>;
  return <span className="app-muted">{t('provider.notGiven')}</span>;
}

function ProviderView({ provider }: { provider: ProviderDetail }) {
  const { t } = useTranslation('agreements');
  const { me, can } = useSession();
  const saved = useSavedMessage();
  const value = (text: string | null) => text ?? <span className="app-muted">{t('provider.notGiven')}</span>;
  const seesAgreements = me.organisation.kind !== 'provider' || me.organisation.id === provider.id;
  return (
    <>
      {saved ? <Saved>{t(saved === 'created' ? 'providerForm.created' : 'form.saved')}</Saved> : null}
      {can('agreement.manage') ? (
        <p className="agr-actions">
          <Link className="button button-secondary" to={`/leverandoerer/${provider.id}/rediger`}>
            {t('providerForm.edit')}
          </Link>
          <Link className="button button-secondary" to={`/rammeaftaler/ny?leverandoer=${provider.id}`}>
            {t('agreements.create')}
          </Link>
        </p>
      ) : null}
      <ProviderMeetingsLink providerId={provider.id} />
      <section className="app-section" aria-labelledby="provider-details-heading">
        <h2 id="provider-details-heading">{t('provider.details')}</h2>
        <dl className="app-details">
          <div>
            <dt>{t('provider.cvr')}</dt>
            <dd className="app-nowrap">{value(provider.cvr)}</dd>
          </div>
          <div>
            <dt>{t('provider.district')}</dt>
            <dd>{provider.district ?? <span className="app-muted">{t('provider.unknown')}</span>}</dd>
          </div>
          <div>
            <dt>{t('provider.neighbourhood')}</dt>
            <dd>{value(provider.neighbourhood)}</dd>
          </div>
          <div>
            <dt>{t('provider.history')}</dt>
            <dd>
              <History provider={provider} />
            </dd>
          </div>
          <div>
            <dt>{t('provider.address')}</dt>
            <dd>{value(provider.address)}</dd>
          </div>
          <div>
            <dt>{t('provider.contactName')}</dt>
            <dd>{value(provider.contactName)}</dd>
          </div>
          <div>
            <dt>{t('provider.contactEmail')}</dt>
            <dd>
              {provider.contactEmail ? (
                <a href={`mailto:${provider.contactEmail}`}>{provider.contactEmail}</a>
              ) : (
                value(null)
              )}
            </dd>
          </div>
          <div>
            <dt>{t('provider.contactPhone')}</dt>
            <dd>{value(provider.contactPhone)}</dd>
          </div>
          <div className="app-details-wide">
            <dt>{t('provider.description')}</dt>
            <dd className="app-notes">{value(provider.description)}</dd>
          </div>
        </dl>
      </section>
      <section className="app-section" aria-labelledby="provider-agreements-heading">
        <h2 id="provider-agreements-heading">{t('agreements.title')}</h2>
        {!seesAgreements ? (
          <p className="app-empty">{t('provider.onlyOwnAgreements')}</p>
        ) : provider.agreements.length === 0 ? (
          <p className="app-empty">{t('provider.noAgreements')}</p>
        ) : (
          <AgreementTable
            items={provider.agreements}
            caption={t('provider.agreementsCaption', { name: provider.name })}
            columns={['area', 'tender']}
          />
        )}
      </section>
    </>
  );
}

/** /leverandoerer/:id — a provider's details, history and agreements with today's prices. */
export function ProviderPage() {
  const { t } = useTranslation('agreements');
  const { id = '' } = useParams();
  return (
    <RecordPage query={useProvider(id)} kind={t('provider.title')} titleOf={(provider) => provider.name}>
      {(provider) => <ProviderView provider={provider} />}
    </RecordPage>
  );
}
