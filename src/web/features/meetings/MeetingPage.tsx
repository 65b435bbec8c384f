// /moeder/:id — one follow-up meeting: participants and minutes (changeable by the administration and the
// job centre), the agenda as generated, the agreed actions, and the comments.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSavedMessage } from '../agreements/ProviderPage.tsx';
import { ActionsSection } from './ActionsSection.tsx';
import { AgendaSection } from './AgendaSection.tsx';
import { CommentsSection } from './CommentsSection.tsx';
import { useMeeting, useUpdateMeeting, type Meeting } from './meeting.api.ts';
import { MeetingForm } from './MeetingForm.tsx';
import { RecordPage } from '../../components/Page.tsx';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay } from '../../components/useFormat.ts';

function Details({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const update = useUpdateMeeting(meeting.id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (editing) {
    return (
      <section className="app-section" aria-labelledby="meeting-edit-heading">
        <h2 id="meeting-edit-heading">{t('meeting.edit')}</h2>
        <MeetingForm
          people={meeting.people}
          meeting={meeting}
          pending={update.isPending}
          onCancel={() => setEditing(false)}
          onSubmit={(value, fail) =>
            update.mutate(value, {
              onSuccess: () => {
                setEditing(false);
                setSaved(true);
              },
              onError: fail,
            })
          }
        />
      </section>
    );
  }
  return (
    <section className="app-section" aria-labelledby="meeting-details-heading">
      <h2 id="meeting-details-heading">{t('meeting.details')}</h2>
      {saved ? <Saved>{t('form.saved')}</Saved> : null}
      <h3>{t('meeting.participants')}</h3>
      {meeting.participants.length === 0 ? (
        <p className="app-empty">{t('meeting.noParticipants')}</p>
      ) : (
        <ul>
          {meeting.participants.map((p, index) => (
            <li key={p.userId ?? `external-${index}`}>
              {p.name}
              {p.organisationName ? ` (${p.organisationName})` : null}
              {p.userId === null ? <span className="app-muted"> – {t('meeting.external')}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('meeting.minutes')}</h3>
      {meeting.minutes ? (
        <p className="app-notes">{meeting.minutes}</p>
      ) : (
        <p className="app-empty">{t('meeting.noMinutes')}</p>
      )}
      {meeting.canManage ? (
        <p className="agr-actions">
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {t('meeting.edit')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const saved = useSavedMessage();
  return (
    <>
      {saved ? <Saved>{t('form.created')}</Saved> : null}
      <p>
        <Link to={`/leverandoerer/${meeting.providerId}/moeder`}>
          {t('provider.eyebrow', { name: meeting.providerName })}
        </Link>
      </p>
      <Details meeting={meeting} />
      <AgendaSection meeting={meeting} />
      <ActionsSection meeting={meeting} />
      <CommentsSection meeting={meeting} />
    </>
  );
}

export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const day = useDay();
  const { id = '' } = useParams();
  return (
    <RecordPage
      query={useMeeting(id)}
      kind={t('meeting.kind')}
      titleOf={(meeting) => `${t('meeting.title', { date: day(meeting.heldOn) })} – ${meeting.providerName}`}
    >
      {(meeting) => <MeetingView meeting={meeting} />}
    </RecordPage>
  );
}
