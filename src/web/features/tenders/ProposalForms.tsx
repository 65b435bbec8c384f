// Forms of the decision record (tender.manage): an amendment with its votes, and the votes on a proposal.
// Field errors come from the API (decision.rules.ts) and are shown on the fields and in the error summary.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { useErrorMessage } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, useFocusOnMount } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { decisionApi, useStoreItem, type VotesInput } from './decision.api.ts';
import { parsePartyInput, parseWeightsInput } from './decision.format.ts';

const VOTE_FIELDS = [
  'forCount',
  'forParties',
  'againstCount',
  'againstParties',
  'abstainingCount',
  'abstainingParties',
] as const;
const AMENDMENT_FIELDS = ['text', 'parties', 'criteriaWeights', ...VOTE_FIELDS] as const;
type VoteField = (typeof VOTE_FIELDS)[number];
type AmendmentField = (typeof AMENDMENT_FIELDS)[number];
type Values = Record<AmendmentField, string>;

const EMPTY: Values = {
  text: '',
  parties: '',
  criteriaWeights: '',
  forCount: '',
  forParties: '',
  againstCount: '',
  againstParties: '',
  abstainingCount: '',
  abstainingParties: '',
};

/** The form field of an API error path: "votes.for.count" and "for.count" → "forCount". */
function fieldOfPath(path: string): AmendmentField | undefined {
  const bare = path.replace(/^votes\./, '');
  const [first, second] = bare.split('.');
  if (first === 'for' || first === 'against' || first === 'abstaining') {
    return `${first}${second === 'parties' ? 'Parties' : 'Count'}` as VoteField;
  }
  return AMENDMENT_FIELDS.find((f) => f === first);
}

function errorsFrom(error: unknown): Partial<Record<AmendmentField, string>> {
  if (!isApiError(error)) return {};
  const result: Partial<Record<AmendmentField, string>> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const field = fieldOfPath(path);
    if (field && !result[field]) result[field] = message;
  }
  return result;
}

