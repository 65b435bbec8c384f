// The report schedule on the committee page: each report with its kind, cadence, owner and next due date;
// analysts and administrators add a report or end one. Field errors from the API go on the inputs.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CADENCES, REPORT_KINDS } from '../../../shared/committee/committee.constants.ts';
import {
  useCreateSchedule,
  useUpdateSchedule,
  type CommitteeOverview,
  type ScheduleEntry,
} from './committee.api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay } from '../../components/useFormat.ts';

const FIELDS = ['title', 'kind', 'cadence', 'firstDueOn', 'dueDates', 'contents', 'ownerId'] as const;

function ScheduleForm({ data, onDone }: { data: CommitteeOverview; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('committee');
  const create = useCreateSchedule();
  const errors = useFormErrors('schedule', FIELDS);
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`fields.${f}`)])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  const { values, control } = useFormValues(
    () => ({
      title: '',
      kind: 'results',
      cadence: 'half_yearly',
      firstDueOn: '',
      dueDates: '',
      contents: '',
      ownerId: '',
    }),
    errors,
    labels,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        title: values.title,
        kind: values.kind as ScheduleEntry['kind'],
        cadence: values.cadence as ScheduleEntry['cadence'],
        firstDueOn: values.firstDueOn,
        dueDates: values.dueDates
          .split(/\s+/)
          .map((d) => d.trim())
          .filter(Boolean),
        contents: values.contents,
        ownerId: values.ownerId,
      },
      { onSuccess: () => onDone(true), onError: errors.fail },
    );
  };
  return (
    <section className="app-section" aria-labelledby="schedule-form-heading">
      <h3 id="schedule-form-heading">{t('schedule.formTitle')}</h3>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('title')} required />
        <SelectField
          {...control('kind')}
          options={REPORT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <SelectField
          {...control('cadence')}
          options={CADENCES.map((c) => ({ value: c, label: t(`cadence.${c}`) }))}
        />
        <TextField {...control('firstDueOn', t('fields.firstDueOnHint'))} type="date" size="date" required />
        {values.cadence === 'dates' ? (
          <TextAreaField {...control('dueDates', t('fields.dueDatesHint'))} />
        ) : null}
        <TextAreaField {...control('contents')} required />
        <SelectField
          {...control('ownerId')}
          placeholder={t('fields.choose')}
          options={data.owners.map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <div className="agr-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('schedule.save')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
            {t('schedule.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function NextDue({ entry }: { entry: ScheduleEntry }) {
  const { t } = useTranslation('committee');
  const day = useDay();
  if (!entry.isActive) return <>{t('schedule.ended')}</>;
  if (!entry.nextDueOn) return <>{t('schedule.noneLeft')}</>;
  return (
    <>
      {day(entry.nextDueOn)}
      {entry.overdue ? (
        <>
          {' '}
          <span className="badge badge-warning">{t('schedule.overdue')}</span>
        </>
      ) : null}
    </>
  );
}

export function ScheduleSection({ data }: { data: CommitteeOverview }) {
  const { t } = useTranslation('committee');
  const end = useUpdateSchedule();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  return (
    <section className="app-section" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('schedule.title')}</h2>
      {added ? <Saved>{t('schedule.added')}</Saved> : null}
      <DataTable<ScheduleEntry>
        caption={t('schedule.caption')}
        captionHidden
        rows={data.schedule}
        rowKey={(entry) => entry.id}
        empty={t('schedule.none')}
        columns={[
          {
            label: t('schedule.report'),
            rowHeader: true,
            sort: { kind: 'text', value: (entry) => entry.title },
            cell: (entry) => entry.title,
          },
          {
            label: t('schedule.kind'),
            sort: { kind: 'text', value: (entry) => t(`kind.${entry.kind}`) },
            cell: (entry) => t(`kind.${entry.kind}`),
          },
          {
            label: t('schedule.cadence'),
            sort: { kind: 'text', value: (entry) => t(`cadence.${entry.cadence}`) },
            cell: (entry) => t(`cadence.${entry.cadence}`),
          },
          { label: t('schedule.contents'), optional: true, cell: (entry) => entry.contents },
          {
            label: t('schedule.owner'),
            optional: true,
            sort: { kind: 'text', value: (entry) => entry.owner.name },
            cell: (entry) => entry.owner.name,
          },
          {
            label: t('schedule.next'),
            className: 'app-nowrap',
            // Ended reports and those with no date left have none: they sort last.
            sort: { kind: 'date', value: (entry) => (entry.isActive ? entry.nextDueOn : null) },
            cell: (entry) => <NextDue entry={entry} />,
          },
          data.canManage && {
            label: t('schedule.actions'),
            labelHidden: true,
            cell: (entry) =>
              entry.isActive ? (
                <button
                  type="button"
                  className="button button-tertiary"
                  disabled={end.isPending}
                  onClick={() => end.mutate({ id: entry.id, isActive: false })}
                  aria-label={t('schedule.end', { title: entry.title })}
                >
                  {t('schedule.endButton')}
                </button>
              ) : null,
          },
        ]}
      />
      {data.canManage && !adding ? (
        <p className="agr-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setAdding(true);
              setAdded(false);
            }}
          >
            {t('schedule.add')}
          </button>
        </p>
      ) : null}
      {data.canManage && adding ? (
        <ScheduleForm
          data={data}
          onDone={(saved) => {
            setAdding(false);
            setAdded(saved);
          }}
        />
      ) : null}
    </section>
  );
}
