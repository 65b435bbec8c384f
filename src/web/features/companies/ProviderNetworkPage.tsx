import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert, useErrorMessage } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import {
  exportHref,
  networkApi,
  useProviderNetwork,
  useRefreshNetwork,
  type LocalPartner,
  type Network,
  type Partnership,
} from './company.api.ts';
import { IndicatorBox } from './IndicatorBox.tsx';
import { LocalPartnerForm } from './LocalPartnerForm.tsx';
import { LocalPartnerTable } from './LocalPartnerTable.tsx';
import { PartnershipForm } from './PartnershipForm.tsx';
import { PartnershipTable } from './PartnershipTable.tsx';
import { useStatusMessage } from '../../components/StatusMessage.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Editor<T> = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; item: T };

function NetworkView({ network }: { network: Network }) {
  const { t } = useTranslation('companies');
  const { can } = useSession();
  const canManage = can('network.manage');
  const refresh = useRefreshNetwork();
  const messageOf = useErrorMessage();
  const status = useStatusMessage('app-network-status');
  const [partnershipEditor, setPartnershipEditor] = useState<Editor<Partnership>>({ kind: 'closed' });
  const [partnerEditor, setPartnerEditor] = useState<Editor<LocalPartner>>({ kind: 'closed' });
  // After "Annuller", focus returns to the button that opened the form.
  const addPartnershipRef = useRef<HTMLButtonElement>(null);
  const addPartnerRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState<'partnership' | 'partner' | null>(null);
  useEffect(() => {
    if (returnFocus === 'partnership') addPartnershipRef.current?.focus();
    if (returnFocus === 'partner') addPartnerRef.current?.focus();
    if (returnFocus) setReturnFocus(null);
  }, [returnFocus]);
  const providerName = network.provider.name;
  const providerId = network.provider.id;

  const saved = (close: () => void) => (message: string) => {
    close();
    status.show(message);
  };
  const remove = async (question: string, done: string, call: () => Promise<unknown>) => {
    if (!window.confirm(question)) return;
    try {
      await call();
      await refresh();
      status.show(done);
    } catch (error) {
      status.show(messageOf(error), true);
    }
  };
  const deletePartnership = (p: Partnership) => {
    const name = p.company.name || p.company.cvr;
    void remove(
      t('network.confirmDeletePartnership', { name }),
      t('network.partnershipDeleted', { name }),
      () => networkApi.deletePartnership(p.id),
    );
  };
  const deleteLocalPartner = (l: LocalPartner) =>
    void remove(
      t('network.confirmDeleteLocalPartner', { name: l.name }),
      t('network.localPartnerDeleted', { name: l.name }),
      () => networkApi.deleteLocalPartner(l.id),
    );

  return (
    <>
      <IndicatorBox indicator={network.indicator} />
      {status.element}

      <section className="app-section" aria-labelledby="partnerships-heading">
        <div className="app-page-heading">
          <h2 id="partnerships-heading">{t('network.partnershipsHeading')}</h2>
          {canManage && partnershipEditor.kind === 'closed' ? (
            <button
              type="button"
              className="button button-secondary"
              ref={addPartnershipRef}
              onClick={() => setPartnershipEditor({ kind: 'new' })}
            >
              {t('network.addPartnership')}
            </button>
          ) : null}
        </div>
        <p>{t('network.partnershipsIntro')}</p>
        {partnershipEditor.kind !== 'closed' ? (
          <PartnershipForm
            key={partnershipEditor.kind === 'edit' ? partnershipEditor.item.id : 'new'}
            providerId={providerId}
            editing={partnershipEditor.kind === 'edit' ? partnershipEditor.item : undefined}
            onSaved={saved(() => setPartnershipEditor({ kind: 'closed' }))}
            onCancel={() => {
              setPartnershipEditor({ kind: 'closed' });
              setReturnFocus('partnership');
            }}
          />
        ) : null}
        {network.partnerships.length === 0 ? (
          <p className="app-empty">{t('network.noPartnerships')}</p>
        ) : (
          <PartnershipTable
            items={network.partnerships}
            caption={t('network.partnershipsCaption', { provider: providerName })}
            onDate={network.indicator.onDate}
            onEdit={canManage ? (item) => setPartnershipEditor({ kind: 'edit', item }) : undefined}
            onDelete={canManage ? deletePartnership : undefined}
          />
        )}
      </section>

      <section className="app-section" aria-labelledby="local-partners-heading">
        <div className="app-page-heading">
          <h2 id="local-partners-heading">{t('network.localPartnersHeading')}</h2>
          {canManage && partnerEditor.kind === 'closed' ? (
            <button
              type="button"
              className="button button-secondary"
              ref={addPartnerRef}
              onClick={() => setPartnerEditor({ kind: 'new' })}
            >
              {t('network.addLocalPartner')}
            </button>
          ) : null}
        </div>
        <p>{t('network.localPartnersIntro')}</p>
        {partnerEditor.kind !== 'closed' ? (
          <LocalPartnerForm
            key={partnerEditor.kind === 'edit' ? partnerEditor.item.id : 'new'}
            providerId={providerId}
            editing={partnerEditor.kind === 'edit' ? partnerEditor.item : undefined}
            onSaved={saved(() => setPartnerEditor({ kind: 'closed' }))}
            onCancel={() => {
              setPartnerEditor({ kind: 'closed' });
              setReturnFocus('partner');
            }}
          />
        ) : null}
        {network.localPartners.length === 0 ? (
          <p className="app-empty">{t('network.noLocalPartners')}</p>
        ) : (
          <LocalPartnerTable
            items={network.localPartners}
            caption={t('network.localPartnersCaption', { provider: providerName })}
            onEdit={canManage ? (item) => setPartnerEditor({ kind: 'edit', item }) : undefined}
            onDelete={canManage ? deleteLocalPartner : undefined}
          />
        )}
      </section>

      <section className="app-section" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('network.exportHeading')}</h2>
        <ul className="app-link-list">
          <li>
            <a href={exportHref(providerId, 'xlsx')} download>
              {t('network.exportXlsx')}
            </a>
          </li>
          <li>
            <a href={exportHref(providerId, 'csv')} download>
              {t('network.exportCsv')}
            </a>
          </li>
          <li>
            <a href={exportHref(providerId, 'csv-en')} download>
              {t('network.exportCsvEn')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

function NotFoundText() {
  const { t } = useTranslation('companies');
  const { me } = useSession();
  return (
    <>
      <p className="font-lead">{t('network.notFoundText')}</p>
      <p>
        <Link to={me.organisation.kind === 'provider' ? `/netvaerk/${me.organisation.id}` : '/netvaerk'}>
          {t('network.backToOverview')}
        </Link>
      </p>
    </>
  );
}

function LoadingNetwork({ providerId }: { providerId: string }) {
  const { t } = useTranslation('companies');
  const network = useProviderNetwork(providerId);
  const notFound =
    isApiError(network.error) && (network.error.status === 404 || network.error.status === 403);
  const title = network.data
    ? network.data.provider.name
    : notFound
      ? t('network.notFoundTitle')
      : t('network.titleFallback');
  usePageTitle(network.data ? t('network.pageTitle', { provider: network.data.provider.name }) : title);
  // One h1 throughout loading, so focus placed on it after navigation stays there.
  return (
    <>
      {network.data ? <p className="app-eyebrow">{t('network.eyebrow')}</p> : null}
      <h1>{title}</h1>
      {network.isPending ? (
        <Loading />
      ) : notFound ? (
        <NotFoundText />
      ) : network.isError ? (
        <ErrorAlert error={network.error} />
      ) : (
        <NetworkView network={network.data} />
      )}
    </>
  );
}

/** /netvaerk/:providerId — a provider's partnerships, local partners and indicator. */
export function ProviderNetworkPage() {
  const { t } = useTranslation('companies');
  const { providerId = '' } = useParams();
  if (!UUID.test(providerId)) {
    return (
      <InvalidId title={t('network.notFoundTitle')}>
        <NotFoundText />
      </InvalidId>
    );
  }
  return <LoadingNetwork key={providerId} providerId={providerId} />;
}

function InvalidId({ title, children }: { title: string; children: React.ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {children}
    </>
  );
}
