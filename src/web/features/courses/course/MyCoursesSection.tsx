import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useCourseCounts } from './course.api.ts';

function Counts() {
  const { t } = useTranslation('courses');
  const counts = useCourseCounts();
  return (
    <section className="app-section" aria-labelledby="my-courses-heading">
      <h2 id="my-courses-heading">{t('course.start.heading')}</h2>
      {counts.isPending ? (
        <Loading />
      ) : counts.isError ? (
        <ErrorAlert error={counts.error} />
      ) : (
        <dl className="crs-figures">
          <div>
            <dt>{t('course.start.active')}</dt>
            <dd>
              <Link to="/forloeb">{counts.data.active}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('course.start.aftercare')}</dt>
            <dd>
              <Link to="/forloeb?status=aftercare">{counts.data.aftercare}</Link>
            </dd>
          </div>
        </dl>
      )}
      <p>
        <Link to="/forloeb?status=all">{t('course.start.link')}</Link>
      </p>
    </section>
  );
}

/** A provider user's start page: how many of the provider's courses run and how many are in aftercare. */
export function MyCoursesSection() {
  const { me } = useSession();
  if (me.organisation.kind !== 'provider') return null;
  return <Counts />;
}
