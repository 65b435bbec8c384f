// The citizen page's section of referrals and courses: each referral with its status and, once
// accepted, a link to the course; caseworkers get a "Henvis" button.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useCitizenReferrals } from './referral.api.ts';
import { useDate } from './referral-format.ts';
import { ReferralMarks, StatusBadge } from './ReferralTable.tsx';
import { DataTable } from '../../../components/DataTable.tsx';

/** Shown to users with referral.read (caseworkers and the provider's staff). */
export function CitizenReferralsSection({ citizenId }: { citizenId: string }) {
  const { can } = useSession();
  return can('referral.read') ? <ReferralsOfCitizen citizenId={citizenId} /> : null;
}

function ReferralsOfCitizen({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('courses');
  const { can } = useSession();
  const date = useDate();
  const referrals = useCitizenReferrals(citizenId);
  return (
    <section className="app-section" aria-labelledby="citizen-referrals-heading">
      <div className="app-page-heading">
        <h2 id="citizen-referrals-heading">{t('referrals.citizen.heading')}</h2>
        {can('referral.create') ? (
          <Link className="button button-secondary" to={`/borgere/${citizenId}/henvis`}>
            {t('referrals.citizen.refer')}
          </Link>
        ) : null}
      </div>
      {referrals.isPending ? (
        <Loading />
      ) : referrals.isError ? (
        <ErrorAlert error={referrals.error} />
      ) : (
        <DataTable
          rows={referrals.data.items}
          empty={t('referrals.citizen.empty')}
          caption={t('referrals.citizen.caption')}
          columns={[
            t('referrals.list.referredOn'),
            t('referrals.list.provider'),
            t('referrals.list.programme'),
            t('referrals.list.statusColumn'),
            t('referrals.citizen.course'),
          ]}
        >
          {(referral) => (
            <tr key={referral.id}>
              <th scope="row">
                <Link to={`/henvisninger/${referral.id}`}>{date(referral.referredOn)}</Link>
              </th>
              <td>{referral.provider.name}</td>
              <td>{referral.tenderArea.name}</td>
              <td>
                <StatusBadge status={referral.status} /> <ReferralMarks referral={referral} />
              </td>
              <td>
                {referral.courseId ? (
                  <Link to={`/forloeb/${referral.courseId}`}>{t('referrals.citizen.openCourse')}</Link>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          )}
        </DataTable>
      )}
    </section>
  );
}
