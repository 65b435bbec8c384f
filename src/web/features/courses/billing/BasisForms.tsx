// Forms of the monthly billing basis (issue 14): a correction of an earlier approved month (credit or
// debit with its reason) on a draft basis, an invoice received, and the invoices with their match.
// Amounts are typed in kroner (1.850,50) and sent as øre.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money.ts';
import { translate, type Language } from '../../../../shared/messages.ts';
import { parseAmount } from '../../../../shared/money.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldErrorsFrom } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
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

export function CorrectionForm({ basis }: { basis: BasisView }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const add = useAddCorrection(basis.id);
  const [values, setValues] = useState({ correctsMonth: '', direction: 'credit', amount: '', reason: '' });
  const [amountError, setAmountError] = useState<string | null>(null);
  const server = add.isError ? fieldErrorsFrom(add.error, ['correctsMonth', 'amountOre', 'reason']) : {};
  const id = (name: string) => `correction-${basis.id}-${name}`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseAmount(values.amount, language);
        if (!parsed.ok) {
          setAmountError(translate(language, parsed.problem));
          return;
        }
        setAmountError(null);
        const amountOre = values.direction === 'credit' ? -parsed.ore : parsed.ore;
        add.mutate(
          { correctsMonth: values.correctsMonth, amountOre, reason: values.reason },
          { onSuccess: () => setValues({ correctsMonth: '', direction: 'credit', amount: '', reason: '' }) },
        );
      }}
    >
      <h4>{t('basis.correction.heading')}</h4>
      {add.isError ? <ErrorAlert error={add.error} /> : null}
      <Field
        id={id('month')}
        label={t('basis.correction.correctsMonth')}
        error={server.correctsMonth}
        required
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            type="month"
            value={values.correctsMonth}
            onChange={(e) => setValues({ ...values, correctsMonth: e.target.value })}
          />
        )}
      </Field>
      <Field id={id('direction')} label={t('basis.correction.direction')}>
        {(control) => (
          <select
            {...control}
            className="form-select"
            value={values.direction}
            onChange={(e) => setValues({ ...values, direction: e.target.value })}
          >
            <option value="credit">{t('basis.correction.credit')}</option>
            <option value="debit">{t('basis.correction.debit')}</option>
          </select>
        )}
      </Field>
      <AmountField
        id={id('amount')}
        label={t('basis.correction.amount')}
        error={amountError ?? server.amountOre}
        value={values.amount}
        onChange={(amount) => setValues({ ...values, amount })}
      />
      <Field id={id('reason')} label={t('basis.correction.reason')} error={server.reason} required>
        {(control) => (
          <textarea
            {...control}
            className="form-input"
            rows={2}
            value={values.reason}
            onChange={(e) => setValues({ ...values, reason: e.target.value })}
          />
        )}
      </Field>
      <button type="submit" className="button button-secondary" disabled={add.isPending}>
        {t('basis.correction.save')}
      </button>
    </form>
  );
}

export function InvoiceForm({ providerId, month }: { providerId: string; month: string }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const record = useRecordInvoice();
  const empty = { invoiceNumber: '', invoiceDate: '', amount: '' };
  const [values, setValues] = useState(empty);
  const [amountError, setAmountError] = useState<string | null>(null);
  const server = record.isError
    ? fieldErrorsFrom(record.error, ['invoiceNumber', 'invoiceDate', 'amountOre'])
    : {};
  const id = (name: string) => `invoice-${providerId}-${name}`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseAmount(values.amount, language);
        if (!parsed.ok) {
          setAmountError(translate(language, parsed.problem));
          return;
        }
        setAmountError(null);
        record.mutate(
          {
            providerId,
            month,
            invoiceNumber: values.invoiceNumber,
            invoiceDate: values.invoiceDate,
            amountOre: parsed.ore,
          },
          { onSuccess: () => setValues(empty) },
        );
      }}
    >
      <h4>{t('basis.invoice.heading')}</h4>
      {record.isError ? <ErrorAlert error={record.error} /> : null}
      <Field id={id('number')} label={t('basis.invoice.number')} error={server.invoiceNumber} required>
        {(control) => (
          <input
            {...control}
            className="form-input input-width-m"
            value={values.invoiceNumber}
            onChange={(e) => setValues({ ...values, invoiceNumber: e.target.value })}
          />
        )}
      </Field>
      <Field id={id('date')} label={t('basis.invoice.date')} error={server.invoiceDate} required>
        {(control) => (
          <input
            {...control}
            className="form-input input-width-s"
            type="date"
            value={values.invoiceDate}
            onChange={(e) => setValues({ ...values, invoiceDate: e.target.value })}
          />
        )}
      </Field>
      <AmountField
        id={id('amount')}
        label={t('basis.invoice.amount')}
        error={amountError ?? server.amountOre}
        value={values.amount}
        onChange={(amount) => setValues({ ...values, amount })}
      />
      <button type="submit" className="button button-secondary" disabled={record.isPending}>
        {t('basis.invoice.save')}
      </button>
    </form>
  );
}

/** An amount typed in kroner in the user's language (parseAmount): the corrections' and the invoices' one field. */
function AmountField(props: {
  id: string;
  label: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error} required>
      {(control) => (
        <input
          {...control}
          className="form-input input-width-s"
          inputMode="decimal"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
