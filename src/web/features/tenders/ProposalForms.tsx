// Forms of the decision record (tender.manage): an amendment with its votes, and the votes on a proposal.
// Field errors come from the API (decision.rules.ts) and are shown on the fields and in the error summary.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, useFocusOnMount } from '../../components/ErrorSummary.tsx';
import { CheckboxField, TextAreaField, TextField, type FieldProps } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues, useSubmit } from '../../components/form/form-state.ts';
import { decisionApi, useStoreItem, type VotesInput } from './decision.api.ts';
import { parsePartyInput, parseWeightsInput } from './decision.format.ts';

const GROUPS = ['for', 'against', 'abstaining'] as const;
const VOTE_FIELDS = [
  'forCount',
  'forParties',
  'againstCount',
  'againstParties',
  'abstainingCount',
  'abstainingParties',
] as const;
const PROPOSAL_FIELDS = ['text', 'parties', 'criteriaWeights'] as const;
const AMENDMENT_FIELDS = [...PROPOSAL_FIELDS, ...VOTE_FIELDS] as const;
type VoteField = (typeof VOTE_FIELDS)[number];
type FormField = (typeof AMENDMENT_FIELDS)[number] | 'withVotes';
type Values = Record<FormField, string>;

const EMPTY = (): Values => ({
  text: '',
  parties: '',
  criteriaWeights: '',
  withVotes: 'yes',
  forCount: '',
  forParties: '',
  againstCount: '',
  againstParties: '',
  abstainingCount: '',
  abstainingParties: '',
});

/** The form field of an API error path: "votes.for.count" and "for.count" → "forCount". */
function fieldOfVotePath(path: string): string {
  const bare = path.replace(/^votes\./, '');
  const [first, second] = bare.split('.');
  if (first === 'for' || first === 'against' || first === 'abstaining') {
    return `${first}${second === 'parties' ? 'Parties' : 'Count'}` satisfies VoteField;
  }
  return bare;
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

/** The values, errors and submit of both forms; a refusal other than a validation failure also says why. */
function useProposalForm(name: string, order: readonly FormField[]) {
  const { t } = useTranslation('tenders');
  const errors = useFormErrors(name, order, fieldOfVotePath, { conflictAbove: true });
  const labelOf = (field: FormField) => t(`form.${field}`);
  const values = useFormValues(EMPTY, errors, labelOf);
  const submit = useSubmit(errors);
  return { errors, labelOf, submit, ...values };
}

function VoteFields({ control }: { control: (field: FormField, hint?: string) => FieldProps<FormField> }) {
  const { t } = useTranslation('tenders');
  return (
    <>
      {GROUPS.map((group) => (
        <fieldset key={group}>
          <legend className="form-label">{t(`votes.${group}`)}</legend>
          <TextField
            {...control(`${group}Count`)}
            className="form-input input-width-xs"
            inputMode="numeric"
            required
          />
          <TextField {...control(`${group}Parties`, t('form.partyListHint'))} />
        </fieldset>
      ))}
    </>
  );
}

/** Records an amendment proposal (ændringsforslag), with its vote when it has been held. */
export function AmendmentForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation('tenders');
  const store = useStoreItem();
  const [saved, setSaved] = useState(false);
  const { errors, labelOf, submit, values, setValues, control } = useProposalForm(
    'amendment',
    AMENDMENT_FIELDS,
  );
  const withVotes = values.withVotes === 'yes';

  const save = async () => {
    setSaved(false);
    const weights = parseWeightsInput(values.criteriaWeights);
    if (weights === undefined) {
      errors.failWith({ criteriaWeights: t('form.criteriaWeightsHint') });
      return;
    }
    const item = await decisionApi.addProposal(itemId, {
      text: values.text,
      parties: parsePartyInput(values.parties),
      criteriaWeights: weights,
      votes: withVotes ? votesOf(values) : null,
    });
    await store(item);
    errors.reset();
    setValues({ ...EMPTY(), withVotes: values.withVotes });
    setSaved(true);
  };

  return (
    <section className="app-section app-card" aria-labelledby="amendment-form-heading">
      <h2 id="amendment-form-heading">{t('form.amendmentTitle')}</h2>
      <p>{t('form.amendmentIntro')}</p>
      <ErrorSummary
        {...summaryOf(errors, {})}
        order={withVotes ? AMENDMENT_FIELDS : PROPOSAL_FIELDS}
        labelOf={(field) => labelOf(field as FormField)}
      />
      {saved ? (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{t('form.saved')}</p>
        </div>
      ) : null}
      <form onSubmit={(event) => void submit.onSubmit(save)(event)} noValidate className="app-form">
        <TextAreaField {...control('text')} rows={4} required />
        <TextField {...control('parties', t('form.partiesHint'))} required />
        <TextField {...control('criteriaWeights', t('form.criteriaWeightsHint'))} />
        <CheckboxField {...control('withVotes')} />
        {withVotes ? <VoteFields control={control} /> : null}
        <button type="submit" className="button button-primary" disabled={submit.pending}>
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
  const idPrefix = `votes-${proposalId}`;
  const { errors, labelOf, submit, values, control } = useProposalForm(idPrefix, VOTE_FIELDS);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  const save = async () => {
    const item = await decisionApi.recordVotes(proposalId, votesOf(values));
    await store(item);
    onDone();
  };

  return (
    <section className="app-card" aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`} tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      <ErrorSummary {...summaryOf(errors, {})} labelOf={(field) => labelOf(field as FormField)} />
      <form onSubmit={(event) => void submit.onSubmit(save)(event)} noValidate className="app-form">
        <VoteFields control={control} />
        <button type="submit" className="button button-primary" disabled={submit.pending}>
          {t('form.saveVotes')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </form>
    </section>
  );
}