/** A count as typed; NaN (refused by the API with a message on the field) when not a whole number. */
function count(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function votesOf(values: Values): VotesInput {
  return {
    for: { count: count(values.forCount), parties: parsePartyInput(values.forParties) },
    against: { count: count(values.againstCount), parties: parsePartyInput(values.againstParties) },
    abstaining: { count: count(values.abstainingCount), parties: parsePartyInput(values.abstainingParties) },
  };
}

/** Form state shared by both forms: values, errors from the API, attempts (for the summary's focus). */
function useFormState(fields: readonly AmendmentField[]) {
  const messageOf = useErrorMessage();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<AmendmentField, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (field: AmendmentField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const run = async (action: () => Promise<void>) => {
    setPending(true);
    try {
      await action();
      setErrors({});
      setOther(null);
      setValues(EMPTY);
    } catch (error) {
      const fieldErrors = errorsFrom(error);
      const known = Object.keys(fieldErrors).filter((f) => fields.includes(f as AmendmentField));
      setErrors(fieldErrors);
      setOther(
        known.length > 0 && isApiError(error) && error.code === 'VALIDATION_FAILED' ? null : messageOf(error),
      );
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  };
  return { values, errors, other, attempt, pending, set, run, setErrors, setAttempt };
}

type FormState = ReturnType<typeof useFormState>;

function TextField({
  form,
  field,
  idPrefix,
  hint,
  required = false,
  inputMode,
}: {
  form: FormState;
  field: AmendmentField;
  idPrefix: string;
  hint?: string;
  required?: boolean;
  inputMode?: 'numeric';
}) {
  const { t } = useTranslation('tenders');
  return (
    <Field
      id={`${idPrefix}-${field}`}
      label={t(`form.${field}`)}
      hint={hint}
      error={form.errors[field] ?? null}
      required={required}
    >
      {(control) => (
        <input
          {...control}
          className={inputMode ? 'form-input input-width-xs' : 'form-input'}
          name={field}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={form.values[field]}
          onChange={(event) => form.set(field, event.target.value)}
        />
      )}
    </Field>
  );
}

function VoteFields({ form, idPrefix }: { form: FormState; idPrefix: string }) {
  const { t } = useTranslation('tenders');
  return (
    <>
      {(['for', 'against', 'abstaining'] as const).map((group) => (
        <fieldset key={group}>
          <legend className="form-label">{t(`votes.${group}`)}</legend>
          <TextField form={form} field={`${group}Count`} idPrefix={idPrefix} inputMode="numeric" required />
          <TextField
            form={form}
            field={`${group}Parties`}
            idPrefix={idPrefix}
            hint={t('form.partyListHint')}
          />
        </fieldset>
      ))}
    </>
  );
}

/** Records an amendment proposal (ændringsforslag), with its vote when it has been held. */
export function AmendmentForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation('tenders');
  const store = useStoreItem();
  const [withVotes, setWithVotes] = useState(true);
  const [saved, setSaved] = useState(false);
  const fields = withVotes ? AMENDMENT_FIELDS : (['text', 'parties', 'criteriaWeights'] as const);
  const form = useFormState(fields);
  const idPrefix = 'amendment';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const weights = parseWeightsInput(form.values.criteriaWeights);
    if (weights === undefined) {
      form.setErrors({ criteriaWeights: t('form.criteriaWeightsHint') });
      form.setAttempt((n) => n + 1);
      return;
    }
    void form.run(async () => {
      const item = await decisionApi.addProposal(itemId, {
        text: form.values.text,
        parties: parsePartyInput(form.values.parties),
        criteriaWeights: weights,
        votes: withVotes ? votesOf(form.values) : null,
      });
      await store(item);
      setSaved(true);
    });
  };

  return (
    <section className="app-section app-card" aria-labelledby="amendment-form-heading">
      <h2 id="amendment-form-heading">{t('form.amendmentTitle')}</h2>
      <p>{t('form.amendmentIntro')}</p>
      <ErrorSummary
        attempt={form.attempt}
        errors={form.errors}
        order={fields}
        labelOf={(field) => t(`form.${field}`)}
        idOf={(field) => `${idPrefix}-${field}`}
        other={form.other}
      />
      {saved ? (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{t('form.saved')}</p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="app-form">
        <Field id={`${idPrefix}-text`} label={t('form.text')} error={form.errors.text ?? null} required>
          {(control) => (
            <textarea
              {...control}
              className="form-input"
              name="text"
              rows={4}
              value={form.values.text}
              onChange={(event) => form.set('text', event.target.value)}
            />
          )}
        </Field>
        <TextField form={form} field="parties" idPrefix={idPrefix} hint={t('form.partiesHint')} required />
        <TextField
          form={form}
          field="criteriaWeights"
          idPrefix={idPrefix}
          hint={t('form.criteriaWeightsHint')}
        />
        <div className="form-group">
          <div className="form-group-checkbox">
            <input
              id={`${idPrefix}-with-votes`}
              className="form-checkbox"
              type="checkbox"
              name="withVotes"
              checked={withVotes}
              onChange={(event) => setWithVotes(event.target.checked)}
            />
            <label className="form-label" htmlFor={`${idPrefix}-with-votes`}>
              {t('form.withVotes')}
            </label>
          </div>
        </div>
        {withVotes ? <VoteFields form={form} idPrefix={idPrefix} /> : null}
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {t('form.saveAmendment')}
        </button>
      </form>
    </section>
  );
}

/** Records the vote on a proposal that has none yet (e.g. the recommendation in its entirety). */
export function VotesForm({
  proposalId,
  title,
  onDone,
}: {
  proposalId: string;
  title: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('tenders');
  const store = useStoreItem();
  const form = useFormState(VOTE_FIELDS);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const idPrefix = `votes-${proposalId}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.run(async () => {
      const item = await decisionApi.recordVotes(proposalId, votesOf(form.values));
      await store(item);
      onDone();
    });
  };

  return (
    <section className="app-card" aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`} tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      <ErrorSummary
        attempt={form.attempt}
        errors={form.errors}
        order={VOTE_FIELDS}
        labelOf={(field) => t(`form.${field}`)}
        idOf={(field) => `${idPrefix}-${field}`}
        other={form.other}
      />
      <form onSubmit={submit} noValidate className="app-form">
        <VoteFields form={form} idPrefix={idPrefix} />
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {t('form.saveVotes')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </form>
    </section>
  );
}
