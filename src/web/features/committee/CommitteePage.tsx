// /udvalgsrapporter — the committee's reports: the report schedule with what is due, and the committee
// packs; analysts and administrators add reports to the schedule and make packs from saved outcome reports.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useCommitteeOverview, type CommitteeOverview } from './committee.api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { PackForm } from './PackForm.tsx';
import { ScheduleSection } from './ScheduleSection.tsx';
import { Loaded } from '../../components/Page.tsx';
import { useDay } from '../../components/useFormat.ts';

type PackSummary = CommitteeOverview['packs'][number];

function PacksSection({ data }: { data: CommitteeOverview }) {
  const { t } = useTranslation('committee');
  const day = useDay();
  const [making, setMaking] = useState(false);
  const decision = (pack: PackSummary) => (pack.hasDecision ? t('packs.decided') : t('packs.undecided'));
  return (
    <section className="app-section" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packs.title')}</h2>
      <DataTable<PackSummary>
        caption={t('packs.caption')}
        captionHidden
        rows={data.packs}
        rowKey={(pack) => pack.id}
        empty={t('packs.none')}
        columns={[
          {
            label: t('packs.meeting'),
            className: 'app-nowrap',
            sort: { kind: 'date', value: (pack) => pack.meetingOn },
            cell: (pack) => day(pack.meetingOn),
          },
          {
            label: t('packs.pack'),
            rowHeader: true,
            sort: { kind: 'text', value: (pack) => pack.title },
            cell: (pack) => <Link to={`/udvalgsrapporter/pakker/${pack.id}`}>{pack.title}</Link>,
          },
          {
            label: t('packs.caseNumber'),
            optional: true,
            sort: { kind: 'text', value: (pack) => pack.caseNumber },
            cell: (pack) => pack.caseNumber ?? '–',
          },
          {
            label: t('packs.createdBy'),
            optional: true,
            sort: { kind: 'text', value: (pack) => pack.createdBy },
            cell: (pack) => pack.createdBy,
          },
          {
            label: t('packs.decision'),
            sort: { kind: 'text', value: (pack) => decision(pack) },
            cell: (pack) => decision(pack),
          },
        ]}
      />
      {data.canManage && data.reports.length === 0 ? <p>{t('packs.noReports')}</p> : null}
      {data.canManage && data.reports.length > 0 && !making ? (
        <p className="agr-actions">
          <button type="button" className="button button-primary" onClick={() => setMaking(true)}>
            {t('packs.create')}
          </button>
        </p>
      ) : null}
      {making ? <PackForm data={data} onCancel={() => setMaking(false)} /> : null}
    </section>
  );
}

export function CommitteePage() {
  const { t } = useTranslation('committee');
  usePageTitle(t('page.title'));
  const overview = useCommitteeOverview();
  return (
    <>
      <h1>{t('page.title')}</h1>
      <p className="font-lead">{t('page.intro')}</p>
      <Loaded query={overview}>
        {(data) => (
          <>
            <ScheduleSection data={data} />
            <PacksSection data={data} />
          </>
        )}
      </Loaded>
    </>
  );
}
