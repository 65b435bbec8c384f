// Referrals as a table (the list page), and the marks a referral can carry: outside the provider's
// district, outside the programme's target group (with a reason, issue 12), the citizen refused the
// offer, and the provider was full.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Referral } from './referral.api.ts';
import { useDate } from './referral-format.ts';
import { DataTable } from '../../../components/DataTable.tsx';

export function ReferralMarks({ referral }: { referral: Referral }) {
  const { t } = useTranslation('courses');
  const refused = referral.citizenResponse === 'refused';
  if (!referral.outsideDistrict && !referral.outsideTargetGroup && !refused && !referral.capacityWarning) {
    return null;
  }
  return (
    <>
      {referral.outsideDistrict ? (
        <span className="badge badge-info">{t('referrals.marks.outsideDistrict')}</span>
      ) : null}{' '}
      {referral.outsideTargetGroup ? (
        <span className="badge badge-info">{t('referrals.marks.outsideTargetGroup')}</span>
      ) : null}{' '}
      {refused ? <span className="badge badge-warning">{t('referrals.marks.refused')}</span> : null}{' '}
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
    <DataTable<Referral>
      rows={items}
      rowKey={(referral) => referral.id}
      caption={caption}
      columns={[
        {
          label: t('referrals.list.citizen'),
          rowHeader: true,
          sort: { kind: 'text', value: (referral) => referral.citizen.name },
          cell: (referral) => <Link to={`/henvisninger/${referral.id}`}>{referral.citizen.name}</Link>,
        },
        {
          label: t('referrals.list.provider'),
          optional: true,
          sort: { kind: 'text', value: (referral) => referral.provider.name },
          cell: (referral) => referral.provider.name,
        },
        {
          label: t('referrals.list.programme'),
          optional: true,
          sort: { kind: 'text', value: (referral) => referral.tenderArea.name },
          cell: (referral) => referral.tenderArea.name,
        },
        {
          label: t('referrals.list.referredOn'),
          className: 'app-nowrap',
          sort: { kind: 'date', value: (referral) => referral.referredOn },
          cell: (referral) => date(referral.referredOn),
        },
        {
          label: t('referrals.list.statusColumn'),
          cell: (referral) => (
            <>
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
            </>
          ),
        },
        {
          label: t('referrals.list.marks'),
          optional: true,
          cell: (referral) => <ReferralMarks referral={referral} />,
        },
      ]}
    />
  );
}
