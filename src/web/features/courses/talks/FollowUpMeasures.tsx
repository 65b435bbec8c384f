// The follow-up page's seed 004 measures: timeliness of activation (rettidighed i aktivering, LAB § 102) per
// provider and programme with the comparison group and the rules it is measured against, and the share of
// the programme's citizens who got an internship or showed documented progression.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ActivationCounts,
  FollowUpMeasures as Measures,
  MeasuresRow,
  OutreachCounts,
} from '../../../../shared/courses/activation-measures.schemas.ts';
import { api, withQuery } from '../../../app/api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RateCell } from './RateCell.tsx';
import { formatPercent, useDate } from './talk-format.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DataTable } from '../../../components/DataTable.tsx';

/** Empty from/to: the server's default period (this year until today). */
function useFollowUpMeasures(from: string, to: string) {
  return useQuery({
    queryKey: ['courses', 'followup-measures', from, to],
    queryFn: ({ signal }) => api.get<Measures>(withQuery('/api/followup/measures', { from, to }), { signal }),
  });
}

const ACTIVATION_COLUMNS = ['due', 'timely', 'late', 'missing', 'derived', 'timeliness'] as const;
const OUTREACH_COLUMNS = ['citizens', 'internship', 'progression', 'reached', 'share'] as const;

function ActivationCells({ counts }: { counts: ActivationCounts }) {
  return (
    <>
      {(['due', 'timely', 'late', 'missing', 'derived'] as const).map((key) => (
        <td key={key} className="align-text-right">
          {counts[key]}
        </td>
      ))}
      <RateCell rate={counts.timeliness} />
    </>
  );
}

function OutreachCells({ counts }: { counts: OutreachCounts }) {
  return (
    <>
      {(['citizens', 'internship', 'progression', 'reached'] as const).map((key) => (
        <td key={key} className="align-text-right">
          {counts[key]}
        </td>
      ))}
      <RateCell rate={counts.share} />
    </>
  );
}

function ProgrammeCells({ row }: { row: MeasuresRow }) {
  const { t } = useTranslation('courses');
  return (
    <>
      <th scope="row">{row.providerName}</th>
      <td>
        {row.programmeName ?? <span className="app-muted">{t('talks.followUp.noProgramme')}</span>}
        {row.tenderName ? <span className="app-muted"> ({row.tenderName})</span> : null}
      </td>
    </>
  );
}

function TotalRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row" colSpan={2}>
        {label}
      </th>
      {children}
    </tr>
  );
}

function MeasureTables({ data }: { data: Measures }) {
  const { t } = useTranslation('courses');
  const date = useDate();
  const language = useLanguage();
  const period = { from: date(data.from), to: date(data.to) };
  const heads = [t('talks.followUp.provider'), t('talks.followUp.programme')];
  const rowKey = (row: MeasuresRow) => `${row.providerId}/${row.tenderAreaId ?? ''}`;
  const activationRows = data.rows.filter((r) => r.activation.due > 0);
  const outreachRows = data.rows.filter((r) => r.outreach.citizens > 0);
  return (
    <>
      <h3 id="activation-heading">{t('talks.measures.activation.title')}</h3>
      <p>{t('talks.measures.activation.intro')}</p>
      <DataTable
        rows={activationRows}
        emptyRow={t('talks.measures.activation.empty')}
        caption={t('talks.measures.activation.caption', period)}
        columns={[
          ...heads,
          ...ACTIVATION_COLUMNS.map((key) => ({
            label: t(`talks.measures.activation.${key}`),
            className: 'align-text-right',
          })),
        ]}
        foot={
          <>
            <TotalRow label={t('talks.followUp.total')}>
              <ActivationCells counts={data.total.activation} />
            </TotalRow>
            <TotalRow label={t('talks.followUp.comparison')}>
              <ActivationCells counts={data.comparison} />
            </TotalRow>
          </>
        }
      >
        {(row) => (
          <tr key={rowKey(row)}>
            <ProgrammeCells row={row} />
            <ActivationCells counts={row.activation} />
          </tr>
        )}
      </DataTable>
      <p className="app-muted">{t('talks.measures.activation.comparisonNote')}</p>
      <DataTable
        rows={data.rules}
        caption={t('talks.measures.activation.rulesCaption')}
        columns={[t('talks.measures.activation.validFrom'), t('talks.measures.activation.source')]}
      >
        {(rule) => (
          <tr key={rule.validFrom}>
            <th scope="row" className="app-nowrap">
              {date(rule.validFrom)}
            </th>
            <td>{rule.source}</td>
          </tr>
        )}
      </DataTable>
      <h3 id="outreach-heading">{t('talks.measures.outreach.title')}</h3>
      <p>
        {t('talks.measures.outreach.intro', {
          percent: formatPercent(data.expectedOutreachPercent, language),
        })}
      </p>
      <DataTable
        rows={outreachRows}
        emptyRow={t('talks.measures.outreach.empty')}
        caption={t('talks.measures.outreach.caption', period)}
        columns={[
          ...heads,
          ...OUTREACH_COLUMNS.map((key) => ({
            label: t(`talks.measures.outreach.${key}`),
            className: 'align-text-right',
          })),
        ]}
        foot={
          <TotalRow label={t('talks.followUp.total')}>
            <OutreachCells counts={data.total.outreach} />
          </TotalRow>
        }
      >
        {(row) => (
          <tr key={rowKey(row)}>
            <ProgrammeCells row={row} />
            <OutreachCells counts={row.outreach} />
          </tr>
        )}
      </DataTable>
    </>
  );
}

export function FollowUpMeasures({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation('courses');
  const measures = useFollowUpMeasures(from, to);
  return (
    <section className="app-section" aria-labelledby="measures-heading">
      <h2 id="measures-heading">{t('talks.measures.title')}</h2>
      <p>{t('talks.measures.intro')}</p>
      {measures.isPending ? (
        <Loading />
      ) : measures.isError ? (
        <ErrorAlert error={measures.error} />
      ) : (
        <MeasureTables data={measures.data} />
      )}
    </section>
  );
}
