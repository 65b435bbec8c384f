// A table of agreed actions: text, owner, deadline (marked when overdue) and status; with buttons to close
// or reopen an action where the user manages meetings. Not sortable: a meeting's few actions keep their
// order, and the only buttons are those that change an action.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingAction } from './meeting.api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useDay } from '../../components/useFormat.ts';

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
    <DataTable<MeetingAction>
      caption={caption}
      captionHidden
      rows={actions}
      rowKey={(action) => action.id}
      columns={[
        {
          label: t('actions.text'),
          className: 'app-notes',
          cell: (action) => action.text,
        },
        {
          label: t('actions.owner'),
          cell: (action) => (
            <>
              {action.owner.name}
              <br />
              <span className="app-muted">{action.owner.organisationName}</span>
            </>
          ),
        },
        {
          label: t('actions.dueOn'),
          className: 'app-nowrap',
          cell: (action) => day(action.dueOn),
        },
        { label: t('actions.status'), cell: (action) => <ActionStatus action={action} /> },
        showMeeting && {
          label: t('actions.meeting'),
          className: 'app-nowrap',
          optional: true,
          cell: (action) => <Link to={`/moeder/${action.meetingId}`}>{day(action.meetingHeldOn)}</Link>,
        },
        buttons && { label: t('actions.change'), labelHidden: true, cell: (action) => buttons(action) },
      ]}
    />
  );
}
