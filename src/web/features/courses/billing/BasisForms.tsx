// Forms of the monthly billing basis (issue 14): a correction of an earlier approved month (credit or
// debit with its reason) on a draft basis, an invoice received, and the invoices with their match.
// Amounts are typed in kroner (1.850,50) and sent as øre.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseAmount } from '../../../../shared/money.ts';
import { translate, type Language } from '../../../../shared/messages.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import {
  AmountField,
  DateField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/form/fields.tsx';
import {
  renamedFields,
  summaryOf,
  useFormErrors,
  useFormValues,
} from '../../../components/form/form-state.ts';
import { formatDate } from '../../../components/format.ts';
import { useAddCorrection, useRecordInvoice, type BasisView, type ProviderMonth } from './basis.api.ts';
import { useLanguage } from '../../../components/useLanguage.ts';

export function InvoiceList({ entry, language }: { entry: ProviderMonth; language: Language }) {
  const { t } = useTranslation('courses');
  const matched = entry.invoiceMatch;
  if (entry.invoices.length === 0 || !matched) return null;
  const kroner = (ore: number) => formatMoney(ore, language, { unit: true });
  return (
    <div data-testid="basis-invoices">
      <h4>{t('basis.invoice.list')}</h4>
      <ul className="app-link-list">
        {entry.invoices.map((invoice) => (
          <li key={invoice.id}>
            {invoice.invoiceNumber}, {formatDate(invoice.invoiceDate, language)}, {kroner(invoice.amountOre)}
          </li>
        ))}
      </ul>
      {/* Partial invoices of the month are added up and matched as one against the approved basis. */}
      <p>
        {t('basis.invoice.total', { count: matched.invoiceCount, amount: kroner(matched.invoicedOre) })}:{' '}
        <strong>
          {matched.match === 'differs'
            ? t('basis.invoice.differs', { amount: kroner(matched.differenceOre ?? 0) })
            : t(`basis.invoice.${matched.match}`)}
        </strong>
      </p>
    </div>
  );
}

const CORRECTION_FIELDS = ['correctsMonth', 'direction', 'amount', 'reason'] as const;
type CorrectionField = (typeof CORRECTION_FIELDS)[number];
const INVOICE_FIELDS = ['invoiceNumber', 'invoiceDate', 'amount'] as const;
type InvoiceField = (typeof INVOICE_FIELDS)[number];
/** The API takes the amount in øre; the form has it in kroner as typed. */
const AMOUNT_IN_ORE = renamedFields({ amountOre: 'amount' });

/** The amount as typed in the user's language, or its problem on the field (and focus on the summary). */
function useAmountOf(errors: ReturnType<typeof useFormErrors>) {
  const language = useLanguage();
  return (typed: string): number | null => {
    const parsed = parseAmount(typed, language);
    if (parsed.ok) return parsed.ore;
    errors.failWith({ amount: translate(language, parsed.problem) });
    return null;
  };
}

export function CorrectionForm({ basis }: { basis: BasisView }) {
  const { t } = useTranslation('courses');
  const add = useAddCorrection(basis.id);
  const errors = useFormErrors(`correction-${basis.id}`, CORRECTION_FIELDS, AMOUNT_IN_ORE);
  const labels: Record<CorrectionField, string> = {
    correctsMonth: t('basis.correction.correctsMonth'),
    direction: t('basis.correction.direction'),
    amount: t('basis.correction.amount'),
    reason: t('basis.correction.reason'),
  };
  const empty = () => ({ correctsMonth: '', direction: 'credit', amount: '', reason: '' });
  const { values, setValues, control } = useFormValues(empty, errors, labels);
  const amountOf = useAmountOf(errors);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ore = amountOf(values.amount);
    if (ore === null) return;
    const amountOre = values.direction === 'credit' ? -ore : ore;
    add.mutate(
      { correctsMonth: values.correctsMonth, amountOre, reason: values.reason },
      {
        onSuccess: () => {
          errors.reset();
          setValues(empty());
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <form noValidate onSubmit={submit}>
      <h4>{t('basis.correction.heading')}</h4>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <TextField {...control('correctsMonth')} type="month" size="s" required />
      <SelectField
        {...control('direction')}
        options={[
          { value: 'credit', label: t('basis.correction.credit') },
          { value: 'debit', label: t('basis.correction.debit') },
        ]}
      />
      <AmountField {...control('amount')} required />
      <TextAreaField {...control('reason')} rows={2} required />
      <button type="submit" className="button button-secondary" disabled={add.isPending}>
        {t('basis.correction.save')}
      </button>
    </form>
  );
}

export function InvoiceForm({ providerId, month }: { providerId: string; month: string }) {
  const { t } = useTranslation('courses');
  const record = useRecordInvoice();
  const errors = useFormErrors(`invoice-${providerId}`, INVOICE_FIELDS, AMOUNT_IN_ORE);
  const labels: Record<InvoiceField, string> = {
    invoiceNumber: t('basis.invoice.number'),
    invoiceDate: t('basis.invoice.date'),
    amount: t('basis.invoice.amount'),
  };
  const empty = () => ({ invoiceNumber: '', invoiceDate: '', amount: '' });
  const { values, setValues, control } = useFormValues(empty, errors, labels);
  const amountOf = useAmountOf(errors);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amountOre = amountOf(values.amount);
    if (amountOre === null) return;
    record.mutate(
      { providerId, month, invoiceNumber: values.invoiceNumber, invoiceDate: values.invoiceDate, amountOre },
      {
        onSuccess: () => {
          errors.reset();
          setValues(empty());
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <form noValidate onSubmit={submit}>
      <h4>{t('basis.invoice.heading')}</h4>
      <ErrorSummary {...summaryOf(errors, labels)} />
      <TextField {...control('invoiceNumber')} className="form-input input-width-m" required />
      <DateField {...control('invoiceDate')} required />
      <AmountField {...control('amount')} required />
      <button type="submit" className="button button-secondary" disabled={record.isPending}>
        {t('basis.invoice.save')}
      </button>
    </form>
  );
}
