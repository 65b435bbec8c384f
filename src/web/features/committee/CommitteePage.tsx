// /udvalgsrapporter — the committee's reports: the report schedule with what is due, and the committee
// packs; analysts and administrators add reports to the schedule and make packs from saved outcome reports.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useCommitteeOverview, type CommitteeOverview } from './committee.api.ts';
import { PackForm } from './PackForm.tsx';
import { ScheduleSection } from './ScheduleSection.tsx';
import { Loaded } from '../../components/Page.tsx';
import { useDay } from '../../components/useFormat.ts';

function PacksSection({ data }: { data: CommitteeOverview }) {
  const { t } = useTranslation('committee');
  const day = useDay();
  const [making, setMaking] = useState(false);
  return (
    <section className="app-section" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packs.title')}</h2>
      {data.packs.length === 0 ? (
        <p className="app-empty">{t('packs.none')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t('packs.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('packs.meeting')}</th>
                <th scope="col">{t('packs.pack')}</th>
                <th scope="col">{t('packs.caseNumber')}</th>
                <th scope="col">{t('packs.createdBy')}</th>
                <th scope="col">{t('packs.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {data.packs.map((pack) => (
                <tr key={pack.id}>
                  <td className="app-nowrap">{day(pack.meetingOn)}</td>
                  <th scope="row">
                    <Link to={`/udvalgsrapporter/pakker/${pack.id}`}>{pack.title}</Link>
                  </th>
                  <td>{pack.caseNumber ?? '–'}</td>
                  <td>{pack.createdBy}</td>
                  <td>{pack.hasDecision ? t('packs.decided') : t('packs.undecided')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
