// Records a meeting (new) or changes one: date, participants (users of indsats as checkboxes, externals
// one per line "name, organisation") and minutes. Field errors from the API go on the inputs.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingPerson } from './meeting.api.ts';
import { TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

const FIELDS = ['heldOn', 'participantUserIds', 'externals', 'minutes'] as const;
type FieldName = (typeof FIELDS)[number];

export interface MeetingFormValue {
  heldOn: string;
  participantUserIds: string[];
  externals: { name: string; organisation?: string }[];
  minutes: string;
}

/** "Navn, Organisation" per line; blank lines are skipped. */
export function parseExternals(text: string): { name: string; organisation?: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const comma = line.indexOf(',');
      if (comma < 0) return { name: line };
      return { name: line.slice(0, comma).trim(), organisation: line.slice(comma + 1).trim() };
    });
}

function externalsText(meeting: Meeting | undefined): string {
  return (meeting?.participants ?? [])
    .filter((p) => p.userId === null)
    .map((p) => (p.organisationName ? `${p.name}, ${p.organisationName}` : p.name))
    .join('\n');
}

export function MeetingForm({
  people,
  meeting,
  pending,
  onSubmit,
  onCancel,
}: {
  people: readonly MeetingPerson[];
  meeting?: Meeting;
  pending: boolean;
  onSubmit: (value: MeetingFormValue, fail: (error: unknown) => void) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('meetings');
  const errors = useFormErrors('meeting', FIELDS);
  const labels: Record<FieldName, string> = {
    heldOn: t('form.heldOn'),
    participantUserIds: t('form.participantUserIds'),
    externals: t('form.externals'),
    minutes: t('form.minutes'),
  };
  const { values, control } = useFormValues(
    () => ({
      heldOn: meeting?.heldOn ?? '',
      participantUserIds: '',
      externals: externalsText(meeting),
      minutes: meeting?.minutes ?? '',
    }),
    errors,
    labels,
  );
  const [chosen, setChosen] = useState(
    () => new Set((meeting?.participants ?? []).flatMap((p) => (p.userId ? [p.userId] : []))),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(
      {
        heldOn: values.heldOn,
        participantUserIds: [...chosen],
        externals: parseExternals(values.externals),
        minutes: values.minutes,
      },
      errors.fail,
    );
  };
  const participantsError = errors.errorOf('participantUserIds');
  return (
    <>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('heldOn', t('form.heldOnHint'))} type="date" size="date" required />
        <fieldset
          className={participantsError ? 'agr-fieldset form-error' : 'agr-fieldset'}
          id="meeting-participantUserIds"
          tabIndex={-1}
        >
          <legend className="form-label">{labels.participantUserIds}</legend>
          <p className="form-hint">{t('form.participantsHint')}</p>
          {participantsError ? <p className="form-error-message">{participantsError}</p> : null}
          {people.map((person) => (
            <div className="form-group-checkbox" key={person.id}>
              <input
                id={`meeting-person-${person.id}`}
                className="form-checkbox"
                type="checkbox"
                checked={chosen.has(person.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(person.id);
                  else next.delete(person.id);
                  setChosen(next);
                  errors.clear('participantUserIds');
                }}
              />
              <label className="form-label" htmlFor={`meeting-person-${person.id}`}>
                {person.name} ({person.organisationName})
              </label>
            </div>
          ))}
        </fieldset>
        <TextAreaField {...control('externals', t('form.externalsHint'))} />
        <TextAreaField {...control('minutes', t('form.minutesHint'))} />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {meeting ? t('form.save') : t('form.submit')}
          </button>
          {onCancel ? (
            <button type="button" className="button button-tertiary" onClick={onCancel}>
              {t('form.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
