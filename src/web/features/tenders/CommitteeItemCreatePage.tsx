// /udvalg/ny (tender.manage): a committee meeting item with the administration's recommendation, which
// becomes the item's first proposal; amendments and votes are then recorded on the item's page.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTenders } from '../agreements/agreement.api.ts';
import { useCreateCommitteeItem } from './evaluation.api.ts';
import { FormPage } from '../../components/Page.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

const FIELDS = [
  'committee',
  'committeeShort',
  'meetingDate',
  'caseNumber',
  'title',
  'tenderId',
  'recommendation',
] as const;
type FieldName = (typeof FIELDS)[number];

function ItemForm() {
  const { t } = useTranslation('tenders');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const tenders = useTenders();
  const create = useCreateCommitteeItem();
  const errors = useFormErrors('item', FIELDS);
  const labels: Record<FieldName, string> = {
    committee: t('itemForm.committee'),
    committeeShort: t('itemForm.committeeShort'),
    meetingDate: t('itemForm.meetingDate'),
    caseNumber: t('itemForm.caseNumber'),
    title: t('itemForm.title_'),
    tenderId: t('itemForm.tenderId'),
    recommendation: t('itemForm.recommendation'),
  };
  const { values, control } = useFormValues<FieldName>(
    () => ({
      committee: 'Beskæftigelses- og Integrationsudvalget',
      committeeShort: 'BIU',
      meetingDate: '',
      caseNumber: '',
      title: '',
      tenderId: search.get('udbud') ?? '',
      recommendation: '',
    }),
    errors,
    labels,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        committee: values.committee,
        committeeShort: values.committeeShort || null,
        meetingDate: values.meetingDate,
        caseNumber: values.caseNumber || null,
        title: values.title,
        tenderId: values.tenderId || null,
        recommendation: values.recommendation,
      },
      { onSuccess: (item) => void navigate(`/udvalg/${item.id}`), onError: errors.fail },
    );
  };
  return (
    <>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('committee')} required />
        <TextField {...control('committeeShort')} size="short" />
        <TextField {...control('meetingDate')} type="date" size="date" required />
        <TextField {...control('caseNumber')} />
        <TextField {...control('title')} required />
        <SelectField
          {...control('tenderId')}
          options={(tenders.data?.items ?? []).map((tender) => ({ value: tender.id, label: tender.name }))}
          placeholder={t('itemForm.noTender')}
        />
        <TextAreaField {...control('recommendation', t('itemForm.recommendationHint'))} required />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('itemForm.save')}
          </button>
          <Link to="/udvalg" className="button button-tertiary">
            {t('itemForm.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** /udvalg/ny */
export function CommitteeItemCreatePage() {
  const { t } = useTranslation('tenders');
  return (
    <FormPage title={t('itemForm.title')} intro={t('itemForm.intro')}>
      <ItemForm />
    </FormPage>
  );
}
