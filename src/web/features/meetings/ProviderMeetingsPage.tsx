// /leverandoerer/:providerId/moeder — a provider's follow-up meetings (newest first) and its open actions;
// the administration and the job centre record a new meeting here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { RecordPage } from '../agreements/controls.tsx';
import { useDay } from '../agreements/ui.tsx';
import { ActionTable } from './ActionTable.tsx';
import { ComplaintsSection } from './ComplaintsSection.tsx';
import { useCreateMeeting, useProviderMeetings, type ProviderMeetings } from './meeting.api.ts';
import { MeetingForm } from './MeetingForm.tsx';

function MeetingTable({ data }: { data: ProviderMeetings }) {
  const { t } = useTranslation('meetings');
  const day = useDay();
  if (data.meetings.length === 0) return <p className="app-empty">{t('provider.none')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('provider.meetingsCaption', { name: data.providerName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('provider.heldOn')}</th>
            <th scope="col" className="text-align-right">
              {t('provider.participants')}
            </th>
            <th scope="col" className="text-align-right">
              {t('provider.openActions')}
            </th>
            <th scope="col" className="text-align-right">
              {t('provider.overdue')}
            </th>
            <th scope="col" className="text-align-right">
              {t('provider.comments')}
            </th>
            <th scope="col">{t('provider.agenda')}</th>
          </tr>
        </thead>
        <tbody>
          {data.meetings.map((meeting) => (
            <tr key={meeting.id}>
              <td className="app-nowrap">
                <Link
                  to={`/moeder/${meeting.id}`}
                  aria-label={t('provider.open', { date: day(meeting.heldOn) })}
                >
                  {day(meeting.heldOn)}
                </Link>
              </td>
              <td className="text-align-right">{meeting.participants}</td>
              <td className="text-align-right">{meeting.openActions}</td>
              <td className="text-align-right">{meeting.overdueActions}</td>
              <td className="text-align-right">{meeting.comments}</td>
              <td>{meeting.hasAgenda ? t('provider.agendaYes') : t('provider.agendaNo')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
