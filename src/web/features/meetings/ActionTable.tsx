// A table of agreed actions: text, owner, deadline (marked when overdue) and status; with buttons to close
// or reopen an action where the user manages meetings.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDay } from '../agreements/ui.tsx';
import type { MeetingAction } from './meeting.api.ts';

export function ActionStatus({ action }: { action: MeetingAction }) {
  const { t } = useTranslation('meetings');
  const day = useDay();
  if (action.overdue) return <span className="badge badge-warning">{t('actions.overdue')}</span>;
  const name = t(`actions.statusName.${action.status}`);
  return (
    <>
      {action.status === 'open' ? name : <span className="badge">{name}</span>}
      {action.closedOn ? ` (${t('actions.closedOn', { date: day(action.closedOn) })})` : null}
    </>
  );
}

export function ActionTable({
  actions,
  caption,
  showMeeting = false,
  buttons,
}: {
  actions: readonly MeetingAction[];
  caption: string;
  showMeeting?: boolean;
  buttons?: (action: MeetingAction) => ReactNode;
}) {
  const { t } = useTranslation('meetings');
  const day = useDay();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.text')}</th>
            <th scope="col">{t('actions.owner')}</th>
            <th scope="col">{t('actions.dueOn')}</th>
            <th scope="col">{t('actions.status')}</th>
            {showMeeting ? <th scope="col">{t('actions.meeting')}</th> : null}
            {buttons ? <td /> : null}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <td className="app-notes">{action.text}</td>
              <td>
                {action.owner.name}
                <br />
                <span className="app-muted">{action.owner.organisationName}</span>
              </td>
              <td className="app-nowrap">{day(action.dueOn)}</td>
              <td>
                <ActionStatus action={action} />
              </td>
              {showMeeting ? (
                <td className="app-nowrap">
                  <Link to={`/moeder/${action.meetingId}`}>{day(action.meetingHeldOn)}</Link>
                </td>
              ) : null}
              {buttons ? <td>{buttons(action)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
