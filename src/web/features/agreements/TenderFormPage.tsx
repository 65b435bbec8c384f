import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CreateTenderInput } from '../../../shared/agreements/agreement.schemas.ts';
import type { Language } from '../../../shared/messages.ts';
import { amountForApi, formatMoney } from '../../../shared/money.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { useCreateTender, useTender, useUpdateTender, type TenderDetail } from './agreement.api.ts';
import { FormPage, Loaded } from '../../components/Page.tsx';
import { AmountField, TextField } from '../../components/form/fields.tsx';
import { numberOrNull, summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

const FIELDS = [
  'name',
  'caseNumber',
  'decidedOn',
  'minBindingPartnerships',
  'maxBindingPartnerships',
  'priceBands.programme.min',
  'priceBands.programme.max',
  'priceBands.aftercare.min',
  'priceBands.aftercare.max',
  'priceCaps.programme',
  'priceCaps.aftercare',
] as const;
type FieldName = (typeof FIELDS)[number];

function bandValue(
  tender: TenderDetail | undefined,
  kind: string,
  end: 'min' | 'max',
  language: Language,
): string {
  const band = tender?.priceBands.find((b) => b.priceKind === kind);
  if (!band) return '';
  return formatMoney(end === 'min' ? band.minWeeklyOre : band.maxWeeklyOre, language, { unit: false });
}

function capValue(
  tender: TenderDetail | undefined,
  kind: 'programme' | 'aftercare',
  language: Language,
): string {
  const cap = tender?.priceCaps[kind] ?? null;
  return cap === null ? '' : formatMoney(cap, language, { unit: false });
}

function initialValues(language: Language, tender?: TenderDetail): Record<FieldName, string> {
  return {
    name: tender?.name ?? '',
    caseNumber: tender?.caseNumber ?? '',
    decidedOn: tender?.decidedOn ?? '',
    minBindingPartnerships: tender?.minBindingPartnerships?.toString() ?? '',
    maxBindingPartnerships: tender?.maxBindingPartnerships?.toString() ?? '',
    'priceBands.programme.min': bandValue(tender, 'programme', 'min', language),
    'priceBands.programme.max': bandValue(tender, 'programme', 'max', language),
    'priceBands.aftercare.min': bandValue(tender, 'aftercare', 'min', language),
    'priceBands.aftercare.max': bandValue(tender, 'aftercare', 'max', language),
    'priceCaps.programme': capValue(tender, 'programme', language),
    'priceCaps.aftercare': capValue(tender, 'aftercare', language),
  };
}

/** The form's values as the API takes them; amounts typed in the user's language sent as the API reads them. */
function toInput(values: Record<FieldName, string>, language: Language): CreateTenderInput {
  const amount = (text: string) => amountForApi(text.trim(), language);
  const band = (kind: 'programme' | 'aftercare') => {
    const min = values[`priceBands.${kind}.min`].trim();
    const max = values[`priceBands.${kind}.max`].trim();
    return min === '' && max === ''
      ? null
      : { min: amountForApi(min, language), max: amountForApi(max, language) };
  };
  return {
    name: values.name.trim(),
    caseNumber: values.caseNumber.trim() || null,
    decidedOn: values.decidedOn || null,
    minBindingPartnerships: numberOrNull(values.minBindingPartnerships),
    maxBindingPartnerships: numberOrNull(values.maxBindingPartnerships),
    priceBands: { programme: band('programme'), aftercare: band('aftercare') },
    // A real cap, apart from the estimated band; empty removes it.
    priceCaps: {
      programme: amount(values['priceCaps.programme']) || null,
      aftercare: amount(values['priceCaps.aftercare']) || null,
    },
  };
}

function TenderForm({ tender }: { tender?: TenderDetail }) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const navigate = useNavigate();
  const create = useCreateTender();
  const update = useUpdateTender(tender?.id ?? '');
  const errors = useFormErrors('tender', FIELDS);
  const labels: Record<FieldName, string> = {
    name: t('tender.name'),
    caseNumber: t('tender.caseNumber'),
    decidedOn: t('tender.decidedOn'),
    minBindingPartnerships: t('tenderForm.minPartnerships'),
    maxBindingPartnerships: t('tenderForm.maxPartnerships'),
    'priceBands.programme.min': t('tenderForm.programmeMin'),
    'priceBands.programme.max': t('tenderForm.programmeMax'),
    'priceBands.aftercare.min': t('tenderForm.aftercareMin'),
    'priceBands.aftercare.max': t('tenderForm.aftercareMax'),
    'priceCaps.programme': t('tenderForm.programmeCap'),
    'priceCaps.aftercare': t('tenderForm.aftercareCap'),
  };
  const { values, control } = useFormValues(() => initialValues(language, tender), errors, labels);
  const amount = (field: FieldName) => <AmountField {...control(field)} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const options = {
      onSuccess: (saved: TenderDetail) =>
        void navigate(`/udbud/${saved.id}`, { state: { saved: tender ? 'updated' : 'created' } }),
      onError: errors.fail,
    };
    if (tender) update.mutate(toInput(values, language), options);
    else create.mutate(toInput(values, language), options);
  };

  return (
    <>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('name')} required />
        <TextField {...control('caseNumber', t('tenderForm.caseNumberHint'))} />
        <TextField {...control('decidedOn')} type="date" size="date" />
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('tender.partnerships')}</legend>
          <p className="form-hint">{t('tenderForm.partnershipsHint')}</p>
          <TextField {...control('minBindingPartnerships')} size="short" inputMode="numeric" />
          <TextField {...control('maxBindingPartnerships')} size="short" inputMode="numeric" />
        </fieldset>
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('tender.programmeBand')}</legend>
          <p className="form-hint">{t('tenderForm.bandHint')}</p>
          {amount('priceBands.programme.min')}
          {amount('priceBands.programme.max')}
        </fieldset>
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('tender.aftercareBand')}</legend>
          {amount('priceBands.aftercare.min')}
          {amount('priceBands.aftercare.max')}
        </fieldset>
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('tenderForm.capsLegend')}</legend>
          <p className="form-hint">{t('tenderForm.capsHint')}</p>
          {amount('priceCaps.programme')}
          {amount('priceCaps.aftercare')}
        </fieldset>
        <div className="app-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={create.isPending || update.isPending}
          >
            {tender ? t('form.save') : t('tenders.create')}
          </button>
          <Link to={tender ? `/udbud/${tender.id}` : '/udbud'} className="button button-tertiary">
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** /udbud/nyt */
export function TenderCreatePage() {
  const { t } = useTranslation('agreements');
  return (
    <FormPage title={t('tenders.create')} intro={t('tenderForm.intro')}>
      <TenderForm />
    </FormPage>
  );
}

/** /udbud/:id/rediger */
export function TenderEditPage() {
  const { t } = useTranslation('agreements');
  const { id = '' } = useParams();
  const tender = useTender(id);
  const title = tender.data ? t('tenderForm.editTitle', { name: tender.data.name }) : t('tenderForm.edit');
  return (
    <FormPage title={title}>
      <Loaded query={tender}>{(data) => <TenderForm key={data.id} tender={data} />}</Loaded>
    </FormPage>
  );
}
