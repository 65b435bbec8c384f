import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CreateAgreementInput } from '../../../shared/agreements/agreement.schemas.ts';
import {
  useCreateAgreement,
  useProviders,
  useTender,
  useTenders,
  type AgreementDetail,
} from './agreement.api.ts';
import { FormPage } from '../../components/Page.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import {
  controlOf,
  numberOrNull,
  summaryOf,
  useFormErrors,
  useFormValues,
} from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

const FIELDS = [
  'tenderAreaId',
  'providerId',
  'caseNumber',
  'startsOn',
  'originalEndsOn',
  'extensions',
  'noticeWeeks',
  'status',
  'longDurationJustification',
] as const;
type FieldName = (typeof FIELDS)[number];

/** "12" or "12, 6" → months of each optional extension, in order. */
function parseExtensions(text: string): { months: number }[] {
  return text
    .split(/[,;\s]+/)
    .filter((part) => part !== '')
    .map((part) => ({ months: numberOrNull(part) as number }));
}

/** /rammeaftaler/ny(?leverandoer=id): a new framework agreement, by default active with 8 weeks' notice. */
export function AgreementCreatePage() {
  const { t } = useTranslation('agreements');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateAgreement();
  const tenders = useTenders();
  const providers = useProviders();
  // "extensions.0.months" and the like belong to the one extensions field (useFormErrors' rule).
  const errors = useFormErrors('agreement', FIELDS);
  const [tenderId, setTenderId] = useState('');
  const tender = useTender(tenderId);
  const labels: Record<FieldName, string> = {
    tenderAreaId: t('agreement.area'),
    providerId: t('agreement.provider'),
    caseNumber: t('agreement.caseNumber'),
    startsOn: t('agreement.startsOn'),
    originalEndsOn: t('agreement.originalEndsOn'),
    extensions: t('agreementForm.extensions'),
    noticeWeeks: t('agreement.noticeWeeks'),
    status: t('agreement.status'),
    longDurationJustification: t('agreement.justification'),
  };
  const { values, set, control } = useFormValues<FieldName>(
    () => ({
      tenderAreaId: '',
      providerId: params.get('leverandoer') ?? '',
      caseNumber: '',
      startsOn: '',
      originalEndsOn: '',
      extensions: '',
      noticeWeeks: '8',
      status: 'active',
      longDurationJustification: '',
    }),
    errors,
    labels,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input: CreateAgreementInput = {
      tenderAreaId: values.tenderAreaId,
      providerId: values.providerId,
      caseNumber: values.caseNumber.trim() || null,
      startsOn: values.startsOn,
      originalEndsOn: values.originalEndsOn,
      extensions: parseExtensions(values.extensions),
      noticeWeeks: numberOrNull(values.noticeWeeks) ?? 8,
      status: values.status === 'draft' ? 'draft' : 'active',
      longDurationJustification: values.longDurationJustification.trim() || null,
    };
    create.mutate(input, {
      onSuccess: (saved: AgreementDetail) =>
        void navigate(`/rammeaftaler/${saved.id}`, { state: { saved: 'created' } }),
      onError: errors.fail,
    });
  };

  return (
    <FormPage title={t('agreements.create')} intro={t('agreementForm.intro')}>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <SelectField
          {...controlOf(errors, {
            field: 'tender',
            label: t('agreement.tender'),
            hint: t('agreementForm.tenderHint'),
            value: tenderId,
            onChange: (value) => {
              setTenderId(value);
              set('tenderAreaId', '');
            },
          })}
          options={(tenders.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
          placeholder={t('agreementForm.chooseTender')}
        />
        <SelectField
          {...control('tenderAreaId')}
          required
          options={(tender.data?.areas ?? []).map((area) => ({
            value: area.id,
            label: `${area.number}. ${area.name}`,
          }))}
          placeholder={t('agreementForm.chooseArea')}
        />
        <SelectField
          {...control('providerId')}
          required
          options={(providers.data?.items ?? []).map((provider) => ({
            value: provider.id,
            label: provider.name,
          }))}
          placeholder={t('agreementForm.chooseProvider')}
        />
        <TextField {...control('caseNumber')} />
        <TextField {...control('startsOn')} required type="date" size="date" />
        <TextField
          {...control('originalEndsOn', t('agreementForm.endHint'))}
          required
          type="date"
          size="date"
        />
        <TextField {...control('extensions', t('agreementForm.extensionsHint'))} size="short" />
        <TextField
          {...control('noticeWeeks', t('agreementForm.noticeHint'))}
          size="short"
          inputMode="numeric"
        />
        <SelectField
          {...control('status')}
          required
          options={[
            { value: 'active', label: t('status.active') },
            { value: 'draft', label: t('status.draft') },
          ]}
        />
        <TextAreaField {...control('longDurationJustification', t('agreementForm.justificationHint'))} />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('agreements.create')}
          </button>
          <Link to="/rammeaftaler" className="button button-tertiary">
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </FormPage>
  );
}
