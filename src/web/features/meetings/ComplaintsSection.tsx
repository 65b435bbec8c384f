// Complaints and incidents about a provider (issue 14), for the administration and the job centre: the
// list, a form to record one, and a form to record its handling and closing.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_KINDS,
  COMPLAINT_SOURCES,
  type ComplaintKind,
  type ComplaintSource,
} from '../../../shared/meetings/complaint.schemas.ts';
import { useComplaints, useCreateComplaint, useUpdateComplaint, type Complaint } from './meeting.api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Loaded } from '../../components/Page.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay } from '../../components/useFormat.ts';

const NEW_FIELDS = ['receivedOn', 'kind', 'source', 'description'] as const;
type NewField = (typeof NEW_FIELDS)[number];
const HANDLE_FIELDS = ['handling', 'closedOn'] as const;
type HandleField = (typeof HANDLE_FIELDS)[number];

function NewComplaintForm({ providerId, onAdded }: { providerId: string; onAdded: () => void }) {
  const { t } = useTranslation('meetings');
  const create = useCreateComplaint(providerId);
  const errors = useFormErrors('complaint', NEW_FIELDS);
  const labels: Record<NewField, string> = {
    receivedOn: t('complaints.receivedOn'),
    kind: t('complaints.kind'),
    source: t('complaints.source'),
    description: t('complaints.description'),
  };
  const empty = { receivedOn: '', kind: '', source: '', description: '' };
  const { values, setValues, control } = useFormValues(() => empty, errors, labels);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { ...values, kind: values.kind as ComplaintKind, source: values.source as ComplaintSource };
    create.mutate(input, {
      onSuccess: () => {
        errors.reset();
        setValues(empty);
        onAdded();
      },
      onError: errors.fail,
    });
  };
  return (
    <>
      <h3>{t('complaints.add')}</h3>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('receivedOn')} type="date" size="date" required />
        <SelectField
          {...control('kind')}
          options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaints.kindName.${k}`) }))}
          placeholder={t('complaints.choose')}
          required
        />
        <SelectField
          {...control('source')}
          options={COMPLAINT_SOURCES.map((k) => ({ value: k, label: t(`complaints.sourceName.${k}`) }))}
          placeholder={t('complaints.choose')}
          required
        />
        <TextAreaField {...control('description')} required />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('complaints.add')}
        </button>
      </form>
    </>
  );
}

function HandleForm({ complaint, onDone }: { complaint: Complaint; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('meetings');
  const day = useDay();
  const update = useUpdateComplaint(complaint.providerId);
  const errors = useFormErrors('complaint-handling', HANDLE_FIELDS);
  const labels: Record<HandleField, string> = {
    handling: t('complaints.handling'),
    closedOn: t('complaints.closedOn'),
  };
  const { values, control } = useFormValues(
    () => ({ handling: complaint.handling ?? '', closedOn: complaint.closedOn ?? '' }),
    errors,
    labels,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { id: complaint.id, handling: values.handling, closedOn: values.closedOn || null },
      { onSuccess: () => onDone(true), onError: errors.fail },
    );
  };
  const title = t('complaints.handleTitle', { date: day(complaint.receivedOn) });
  return (
    <section className="app-section" aria-label={title}>
      <h3>{title}</h3>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextAreaField {...control('handling')} required />
        <TextField {...control('closedOn')} type="date" size="date" />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={update.isPending}>
            {t('complaints.save')}
          </button>
          <button type="button" className="button button-tertiary" onClick={() => onDone(false)}>
            {t('complaints.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ComplaintTable({ items, onHandle }: { items: Complaint[]; onHandle: (c: Complaint) => void }) {
  const { t } = useTranslation('meetings');
  const day = useDay();
  return (
    <DataTable<Complaint>
      caption={t('complaints.caption')}
      captionHidden
      rows={items}
      rowKey={(c) => c.id}
      columns={[
        {
          label: t('complaints.receivedOn'),
          className: 'app-nowrap',
          sort: { kind: 'date', value: (c) => c.receivedOn },
          cell: (c) => day(c.receivedOn),
        },
        {
          label: t('complaints.kind'),
          sort: { kind: 'text', value: (c) => t(`complaints.kindName.${c.kind}`) },
          cell: (c) => (
            <>
              {t(`complaints.kindName.${c.kind}`)} ({t(`complaints.sourceName.${c.source}`)})
            </>
          ),
        },
        { label: t('complaints.description'), className: 'app-notes', cell: (c) => c.description },
        {
          label: t('complaints.handling'),
          className: 'app-notes',
          optional: true,
          cell: (c) => c.handling ?? '–',
        },
        {
          label: t('complaints.closedOn'),
          className: 'app-nowrap',
          sort: { kind: 'date', value: (c) => c.closedOn },
          cell: (c) => (c.closedOn ? day(c.closedOn) : t('complaints.open')),
        },
        {
          label: t('complaints.handle'),
          labelHidden: true,
          cell: (c) => (
            <button
              type="button"
              className="button button-secondary"
              aria-label={t('complaints.handleLabel', { date: day(c.receivedOn) })}
              onClick={() => onHandle(c)}
            >
              {t('complaints.handle')}
            </button>
          ),
        },
      ]}
    />
  );
}

export function ComplaintsSection({ providerId }: { providerId: string }) {
  const { t } = useTranslation('meetings');
  const [message, setMessage] = useState<string | null>(null);
  const [handling, setHandling] = useState<Complaint | null>(null);
  return (
    <section className="app-section" aria-labelledby="complaints-heading">
      <h2 id="complaints-heading">{t('complaints.title')}</h2>
      <p>{t('complaints.intro')}</p>
      {message ? <Saved>{message}</Saved> : null}
      <Loaded query={useComplaints(providerId)}>
        {(list) =>
          list.items.length === 0 ? (
            <p className="app-empty">{t('complaints.none')}</p>
          ) : (
            <ComplaintTable items={list.items} onHandle={setHandling} />
          )
        }
      </Loaded>
      {handling ? (
        <HandleForm
          key={handling.id}
          complaint={handling}
          onDone={(saved) => {
            setHandling(null);
            if (saved) setMessage(t('complaints.saved'));
          }}
        />
      ) : (
        <NewComplaintForm providerId={providerId} onAdded={() => setMessage(t('complaints.added'))} />
      )}
    </section>
  );
}
