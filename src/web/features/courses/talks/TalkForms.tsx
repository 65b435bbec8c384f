// The job centre's forms for talks: scheduling a talk, and recording its outcome (or moving it).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TALK_OUTCOMES, TALK_VENUES } from '../../../../shared/courses/talk.constants.ts';
import { translate } from '../../../../shared/messages.ts';
import { isApiError } from '../../../app/api.ts';
import { useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, fieldErrorsFrom, useFocusOnMount } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { talkApi, type Talk } from './talk.api.ts';
import { useDate, useLanguage } from './talk-format.ts';

const FIELDS = ['scheduledOn', 'venue', 'outcome', 'heldOn'] as const;
type FieldName = (typeof FIELDS)[number];
type Errors = Partial<Record<FieldName, string>>;

/** Form state shared by both forms: errors, the error summary's attempt counter and submitting. */
function useFormState(prefix: string) {
  const messageOf = useErrorMessage();
  const [errors, setErrors] = useState<Errors>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const fail = (fieldErrors: Errors, otherError: string | null = null) => {
    setErrors(fieldErrors);
    setOther(otherError);
    setAttempt((n) => n + 1);
  };
  const run = async (work: () => Promise<void>) => {
    setPending(true);
    try {
      await work();
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, FIELDS);
      const hasFields = Object.keys(fieldErrors).length > 0;
      fail(
        fieldErrors,
        hasFields && isApiError(error) && error.code === 'VALIDATION_FAILED' ? null : messageOf(error),
      );
    } finally {
      setPending(false);
    }
  };
  const clear = (field: FieldName) => setErrors((current) => ({ ...current, [field]: undefined }));
  const idOf = (field: FieldName) => `${prefix}-${field}`;
  return { errors, other, attempt, pending, fail, run, clear, idOf };
}

