// /opfoelgning — timeliness (rettidighed) and attendance (fremmøde) of job talks per provider and
// programme for a period, with the comparison group (all activity-ready citizens over 30), the seed 004
// measures (timeliness of activation, internship or progression: FollowUpMeasures), and exports.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { FollowUp, TalkCounts } from '../../../../shared/courses/talk.schemas.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { followUpExportHref, useFollowUp, useTreatmentSummary } from './talk.api.ts';
import { useDate } from './talk-format.ts';
import { RateCell } from './RateCell.tsx';
import { FollowUpMeasures } from './FollowUpMeasures.tsx';
import { DataTable } from '../../../components/DataTable.tsx';

function CountCells({ counts }: { counts: TalkCounts }) {
  return (
    <>
      <td className="align-text-right">{counts.called}</td>
      <td className="align-text-right">{counts.held}</td>
      <td className="align-text-right">{counts.notAttended}</td>
      <td className="align-text-right">{counts.timely}</td>
      <RateCell rate={counts.timeliness} />
      <RateCell rate={counts.attendance} />
    </>
  );
}

/** The count columns, in the order CountCells shows them. */
const COUNT_COLUMNS = ['called', 'held', 'notAttended', 'timely', 'timeliness', 'attendance'] as const;

function FollowUpTable({ data }: { data: FollowUp }) {
  const { t } = useTranslation('courses');
  const date = useDate();
  return (
    <DataTable
      rows={data.rows}
      emptyRow={t('talks.followUp.empty')}
      caption={t('talks.followUp.caption', { from: date(data.from), to: date(data.to) })}
      columns={[
        t('talks.followUp.provider'),
        t('talks.followUp.programme'),
        ...COUNT_COLUMNS.map((key) => ({ label: t(`talks.followUp.${key}`), className: 'align-text-right' })),
      ]}
      foot={
        <>
          <tr>
            <th scope="row" colSpan={2}>
              {t('talks.followUp.total')}
            </th>
            <CountCells counts={data.total} />
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {t('talks.followUp.comparison')}
            </th>
            <CountCells counts={data.comparison} />
          </tr>
        </>
      }
    >
      {(row) => (
        <tr key={`${row.providerId}/${row.tenderAreaId ?? ''}`}>
          <th scope="row">{row.providerName}</th>
          <td>
            {row.programmeName ?? <span className="app-muted">{t('talks.followUp.noProgramme')}</span>}
            {row.tenderName ? <span className="app-muted"> ({row.tenderName})</span> : null}
          </td>
          <CountCells counts={row} />
        </tr>
      )}
    </DataTable>
  );
}

/** Referrals to abuse treatment through social services' outreach worker, and how many started. */
function TreatmentTable({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation('courses');
  const date = useDate();
  const summary = useTreatmentSummary(from, to);
  if (summary.isPending) return <Loading />;
  if (summary.isError) return <ErrorAlert error={summary.error} />;
  const { rows } = summary.data;
  const sum = (key: 'referred' | 'started' | 'notStarted' | 'pending') =>
    rows.reduce((total, row) => total + row[key], 0);
  const keys = ['referred', 'started', 'notStarted', 'pending'] as const;
  return (
    <section className="app-section" aria-labelledby="treatment-heading">
      <h2 id="treatment-heading">{t('talks.treatment.title')}</h2>
      <p>{t('talks.treatment.intro')}</p>
      <DataTable
        rows={rows}
        emptyRow={t('talks.treatment.empty')}
        caption={t('talks.treatment.caption', {
          from: date(summary.data.from),
          to: date(summary.data.to),
        })}
        columns={[
          t('talks.followUp.provider'),
          ...keys.map((key) => ({ label: t(`talks.treatment.${key}`), className: 'align-text-right' })),
        ]}
        foot={
          rows.length > 1 ? (
            <tr>
              <th scope="row">{t('talks.followUp.total')}</th>
              {keys.map((key) => (
                <td key={key} className="align-text-right">
                  {sum(key)}
                </td>
              ))}
            </tr>
          ) : null
        }
      >
        {(row) => (
          <tr key={row.provider.id}>
            <th scope="row">{row.provider.name}</th>
            {keys.map((key) => (
              <td key={key} className="align-text-right">
                {row[key]}
              </td>
            ))}
          </tr>
        )}
      </DataTable>
    </section>
  );
}

function PeriodForm({
  from,
  to,
  onShow,
}: {
  from: string;
  to: string;
  onShow: (from: string, to: string) => void;
}) {
  const { t } = useTranslation('courses');
  const [values, setValues] = useState({ from, to });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onShow(values.from, values.to);
  };
  return (
    <form onSubmit={submit} noValidate className="app-form">
      <fieldset>
        <legend className="form-label">{t('talks.followUp.period')}</legend>
        <div className="app-search-row">
          {(['from', 'to'] as const).map((field) => (
            <div className="form-group" key={field}>
              <label className="form-label" htmlFor={`followup-${field}`}>
                {t(`talks.followUp.${field}`)}
              </label>
              <input
                id={`followup-${field}`}
                className="form-input input-width-s"
                type="date"
                name={field}
                value={values[field]}
                onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              />
            </div>
          ))}
          <button type="submit" className="button button-secondary">
            {t('talks.followUp.show')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export function FollowUpPage() {
  const { t } = useTranslation('courses');
  usePageTitle(t('talks.followUp.title'));
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const followUp = useFollowUp(from, to);
  const shownFrom = followUp.data?.from ?? from;
  const shownTo = followUp.data?.to ?? to;
  return (
    <>
      <h1>{t('talks.followUp.title')}</h1>
      <p className="font-lead">{t('talks.followUp.intro')}</p>
      {me.organisation.kind === 'provider' ? <p>{t('talks.followUp.providerIntro')}</p> : null}
      {followUp.data || followUp.isError ? (
        <PeriodForm
          key={`${shownFrom}/${shownTo}`}
          from={shownFrom}
          to={shownTo}
          onShow={(nextFrom, nextTo) => setParams({ from: nextFrom, to: nextTo })}
        />
      ) : null}
      {followUp.isPending ? (
        <Loading />
      ) : followUp.isError ? (
        <ErrorAlert error={followUp.error} />
      ) : (
        <>
          <FollowUpTable data={followUp.data} />
          <p className="app-muted">{t('talks.followUp.comparisonNote')}</p>
          <FollowUpMeasures from={followUp.data.from} to={followUp.data.to} />
          <TreatmentTable from={followUp.data.from} to={followUp.data.to} />
          <section className="app-section" aria-labelledby="followup-export-heading">
            <h2 id="followup-export-heading">{t('talks.followUp.export')}</h2>
            <ul className="app-link-list">
              <li>
                <a href={followUpExportHref('xlsx', followUp.data.from, followUp.data.to)} download>
                  {t('talks.followUp.xlsx')}
                </a>
              </li>
              <li>
                <a href={followUpExportHref('csv', followUp.data.from, followUp.data.to)} download>
                  {t('talks.followUp.csv')}
                </a>
              </li>
              <li>
                <a href={followUpExportHref('csv-en', followUp.data.from, followUp.data.to)} download>
                  {t('talks.followUp.csvEn')}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </>
  );
}
