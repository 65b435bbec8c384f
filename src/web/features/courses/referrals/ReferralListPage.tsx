import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pagination } from '../../../components/Pagination.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { REFERRAL_STATUSES, useReferrals } from './referral.api.ts';
import { ReferralTable } from './ReferralTable.tsx';
import { FilterSelect } from '../../../components/form/fields.tsx';

function StatusFilter({ initial, onApply }: { initial: string; onApply: (status: string) => void }) {
  const { t } = useTranslation('courses');
  const [status, setStatus] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(status);
  };
  return (
    <form onSubmit={submit} className="app-search-row" aria-label={t('referrals.list.filter')}>
      <FilterSelect
        id="referral-status"
        label={t('referrals.list.statusLabel')}
        value={status}
        onChange={setStatus}
        all={t('referrals.list.allStatuses')}
        options={REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referrals.status.${s}`) }))}
      />
      <button type="submit" className="button button-secondary">
        {t('referrals.list.apply')}
      </button>
    </form>
  );
}

/** /henvisninger?status=&side=: referrals in the user's scope, pending first. */
export function ReferralListPage() {
  const { t } = useTranslation('courses');
  usePageTitle(t('referrals.title'));
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const page = Math.max(1, Number(params.get('side')) || 1);
  const referrals = useReferrals(status, page);
  const isProvider = me.organisation.kind === 'provider';
  const hrefFor = (p: number) =>
    `/henvisninger?${new URLSearchParams({ ...(status ? { status } : {}), side: String(p) })}`;
  return (
    <>
      <h1>{t('referrals.title')}</h1>
      <p className="font-lead">
        {isProvider ? t('referrals.list.introProvider') : t('referrals.list.introJobCentre')}
      </p>
      <StatusFilter
        key={status}
        initial={status}
        onApply={(next) => setParams(next ? { status: next } : {})}
      />
      <p className="sr-only" role="status">
        {referrals.data ? t('referrals.list.count', { count: referrals.data.total }) : ''}
      </p>
      {referrals.isPending ? (
        <Loading />
      ) : referrals.isError ? (
        <ErrorAlert error={referrals.error} />
      ) : referrals.data.items.length === 0 ? (
        <p className="app-empty">{t('referrals.list.empty')}</p>
      ) : (
        <>
          <ReferralTable
            items={referrals.data.items}
            caption={t('referrals.list.caption')}
            canDecide={can('referral.decide')}
          />
          <Pagination
            page={referrals.data.page}
            pageSize={referrals.data.pageSize}
            total={referrals.data.total}
            hrefFor={hrefFor}
          />
        </>
      )}
    </>
  );
}