function VenueSelect({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('courses');
  return (
    <Field id={id} label={label} error={error ?? null} required>
      {(control) => (
        <select
          {...control}
          className="form-select"
          name="venue"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="" />
          {TALK_VENUES.map((venue) => (
            <option key={venue} value={venue}>
              {t(`talks.venue.${venue}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function DateInput({
  id,
  label,
  hint,
  value,
  error,
  onChange,
  name,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  name: string;
}) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error ?? null} required>
      {(control) => (
        <input
          {...control}
          className="form-input input-width-s"
          type="date"
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

interface FormProps {
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Schedules a talk on the course: date and venue. */
export function ScheduleTalkForm({ courseId, onSaved, onCancel }: FormProps & { courseId: string }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const date = useDate();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const form = useFormState('talk-schedule');
  const [values, setValues] = useState({ scheduledOn: '', venue: '' });
  const set = (field: 'scheduledOn' | 'venue', value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clear(field);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = translate(language, 'validation.required');
    const missing: Errors = {};
    if (!values.scheduledOn) missing.scheduledOn = required;
    if (!values.venue) missing.venue = required;
    if (Object.keys(missing).length > 0) return form.fail(missing);
    void form.run(async () => {
      const talk = await talkApi.create(courseId, {
        scheduledOn: values.scheduledOn,
        venue: values.venue as Talk['venue'],
      });
      onSaved(t('talks.schedule.saved', { date: date(talk.scheduledOn) }));
    });
  };
  const labelOf = (field: FieldName) =>
    field === 'scheduledOn' ? t('talks.schedule.scheduledOn') : t('talks.schedule.venue');
  return (
    <section className="app-card app-section" aria-labelledby="talk-schedule-heading">
      <h3 id="talk-schedule-heading" tabIndex={-1} ref={headingRef}>
        {t('talks.schedule.heading')}
      </h3>
      <p>{t('talks.schedule.intro')}</p>
      <ErrorSummary
        attempt={form.attempt}
        errors={form.errors}
        order={FIELDS}
        labelOf={labelOf}
        idOf={form.idOf}
        other={form.other}
      />
      <form onSubmit={submit} noValidate className="app-form">
        <DateInput
          id={form.idOf('scheduledOn')}
          name="scheduledOn"
          label={t('talks.schedule.scheduledOn')}
          value={values.scheduledOn}
          error={form.errors.scheduledOn}
          onChange={(v) => set('scheduledOn', v)}
        />
        <VenueSelect
          id={form.idOf('venue')}
          label={t('talks.schedule.venue')}
          value={values.venue}
          error={form.errors.venue}
          onChange={(v) => set('venue', v)}
        />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={form.pending}>
            {form.pending ? t('talks.schedule.submitting') : t('talks.schedule.submit')}
          </button>
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('talks.schedule.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Records a talk's outcome (held with the date, not attended, cancelled) or moves it. */
export function RecordTalkForm({
  talk,
  today,
  onSaved,
  onCancel,
}: FormProps & { talk: Talk; today: string }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const date = useDate();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const form = useFormState('talk-record');
  const [values, setValues] = useState({
    scheduledOn: talk.scheduledOn,
    venue: talk.venue as string,
    outcome: talk.outcome as string,
    heldOn: talk.heldOn ?? (talk.scheduledOn <= today ? talk.scheduledOn : ''),
  });
  const set = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clear(field);
  };
  const isHeld = values.outcome === 'held';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isHeld && !values.heldOn) return form.fail({ heldOn: translate(language, 'talk.held_on_required') });
    void form.run(async () => {
      const saved = await talkApi.update(talk.id, {
        scheduledOn: values.scheduledOn,
        venue: values.venue as Talk['venue'],
        outcome: values.outcome as Talk['outcome'],
        heldOn: isHeld ? values.heldOn : null,
      });
      onSaved(t('talks.record.saved', { date: date(saved.scheduledOn) }));
    });
  };
  const labelOf = (field: FieldName) => t(`talks.record.${field}`);
  return (
    <section className="app-card app-section" aria-labelledby="talk-record-heading">
      <h3 id="talk-record-heading" tabIndex={-1} ref={headingRef}>
        {t('talks.record.heading', { date: date(talk.scheduledOn) })}
      </h3>
      <p>{t('talks.record.intro')}</p>
      <ErrorSummary
        attempt={form.attempt}
        errors={form.errors}
        order={FIELDS}
        labelOf={labelOf}
        idOf={form.idOf}
        other={form.other}
      />
      <form onSubmit={submit} noValidate className="app-form">
        <fieldset
          className={form.errors.outcome ? 'form-group form-error' : 'form-group'}
          aria-describedby={form.errors.outcome ? 'talk-record-outcome-error' : undefined}
        >
          <legend className="form-label">{t('talks.record.outcome')}</legend>
          {form.errors.outcome ? (
            <span className="form-error-message" id="talk-record-outcome-error">
              {form.errors.outcome}
            </span>
          ) : null}
          <ul className="nobullet-list">
            {TALK_OUTCOMES.map((outcome, index) => {
              const id = index === 0 ? form.idOf('outcome') : `talk-record-outcome-${outcome}`;
              return (
                <li key={outcome}>
                  <input
                    id={id}
                    className="form-radio"
                    type="radio"
                    name="outcome"
                    value={outcome}
                    checked={values.outcome === outcome}
                    onChange={() => set('outcome', outcome)}
                  />
                  <label htmlFor={id}>{t(`talks.outcome.${outcome}`)}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {isHeld ? (
          <DateInput
            id={form.idOf('heldOn')}
            name="heldOn"
            label={t('talks.record.heldOn')}
            hint={t('talks.record.heldOnHint')}
            value={values.heldOn}
            error={form.errors.heldOn}
            onChange={(v) => set('heldOn', v)}
          />
        ) : null}
        <DateInput
          id={form.idOf('scheduledOn')}
          name="scheduledOn"
          label={t('talks.record.scheduledOn')}
          value={values.scheduledOn}
          error={form.errors.scheduledOn}
          onChange={(v) => set('scheduledOn', v)}
        />
        <VenueSelect
          id={form.idOf('venue')}
          label={t('talks.record.venue')}
          value={values.venue}
          error={form.errors.venue}
          onChange={(v) => set('venue', v)}
        />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={form.pending}>
            {form.pending ? t('talks.record.submitting') : t('talks.record.submit')}
          </button>
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('talks.record.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
