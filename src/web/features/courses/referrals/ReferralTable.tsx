// Referrals as a table (the list page), and the marks a referral can carry: outside the provider's
// district, and the provider was full.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Referral } from './referral.api.ts';
import { useDate } from './referral-format.ts';

export function ReferralMarks({ referral }: { referral: Referral }) {
  const { t } = useTranslation('courses');
  if (!referral.outsideDistrict && !referral.capacityWarning) return null;
  return (
    <>
      {referral.outsideDistrict ? (
        <span className="badge badge-info">{t('referrals.marks.outsideDistrict')}</span>
      ) : null}{' '}
      {referral.capacityWarning ? (
        <span className="badge badge-warning">{t('referrals.marks.capacity')}</span>
      ) : null}
    </>
  );
}

export function StatusBadge({ status }: { status: Referral['status'] }) {
  const { t } = useTranslation('courses');
  const kind = status === 'pending' ? 'badge-warning' : status === 'accepted' ? 'badge-success' : 'badge';
  return <span className={`badge ${kind}`}>{t(`referrals.status.${status}`)}</span>;
}

interface ReferralTableProps {
  items: Referral[];
  caption: string;
  /** Providers answer pending referrals: a link "Besvar" on those rows. */
  canDecide: boolean;
}

export function ReferralTable({ items, caption, canDecide }: ReferralTableProps) {
  const { t } = useTranslation('courses');
  const date = useDate();
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.list.citizen')}</th>
            <th scope="col">{t('referrals.list.provider')}</th>
            <th scope="col">{t('referrals.list.programme')}</th>
            <th scope="col">{t('referrals.list.referredOn')}</th>
            <th scope="col">{t('referrals.list.statusColumn')}</th>
            <th scope="col">{t('referrals.list.marks')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((referral) => (
            <tr key={referral.id}>
              <th scope="row">
                <Link to={`/henvisninger/${referral.id}`}>{referral.citizen.name}</Link>
              </th>
              <td>{referral.provider.name}</td>
              <td>{referral.tenderArea.name}</td>
              <td className="app-nowrap">{date(referral.referredOn)}</td>
              <td>
                <StatusBadge status={referral.status} />
                {canDecide && referral.status === 'pending' ? (
                  <>
                    {' '}
                    <Link
                      to={`/henvisninger/${referral.id}`}
                      aria-label={`${t('referrals.list.answer')}: ${referral.citizen.name}`}
                    >
                      {t('referrals.list.answer')}
                    </Link>
                  </>
                ) : null}
              </td>
              <td>
                <ReferralMarks referral={referral} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
