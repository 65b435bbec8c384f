import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CreateProviderInput } from '../../../shared/agreements/agreement.schemas.ts';
import { useCreateProvider, useProvider, useUpdateProvider, type ProviderDetail } from './agreement.api.ts';
import { DISTRICT_OPTIONS } from '../../components/DistrictSelect.tsx';
import { FormPage, Loaded } from '../../components/Page.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { numberOrNull, summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

const FIELDS = [
  'name',
  'code',
  'cvr',
  'district',
  'neighbourhood',
  'address',
  'contactName',
  'contactEmail',
  'contactPhone',
  'providerSince',
  'description',
] as const;
type FieldName = (typeof FIELDS)[number];

function initialValues(provider?: ProviderDetail): Record<FieldName, string> {
  return {
    name: provider?.name ?? '',
    code: provider?.code ?? '',
    cvr: provider?.cvr ?? '',
    district: provider?.district ?? '',
    neighbourhood: provider?.neighbourhood ?? '',
    address: provider?.address ?? '',
    contactName: provider?.contactName ?? '',
    contactEmail: provider?.contactEmail ?? '',
    contactPhone: provider?.contactPhone ?? '',
    providerSince: provider?.providerSince ? String(provider.providerSince) : '',
    description: provider?.description ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function toInput(values: Record<FieldName, string>): CreateProviderInput {
  return {
    name: values.name.trim(),
    cvr: values.cvr.trim(),
    district: (orNull(values.district) as CreateProviderInput['district']) ?? null,
    neighbourhood: orNull(values.neighbourhood),
    address: orNull(values.address),
    contactName: orNull(values.contactName),
    contactEmail: orNull(values.contactEmail),
    contactPhone: orNull(values.contactPhone),
    providerSince: numberOrNull(values.providerSince),
    description: orNull(values.description),
  };
}

/** The provider form, for a new provider (with its code) or an existing one. */
function ProviderForm({ provider }: { provider?: ProviderDetail }) {
  const { t } = useTranslation('agreements');
  const navigate = useNavigate();
  const create = useCreateProvider();
  const update = useUpdateProvider(provider?.id ?? '');
  const errors = useFormErrors('provider', FIELDS);
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`provider.${f}`)])) as Record<FieldName, string>;
  const { values, control } = useFormValues(() => initialValues(provider), errors, labels);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = toInput(values);
    const onSuccess = (saved: ProviderDetail) =>
      void navigate(`/leverandoerer/${saved.id}`, { state: { saved: provider ? 'updated' : 'created' } });
    const options = { onSuccess, onError: errors.fail };
    // Editing leaves an unset district alone (the seeds do not give every provider's district).
    if (provider) update.mutate({ ...input, district: input.district ?? undefined }, options);
    else create.mutate({ ...input, code: orNull(values.code) }, options);
  };

  return (
    <>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('name')} required />
        {provider ? null : <TextField {...control('code', t('providerForm.codeHint'))} />}
        <TextField {...control('cvr', t('providerForm.cvrHint'))} required inputMode="numeric" />
        <SelectField
          {...control('district', t('providerForm.districtHint'))}
          options={DISTRICT_OPTIONS}
          placeholder={t('providerForm.districtNone')}
        />
        <TextField {...control('neighbourhood', t('providerForm.neighbourhoodHint'))} />
        <TextField {...control('address')} />
        <TextField {...control('contactName', t('providerForm.contactHint'))} />
        <TextField {...control('contactEmail')} type="email" />
        <TextField {...control('contactPhone')} type="tel" />
        <TextField
          {...control('providerSince', t('providerForm.sinceHint'))}
          size="short"
          inputMode="numeric"
        />
        <TextAreaField {...control('description')} />
        <div className="app-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={create.isPending || update.isPending}
          >
            {provider ? t('form.save') : t('providers.create')}
          </button>
          <Link
            to={provider ? `/leverandoerer/${provider.id}` : '/leverandoerer'}
            className="button button-tertiary"
          >
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** /leverandoerer/ny */
export function ProviderCreatePage() {
  const { t } = useTranslation('agreements');
  return (
    <FormPage title={t('providers.create')} intro={t('providerForm.intro')}>
      <ProviderForm />
    </FormPage>
  );
}

/** /leverandoerer/:id/rediger */
export function ProviderEditPage() {
  const { t } = useTranslation('agreements');
  const { id = '' } = useParams();
  const provider = useProvider(id);
  const title = provider.data
    ? t('providerForm.editTitle', { name: provider.data.name })
    : t('providerForm.edit');
  return (
    <FormPage title={title}>
      <Loaded query={provider}>{(data) => <ProviderForm key={data.id} provider={data} />}</Loaded>
    </FormPage>
  );
}
