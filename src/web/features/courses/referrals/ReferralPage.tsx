import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { AcceptForm, RejectForm } from './DecisionForms.tsx';
import { referralApi, useReferral, useRefreshReferrals, type Referral } from './referral.api.ts';
import { isUuid, useDate } from './referral-format.ts';
import { ReferralMarks, StatusBadge } from './ReferralTable.tsx';

function Details({ referral }: { referral: Referral }) {
  const { t } = useTranslation('courses');
  const date = useDate();
  return (
    <section className="app-section" aria-labelledby="referral-details-heading">
      <h2 id="referral-details-heading">{t('referrals.page.details')}</h2>
      <dl className="app-details">
        <div>
          <dt>{t('referrals.page.citizen')}</dt>
          <dd>
            <Link to={`/borgere/${referral.citizen.id}`}>{referral.citizen.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('referrals.page.provider')}</dt>
          <dd>
            {referral.provider.name}
            {referral.provider.district ? ` (${referral.provider.district})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('referrals.page.programme')}</dt>
          <dd>{referral.tenderArea.name}</dd>
        </div>
        <div>
          <dt>{t('referrals.page.referredOn')}</dt>
          <dd>{date(referral.referredOn)}</dd>
        </div>
        <div>
          <dt>{t('referrals.page.referredBy')}</dt>
          <dd>{referral.referredBy?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('referrals.page.status')}</dt>
          <dd>
            <StatusBadge status={referral.status} /> <ReferralMarks referral={referral} />
          </dd>
        </div>
        <div>
          <dt>{t('referrals.page.offer')}</dt>
          <dd>
            {referral.offerType ? (
              <>
                {t(`referrals.offerType.${referral.offerType}`)}
                {referral.offerFrom
                  ? `, ${date(referral.offerFrom)} – ${referral.offerTo ? date(referral.offerTo) : ''}`
                  : ''}
              </>
            ) : (
              <span className="app-muted">{t('referrals.page.offerMissing')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('referrals.page.informedOn')}</dt>
          <dd>{referral.informedOn ? date(referral.informedOn) : '–'}</dd>
        </div>
        <div>
          <dt>{t('referrals.page.response')}</dt>
          <dd>{referral.citizenResponse ? t(`referrals.response.${referral.citizenResponse}`) : '–'}</dd>
        </div>
        {referral.citizenResponseReason ? (
          <div className="app-details-wide">
            <dt>{t('referrals.page.responseReason')}</dt>
            <dd className="app-notes">{referral.citizenResponseReason}</dd>
          </div>
        ) : null}
        {referral.targetGroupReason ? (
          <div className="app-details-wide">
            <dt>{t('referrals.page.targetGroupReason')}</dt>
            <dd className="app-notes">{referral.targetGroupReason}</dd>
          </div>
        ) : null}
        {referral.decidedOn ? (
          <>
            <div>
              <dt>{t('referrals.page.decidedOn')}</dt>
              <dd>{date(referral.decidedOn)}</dd>
            </div>
            <div>
              <dt>{t('referrals.page.decidedBy')}</dt>
              <dd>{referral.decidedBy?.name ?? '–'}</dd>
            </div>
          </>
        ) : null}
        {referral.decisionReason ? (
          <div className="app-details-wide">
            <dt>{t('referrals.page.reason')}</dt>
            <dd className="app-notes">{referral.decisionReason}</dd>
          </div>
        ) : null}
        <div className="app-details-wide">
          <dt>{t('referrals.page.note')}</dt>
          <dd className="app-notes">
            {referral.note ?? <span className="app-muted">{t('referrals.page.noNote')}</span>}
          </dd>
        </div>
        {referral.courseId ? (
          <div>
            <dt>{t('referrals.page.course')}</dt>
            <dd>
              <Link to={`/forloeb/${referral.courseId}`}>{t('referrals.page.openCourse')}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert-warning">
      <div className="alert-body">
        <ul className="alert-text nobullet-list">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Withdraw({ referral, onDone }: { referral: Referral; onDone: (message: string) => void }) {
  const { t } = useTranslation('courses');
  const refresh = useRefreshReferrals();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const withdraw = async () => {
    setPending(true);
    try {
      await referralApi.withdraw(referral.id);
      await refresh();
      onDone(t('referrals.page.withdrawn'));
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="app-actions">
      {error ? <ErrorAlert error={error} /> : null}
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        onClick={() => void withdraw()}
      >
        {pending ? t('referrals.page.withdrawing') : t('referrals.page.withdraw')}
      </button>
    </div>
  );
}

function ReferralView({
  referral,
  createdWarnings,
}: {
  referral: Referral;
  createdWarnings: string[] | null;
}) {
  const { t } = useTranslation('courses');
  const { can, me } = useSession();
  const [status, setStatus] = useState<string | null>(createdWarnings ? t('referrals.page.created') : null);
  const isPending = referral.status === 'pending';
  const mayDecide =
    isPending &&
    can('referral.decide') &&
    me.organisation.kind === 'provider' &&
    me.organisation.id === referral.provider.id;
  const mayWithdraw = isPending && can('referral.create') && me.organisation.kind === 'job_centre';
  return (
    <>
      <div role="status">
        {status ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{status}</p>
            </div>
          </div>
        ) : null}
      </div>
      {/* The creation's warnings until the referral is decided; then the referral's own (no "was full"). */}
      <Warnings warnings={isPending && createdWarnings ? createdWarnings : referral.warnings} />
      <Details referral={referral} />
      {mayDecide ? (
        <section className="app-section" aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t('referrals.decision.heading')}</h2>
          <p>{t('referrals.decision.intro')}</p>
          <AcceptForm referral={referral} onDone={(message) => setStatus(message)} />
          <RejectForm referral={referral} onDone={setStatus} />
        </section>
      ) : null}
      {mayWithdraw ? <Withdraw referral={referral} onDone={setStatus} /> : null}
      <p>
        <Link to="/henvisninger">{t('referrals.page.backToList')}</Link>
      </p>
    </>
  );
}

function LoadingReferral({ id }: { id: string }) {
  const { t } = useTranslation('courses');
  const location = useLocation();
  const navigate = useNavigate();
  // The refer page passes the new referral's warnings; remembered here and dropped from history, so a
  // reload does not announce the creation again.
  const [createdWarnings] = useState(
    () => (location.state as { createdWarnings?: string[] } | null)?.createdWarnings ?? null,
  );
  useEffect(() => {
    if (createdWarnings) void navigate(location.pathname, { replace: true, state: null });
  }, [createdWarnings, navigate, location.pathname]);
  const referral = useReferral(id);
  const notFound =
    isApiError(referral.error) && (referral.error.status === 404 || referral.error.status === 403);
  const title = referral.data
    ? t('referrals.page.title', { name: referral.data.citizen.name })
    : t('referrals.page.eyebrow');
  usePageTitle(title);
  return (
    <>
      <p className="app-eyebrow">{t('referrals.page.eyebrow')}</p>
      <h1>{title}</h1>
      {referral.isPending ? (
        <Loading />
      ) : notFound ? (
        <p className="font-lead">{t('referrals.page.notFound')}</p>
      ) : referral.isError ? (
        <ErrorAlert error={referral.error} />
      ) : (
        <ReferralView referral={referral.data} createdWarnings={createdWarnings} />
      )}
    </>
  );
}

function InvalidReferralId() {
  const { t } = useTranslation('courses');
  usePageTitle(t('referrals.page.eyebrow'));
  return (
    <>
      <h1>{t('referrals.page.eyebrow')}</h1>
      <p className="font-lead">{t('referrals.page.notFound')}</p>
    </>
  );
}

/** /henvisninger/:id — one referral; the provider answers it here, the job centre may withdraw it. */
export function ReferralPage() {
  const { id = '' } = useParams();
  if (!isUuid(id)) return <InvalidReferralId />;
  return <LoadingReferral key={id} id={id} />;
}
