// A meeting's agreed actions: the table, buttons to close or reopen an action, and the form for a new
// action (text, owner, deadline) for those who manage meetings.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionTable } from './ActionTable.tsx';
import { useAddAction, useUpdateAction, type Meeting, type MeetingAction } from './meeting.api.ts';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

const FIELDS = ['text', 'ownerId', 'dueOn'] as const;
type FieldName = (typeof FIELDS)[number];

function AddActionForm({ meeting, onAdded }: { meeting: Meeting; onAdded: () => void }) {
  const { t } = useTranslation('meetings');
  const add = useAddAction(meeting.id);
  const errors = useFormErrors('action', FIELDS);
  const labels: Record<FieldName, string> = {
    text: t('actions.text'),
    ownerId: t('actions.owner'),
    dueOn: t('actions.dueOn'),
  };
  const { values, setValues, control } = useFormValues(
    () => ({ text: '', ownerId: '', dueOn: '' }),
    errors,
    labels,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(values, {
      onSuccess: () => {
        errors.reset();
        setValues({ text: '', ownerId: '', dueOn: '' });
        onAdded();
      },
      onError: errors.fail,
    });
  };
  const owners = meeting.people.map((p) => ({ value: p.id, label: `${p.name} (${p.organisationName})` }));
  return (
    <section className="app-section" aria-labelledby="add-action-heading">
      <h3 id="add-action-heading">{t('actions.addTitle')}</h3>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextAreaField {...control('text')} required />
        <SelectField
          {...control('ownerId')}
          options={owners}
          placeholder={t('actions.ownerChoose')}
          required
        />
        <TextField {...control('dueOn')} type="date" size="date" required />
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {t('actions.add')}
        </button>
      </form>
    </section>
  );
}

export function ActionsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const update = useUpdateAction();
  const [message, setMessage] = useState<string | null>(null);
  const change = (action: MeetingAction, status: MeetingAction['status']) =>
    update.mutate({ id: action.id, status }, { onSuccess: () => setMessage(t('actions.changed')) });
  const buttons = (action: MeetingAction) =>
    action.status === 'open' ? (
      <span className="app-nowrap">
        <button
          type="button"
          className="button button-secondary"
          aria-label={t('actions.markDone', { text: action.text })}
          onClick={() => change(action, 'done')}
        >
          {t('actions.markDoneShort')}
        </button>{' '}
        <button
          type="button"
          className="button button-tertiary"
          aria-label={t('actions.cancel', { text: action.text })}
          onClick={() => change(action, 'cancelled')}
        >
          {t('actions.cancelShort')}
        </button>
      </span>
    ) : (
      <button
        type="button"
        className="button button-tertiary"
        aria-label={t('actions.reopen', { text: action.text })}
        onClick={() => change(action, 'open')}
      >
        {t('actions.reopenShort')}
      </button>
    );
  return (
    <section className="app-section" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('actions.title')}</h2>
      {message ? <Saved>{message}</Saved> : null}
      {meeting.actions.length === 0 ? (
        <p className="app-empty">{t('actions.none')}</p>
      ) : (
        <ActionTable
          actions={meeting.actions}
          caption={t('actions.caption')}
          {...(meeting.canManage ? { buttons } : {})}
        />
      )}
      {meeting.canManage ? (
        <AddActionForm meeting={meeting} onAdded={() => setMessage(t('actions.added'))} />
      ) : null}
    </section>
  );
}
