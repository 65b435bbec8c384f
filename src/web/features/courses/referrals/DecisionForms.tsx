// The provider's answer to a pending referral: accept (start date, fixed mentor, first stage), which
// creates the course, or reject with a reason. Each form shows the server's field errors in the shared
// error summary.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api.ts';
import { useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { ErrorSummary, fieldErrorsFrom } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { referralApi, useMentorOptions, useRefreshReferrals, type Referral } from './referral.api.ts';
import { todayInCopenhagen } from './referral-format.ts';

const FIRST_STAGES = ['internal_training', 'external_internship'] as const;
type FirstStage = (typeof FIRST_STAGES)[number];

/** Field errors of a refused request, or the message for the summary's "other" line. */
function useFailure<F extends string>(fields: readonly F[]) {
  const messageOf = useErrorMessage();
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fail = (error: unknown) => {
    const fieldErrors = fieldErrorsFrom(error, fields);
    const hasFields = Object.keys(fieldErrors).length > 0;
    setErrors(fieldErrors);
    setOther(hasFields && isApiError(error) && error.code === 'VALIDATION_FAILED' ? null : messageOf(error));
    setAttempt((n) => n + 1);
  };
  return { errors, other, attempt, fail };
}

const ACCEPT_FIELDS = ['startsOn', 'mentorUserId', 'firstStage'] as const;

export function AcceptForm({
  referral,
  onDone,
}: {
  referral: Referral;
  onDone: (message: string, courseId: string) => void;
}) {
  const { t } = useTranslation('courses');
  const mentors = useMentorOptions(referral.id);
  const refresh = useRefreshReferrals();
  const today = todayInCopenhagen();
  const [startsOn, setStartsOn] = useState(today > referral.referredOn ? today : referral.referredOn);
  const [mentorUserId, setMentorUserId] = useState('');
  const [firstStage, setFirstStage] = useState<FirstStage>('internal_training');
  const [pending, setPending] = useState(false);
  const failure = useFailure(ACCEPT_FIELDS);
  const idOf = (field: (typeof ACCEPT_FIELDS)[number]) =>
    field === 'firstStage' ? 'accept-firstStage-internal_training' : `accept-${field}`;
  const labelOf = (field: (typeof ACCEPT_FIELDS)[number]) =>
    t(
      field === 'firstStage'
        ? 'referrals.decision.firstStage'
        : field === 'mentorUserId'
          ? 'referrals.decision.mentor'
          : 'referrals.decision.startsOn',
    );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    try {
      const result = await referralApi.accept(referral.id, {
        startsOn,
        mentorUserId: mentorUserId || null,
        firstStage,
      });
      await refresh();
      onDone(t('referrals.decision.accepted'), result.courseId);
    } catch (error) {
      failure.fail(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="app-card" aria-labelledby="accept-heading">
      <h3 id="accept-heading">{t('referrals.decision.acceptHeading')}</h3>
      <ErrorSummary
        attempt={failure.attempt}
        errors={failure.errors}
        order={ACCEPT_FIELDS}
        labelOf={labelOf}
        idOf={idOf}
        other={failure.other}
      />
      <form onSubmit={(event) => void submit(event)} noValidate className="app-form">
        <Field
          id="accept-startsOn"
          label={t('referrals.decision.startsOn')}
          error={failure.errors.startsOn ?? null}
          required
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-s"
              name="startsOn"
              type="date"
              value={startsOn}
              onChange={(event) => setStartsOn(event.target.value)}
            />
          )}
        </Field>
        <Field
          id="accept-mentorUserId"
          label={t('referrals.decision.mentor')}
          hint={t('referrals.decision.mentorHint')}
          error={failure.errors.mentorUserId ?? null}
        >
          {(control) => (
            <select
              {...control}
              className="form-select"
              name="mentorUserId"
              value={mentorUserId}
              onChange={(event) => setMentorUserId(event.target.value)}
            >
              <option value="">{t('referrals.decision.noMentor')}</option>
              {(mentors.data?.items ?? []).map((mentor) => (
                <option key={mentor.id} value={mentor.id}>
                  {mentor.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className={failure.errors.firstStage ? 'form-group form-error' : 'form-group'}>
          <legend className="form-label">{t('referrals.decision.firstStage')}</legend>
          {failure.errors.firstStage ? (
            <span className="form-error-message">{failure.errors.firstStage}</span>
          ) : null}
          <ul className="nobullet-list">
            {FIRST_STAGES.map((stage) => (
              <li key={stage}>
                <input
                  id={`accept-firstStage-${stage}`}
                  className="form-radio"
                  type="radio"
                  name="firstStage"
                  value={stage}
                  checked={firstStage === stage}
                  onChange={() => setFirstStage(stage)}
                />
                <label htmlFor={`accept-firstStage-${stage}`}>{t(`referrals.stage.${stage}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('referrals.decision.accepting') : t('referrals.decision.accept')}
          </button>
        </div>
      </form>
    </section>
  );
}

const REJECT_FIELDS = ['reason'] as const;

export function RejectForm({ referral, onDone }: { referral: Referral; onDone: (message: string) => void }) {
  const { t } = useTranslation('courses');
  const refresh = useRefreshReferrals();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const failure = useFailure(REJECT_FIELDS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    try {
      await referralApi.reject(referral.id, { reason });
      await refresh();
      onDone(t('referrals.decision.rejected'));
    } catch (error) {
      failure.fail(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="app-card" aria-labelledby="reject-heading">
      <h3 id="reject-heading">{t('referrals.decision.rejectHeading')}</h3>
      <ErrorSummary
        attempt={failure.attempt}
        errors={failure.errors}
        order={REJECT_FIELDS}
        labelOf={() => t('referrals.decision.reason')}
        idOf={() => 'reject-reason'}
        other={failure.other}
      />
      <form onSubmit={(event) => void submit(event)} noValidate className="app-form">
        <Field
          id="reject-reason"
          label={t('referrals.decision.reason')}
          hint={t('referrals.decision.reasonHint')}
          error={failure.errors.reason ?? null}
          required
        >
          {(control) => (
            <textarea
              {...control}
              className="form-input"
              name="reason"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-secondary" disabled={pending}>
            {pending ? t('referrals.decision.rejecting') : t('referrals.decision.reject')}
          </button>
        </div>
      </form>
    </section>
  );
}
