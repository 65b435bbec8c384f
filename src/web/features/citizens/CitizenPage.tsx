import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Language } from '../../../shared/messages.ts';
import { isApiError } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CitizenReferralsSection } from '../courses/referrals/CitizenReferralsSection.tsx';
import { CitizenTalksSection } from '../courses/talks/CitizenTalksSection.tsx';
import { AccessLogSection } from './AccessLogSection.tsx';
import { citizenExportHref, useCitizen, type CitizenDetail } from './citizen.api.ts';
import { useLanguage } from '../../components/useLanguage.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Out of scope and missing look the same (the server answers 404 for both). */
function CitizenNotFoundText() {
  const { t } = useTranslation();
  return (
    <>
      <p className="font-lead">{t('citizen.notFoundText')}</p>
      <p>
        <Link to="/borgere">{t('citizen.backToSearch')}</Link>
      </p>
    </>
  );
}

function Details({ citizen, language }: { citizen: CitizenDetail; language: Language }) {
  const { t } = useTranslation();
  return (
    <section className="app-section" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('citizen.details')}</h2>
      <dl className="app-details">
        <div>
          <dt>{t('citizen.cpr')}</dt>
          <dd className="app-nowrap">{citizen.cpr}</dd>
        </div>
        <div>
          <dt>{t('citizen.name')}</dt>
          <dd>{citizen.name}</dd>
        </div>
        <div>
          <dt>{t('citizen.district')}</dt>
          <dd>{citizen.district ?? <span className="app-muted">{t('citizens.noDistrict')}</span>}</dd>
        </div>
        <div>
          <dt>{t('citizen.jobCentre')}</dt>
          <dd>{citizen.jobCentre.name}</dd>
        </div>
        <div>
          <dt>{t('citizen.providers')}</dt>
          <dd>
            {citizen.providers.length === 0 ? (
              <span className="app-muted">{t('citizen.noProviders')}</span>
            ) : (
              <ul className="app-plain-list">
                {citizen.providers.map((provider) => (
                  <li key={provider.id}>{provider.name}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('citizen.createdAt')}</dt>
          <dd>
            <time dateTime={citizen.createdAt}>{formatDate(citizen.createdAt, language)}</time>
          </dd>
        </div>
        <div className="app-details-wide">
          <dt>{t('citizen.notes')}</dt>
          <dd className="app-notes">
            {citizen.notes ? citizen.notes : <span className="app-muted">{t('citizen.noNotes')}</span>}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The citizen's right of access (GDPR art. 15): the whole case as one document, PDF or JSON. */
function ExportSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  return (
    <section className="app-section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('citizen.export.heading')}</h2>
      <p>{t('citizen.export.intro')}</p>
      <ul className="app-plain-list">
        <li>
          <a href={citizenExportHref(citizenId, 'pdf')} download>
            {t('citizen.export.pdf')}
          </a>
        </li>
        <li>
          <a href={citizenExportHref(citizenId, 'json')} download>
            {t('citizen.export.json')}
          </a>
        </li>
      </ul>
    </section>
  );
}

function CitizenView({ citizen }: { citizen: CitizenDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const language = useLanguage();
  // The create form passes { created: true }; remembered here and dropped from history, so a reload
  // does not announce the creation again.
  const [justCreated] = useState(() => (location.state as { created?: boolean } | null)?.created === true);
  useEffect(() => {
    if (justCreated) void navigate(location.pathname, { replace: true, state: null });
  }, [justCreated, navigate, location.pathname]);
  return (
    <>
      {justCreated ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('citizen.created')}</p>
          </div>
        </div>
      ) : null}
      {citizen.warnings.length > 0 ? (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-heading">{t('citizen.warnings')}</p>
            <ul className="alert-text">
              {citizen.warnings.map((warning) => (
                <li key={`${warning.field}:${warning.message}`}>{warning.message}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <Details citizen={citizen} language={language} />
      <CitizenReferralsSection citizenId={citizen.id} />
      <CitizenTalksSection citizenId={citizen.id} />
      {can('citizen.access_log.read') ? (
        <AccessLogSection citizenId={citizen.id} citizenName={citizen.name} />
      ) : null}
      {can('citizen.export') ? <ExportSection citizenId={citizen.id} /> : null}
    </>
  );
}

function isNotFound(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 403);
}

function LoadingCitizen({ id }: { id: string }) {
  const { t } = useTranslation();
  const citizen = useCitizen(id);
  const notFound = isNotFound(citizen.error);
  const title = citizen.data?.name ?? (notFound ? t('citizen.notFoundTitle') : t('citizen.title'));
  usePageTitle(title);
  // One h1 element throughout loading, so focus placed on it after navigation stays there.
  return (
    <>
      {citizen.data ? <p className="app-eyebrow">{t('citizen.title')}</p> : null}
      <h1>{title}</h1>
      {citizen.isPending ? (
        <Loading />
      ) : notFound ? (
        <CitizenNotFoundText />
      ) : citizen.isError ? (
        <ErrorAlert error={citizen.error} />
      ) : (
        <CitizenView citizen={citizen.data} />
      )}
    </>
  );
}

function InvalidCitizenId() {
  const { t } = useTranslation();
  usePageTitle(t('citizen.notFoundTitle'));
  return (
    <>
      <h1>{t('citizen.notFoundTitle')}</h1>
      <CitizenNotFoundText />
    </>
  );
}

/** /borgere/:id — the citizen's details and, for caseworkers, who has viewed the case. */
export function CitizenPage() {
  const { id = '' } = useParams();
  // Not an id at all: no need to ask the server (which would say 404 too).
  if (!UUID.test(id)) return <InvalidCitizenId />;
  return <LoadingCitizen key={id} id={id} />;
}
