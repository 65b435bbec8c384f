// /leverandoerer/:providerId/moeder — a provider's follow-up meetings (newest first) and its open actions;
// the administration and the job centre record a new meeting here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ActionTable } from './ActionTable.tsx';
import { ComplaintsSection } from './ComplaintsSection.tsx';
import { useCreateMeeting, useProviderMeetings, type ProviderMeetings } from './meeting.api.ts';
import { MeetingForm } from './MeetingForm.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { RecordPage } from '../../components/Page.tsx';
import { useDay } from '../../components/useFormat.ts';

type Meeting = ProviderMeetings['meetings'][number];

function MeetingTable({ data }: { data: ProviderMeetings }) {
  const { t } = useTranslation('meetings');
  const day = useDay();
  if (data.meetings.length === 0) return <p className="app-empty">{t('provider.none')}</p>;
  return (
    <DataTable<Meeting>
      caption={t('provider.meetingsCaption', { name: data.providerName })}
      captionHidden
      rows={data.meetings}
      rowKey={(meeting) => meeting.id}
      columns={[
        {
          label: t('provider.heldOn'),
          className: 'app-nowrap',
          sort: { kind: 'date', value: (meeting) => meeting.heldOn },
          cell: (meeting) => (
            <Link to={`/moeder/${meeting.id}`} aria-label={t('provider.open', { date: day(meeting.heldOn) })}>
              {day(meeting.heldOn)}
            </Link>
          ),
        },
        {
          label: t('provider.participants'),
          className: 'text-align-right',
          sort: { kind: 'number', value: (meeting) => meeting.participants },
          cell: (meeting) => meeting.participants,
        },
        {
          label: t('provider.openActions'),
          className: 'text-align-right',
          sort: { kind: 'number', value: (meeting) => meeting.openActions },
          cell: (meeting) => meeting.openActions,
        },
        {
          label: t('provider.overdue'),
          className: 'text-align-right',
          sort: { kind: 'number', value: (meeting) => meeting.overdueActions },
          cell: (meeting) => meeting.overdueActions,
        },
        {
          label: t('provider.comments'),
          className: 'text-align-right',
          sort: { kind: 'number', value: (meeting) => meeting.comments },
          cell: (meeting) => meeting.comments,
        },
        {
          label: t('provider.agenda'),
          cell: (meeting) => (meeting.hasAgenda ? t('provider.agendaYes') : t('provider.agendaNo')),
        },
      ]}
    />
  );
}

function NewMeeting({ data }: { data: ProviderMeetings }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const create = useCreateMeeting(data.providerId);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p className="agr-actions">
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t('provider.create')}
        </button>
      </p>
    );
  }
  return (
    <section className="app-section" aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">{t('form.title')}</h2>
      <MeetingForm
        people={data.people}
        pending={create.isPending}
        onCancel={() => setOpen(false)}
        onSubmit={(value, fail) =>
          create.mutate(value, {
            onSuccess: ({ id }) => void navigate(`/moeder/${id}`, { state: { saved: 'created' } }),
            onError: fail,
          })
        }
      />
    </section>
  );
}

function MeetingsView({ data }: { data: ProviderMeetings }) {
  const { t } = useTranslation('meetings');
  return (
    <>
      <p>{t('provider.intro')}</p>
      <p>
        <Link to={`/leverandoerer/${data.providerId}`}>{t('provider.backToProvider')}</Link>
      </p>
      {data.canManage ? <NewMeeting data={data} /> : null}
      <section className="app-section" aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t('provider.meetings')}</h2>
        <MeetingTable data={data} />
      </section>
      <section className="app-section" aria-labelledby="open-actions-heading">
        <h2 id="open-actions-heading">{t('provider.openActionsTitle')}</h2>
        {data.openActions.length === 0 ? (
          <p className="app-empty">{t('provider.openActionsNone')}</p>
        ) : (
          <ActionTable actions={data.openActions} caption={t('provider.openActionsTitle')} showMeeting />
        )}
      </section>
      {data.canManage ? <ComplaintsSection providerId={data.providerId} /> : null}
    </>
  );
}

export function ProviderMeetingsPage() {
  const { t } = useTranslation('meetings');
  const { providerId = '' } = useParams();
  return (
    <RecordPage
      query={useProviderMeetings(providerId)}
      kind={t('provider.title')}
      titleOf={(data) => t('provider.eyebrow', { name: data.providerName })}
    >
      {(data) => <MeetingsView data={data} />}
    </RecordPage>
  );
}
