import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DISPLAY_STATUSES } from '../../../shared/agreements/agreement.constants.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { EXPORTS, useAgreements, useTender, useTenders } from './agreement.api.ts';
import { AgreementTable } from './AgreementTable.tsx';
import { FilterSelect } from '../../components/form/fields.tsx';
import { ExportLinks } from './RecordParts.tsx';

interface Filter {
  udbud: string;
  omraade: string;
  status: string;
}

/** Tender, area (of the chosen tender) and status; applied with the button, kept in the URL. */
function FilterForm({ initial, onApply }: { initial: Filter; onApply: (filter: Filter) => void }) {
  const { t } = useTranslation('agreements');
  const [filter, setFilter] = useState(initial);
  const tenders = useTenders();
  const tender = useTender(filter.udbud);
  const areas = filter.udbud && tender.data ? tender.data.areas : [];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filter);
  };
  return (
    <form onSubmit={submit} className="agr-filter" aria-label={t('agreements.filter')}>
      <FilterSelect
        id="filter-tender"
        label={t('agreement.tender')}
        value={filter.udbud}
        onChange={(udbud) => setFilter({ ...filter, udbud, omraade: '' })}
        options={(tenders.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
        all={t('agreements.allTenders')}
      />
      <FilterSelect
        id="filter-area"
        label={t('agreement.area')}
        value={filter.omraade}
        disabled={!filter.udbud}
        onChange={(omraade) => setFilter({ ...filter, omraade })}
        options={areas.map((area) => ({ value: area.id, label: `${area.number}. ${area.name}` }))}
        all={t('agreements.allAreas')}
      />
      <FilterSelect
        id="filter-status"
        label={t('agreement.status')}
        value={filter.status}
        onChange={(status) => setFilter({ ...filter, status })}
        options={DISPLAY_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        all={t('agreements.allStatuses')}
      />
      <button type="submit" className="button button-secondary">
        {t('agreements.applyFilter')}
      </button>
    </form>
  );
}

/** /rammeaftaler?udbud=&omraade=&status=: the agreements in the user's scope with status and prices. */
export function AgreementListPage() {
  const { t } = useTranslation('agreements');
  usePageTitle(t('agreements.title'));
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const filter: Filter = {
    udbud: params.get('udbud') ?? '',
    omraade: params.get('omraade') ?? '',
    status: params.get('status') ?? '',
  };
  const agreements = useAgreements({
    ...(filter.udbud ? { tenderId: filter.udbud } : {}),
    ...(filter.omraade ? { tenderAreaId: filter.omraade } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  });
  const apply = (next: Filter) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== '')));
  return (
    <>
      <div className="app-page-heading">
        <h1>{t('agreements.title')}</h1>
        {can('agreement.manage') ? (
          <Link className="button button-secondary" to="/rammeaftaler/ny">
            {t('agreements.create')}
          </Link>
        ) : null}
      </div>
      <p className="font-lead">
        {me.organisation.kind === 'provider' ? t('agreements.introProvider') : t('agreements.intro')}
      </p>
      <FilterForm key={params.toString()} initial={filter} onApply={apply} />
      <p className="sr-only" role="status">
        {agreements.data ? t('agreements.count', { count: agreements.data.items.length }) : ''}
      </p>
      {agreements.isPending ? (
        <Loading />
      ) : agreements.isError ? (
        <ErrorAlert error={agreements.error} />
      ) : agreements.data.items.length === 0 ? (
        <p className="app-empty">{t('agreements.empty')}</p>
      ) : (
        <AgreementTable
          items={agreements.data.items}
          caption={t('agreements.caption')}
          columns={['provider', 'area', 'tender']}
        />
      )}
      <ExportLinks href={EXPORTS.agreements} label={t('export.agreements')} />
    </>
  );
}
