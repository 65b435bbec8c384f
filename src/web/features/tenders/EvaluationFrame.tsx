// The frame of every evaluation page: the tender's name above one h1 (the page), the evaluation's own
// navigation (aria-current on the page shown), the decided state, and the overview (award model, who may
// see bids) loaded once for the page.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useEvaluationOverview, type EvaluationOverview } from './evaluation.api.ts';
import { useDay } from '../../components/useFormat.ts';

export type Section = 'overview' | 'setup' | 'bids' | 'scores' | 'results';

const PATHS: Record<Section, string> = {
  overview: '',
  setup: '/model',
  bids: '/bud',
  scores: '/point',
  results: '/resultat',
};

export const evaluationPath = (tenderId: string, section: Section = 'overview') =>
  `/evaluering/${tenderId}${PATHS[section]}`;

function SectionNav({ tenderId, current }: { tenderId: string; current: Section }) {
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  const sections = (Object.keys(PATHS) as Section[]).filter((s) => s !== 'setup' || can('tender.manage'));
  return (
    <nav aria-label={t('evaluation.sectionsLabel')} className="tnd-sections">
      <ul className="nobullet-list">
        {sections.map((section) => (
          <li key={section}>
            <NavLink
              to={evaluationPath(tenderId, section)}
              end
              aria-current={section === current ? 'page' : undefined}
              className={section === current ? 'tnd-current' : undefined}
            >
              {t(`evaluation.sections.${section}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Notes on the tender's state: decided (read-only), or bids hidden from this user until then. */
export function StateNotes({ overview }: { overview: EvaluationOverview }) {
  const { t } = useTranslation('tenders');
  const day = useDay();
  if (overview.decidedOn) {
    return (
      <div className="alert alert-info">
        <div className="alert-body">
          <p className="alert-text">{t('evaluation.decidedNote', { date: day(overview.decidedOn) })}</p>
        </div>
      </div>
    );
  }
  if (!overview.maySeeBids) {
    return (
      <div className="alert alert-info">
        <div className="alert-body">
          <p className="alert-text">{t('evaluation.hiddenBids')}</p>
        </div>
      </div>
    );
  }
  return null;
}

/**
 * Bids, points and the ranking rest on the evaluation model. Without one, say so and how to get one: a
 * link to set it up for those who may, who does it for the rest, and for a tender decided without an
 * evaluation here, that there is nothing to show.
 */
export function NoModel({ overview }: { overview: EvaluationOverview }) {
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  if (overview.decidedOn) return <p className="app-empty">{t('evaluation.decidedWithoutModel')}</p>;
  return (
    <>
      <p className="app-empty">{t('evaluation.noSetup')}</p>
      <p>{t('evaluation.needsSetup')}</p>
      {can('tender.manage') ? (
        <p>
          <Link className="button button-primary" to={evaluationPath(overview.tenderId, 'setup')}>
            {t('evaluation.setUp')}
          </Link>
        </p>
      ) : (
        <p>{t('evaluation.setupByProcurement')}</p>
      )}
    </>
  );
}

export function EvaluationFrame({
  section,
  children,
}: {
  section: Section;
  children: (overview: EvaluationOverview) => ReactNode;
}) {
  const { id = '' } = useParams();
  const { t } = useTranslation('tenders');
  const query = useEvaluationOverview(id);
  const title = t(`evaluation.sections.${section}`);
  usePageTitle(query.data ? `${title}: ${query.data.tenderName}` : title);
  return (
    <>
      <p className="app-eyebrow">
        {query.data ? <Link to={`/udbud/${id}`}>{query.data.tenderName}</Link> : t('evaluation.tender')}
      </p>
      <h1>{section === 'overview' ? t('evaluation.nav') : title}</h1>
      <SectionNav tenderId={id} current={section} />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <>
          <StateNotes overview={query.data} />
          {children(query.data)}
        </>
      )}
    </>
  );
}
