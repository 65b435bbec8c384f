import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAmount } from '../../../shared/money.ts';
import { translate, type Language } from '../../../shared/messages.ts';
import { Field } from '../../components/Field.tsx';
import type { CapacityView } from './budget.api.ts';
import { formatInteger, formatMoney, formatTenths } from './format.ts';

export interface WhatIfValue {
  programmePriceOre?: number | undefined;
  programmePricePercent?: number | undefined;
}

interface WhatIfFormProps {
  view: CapacityView | undefined;
  value: WhatIfValue;
  onChange: (value: WhatIfValue) => void;
  language: Language;
}

/** "10", "-5,5", "+2.5" → a number with at most one decimal, else null. */
function parsePercent(text: string): number | null {
  const match = /^([+-−]?)(\d{1,4})(?:[.,](\d))?$/.exec(text.trim().replace(/\s|%/g, ''));
  if (!match) return null;
  const value = Number(`${match[2]}.${match[3] ?? '0'}`);
  return match[1] === '-' || match[1] === '−' ? -value : value;
}

/** "Hvad hvis prisen ændres?": a new weekly price or a change in percent; the result in a live region. */
export function WhatIfForm({ view, value, onChange, language }: WhatIfFormProps) {
  const { t } = useTranslation('budgets');
  const [price, setPrice] = useState(
    value.programmePriceOre ? formatMoney(value.programmePriceOre, language, { unit: false }) : '',
  );
  const [percent, setPercent] = useState(
    value.programmePricePercent !== undefined ? String(value.programmePricePercent).replace('.', ',') : '',
  );
  const [errors, setErrors] = useState<{ price?: string; percent?: string }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const hasPrice = price.trim() !== '';
    const hasPercent = percent.trim() !== '';
    if (hasPrice && hasPercent) return setErrors({ percent: t('capacity.whatIf.oneOf') });
    if (!hasPrice && !hasPercent) return setErrors({ price: t('capacity.whatIf.required') });
    if (hasPrice) {
      const parsed = parseAmount(price, language);
      if (!parsed.ok) return setErrors({ price: translate(language, parsed.problem) });
      if (parsed.ore <= 0) return setErrors({ price: translate(language, 'money.format') });
      setErrors({});
      return onChange({ programmePriceOre: parsed.ore });
    }
    const parsed = parsePercent(percent);
    if (parsed === null || parsed <= -100 || parsed > 1000)
      return setErrors({ percent: t('capacity.whatIf.percentFormat') });
    setErrors({});
    onChange({ programmePricePercent: parsed });
  };

  const reset = () => {
    setPrice('');
    setPercent('');
    setErrors({});
    onChange({});
  };

  const whatIf = view?.whatIf ?? null;
  let result = t('capacity.whatIf.idle');
  if (whatIf) {
    const change = whatIf.difference.citizensPerYear;
    const changeText =
      change < 0
        ? t('capacity.whatIf.fewer', { count: -change })
        : change > 0
          ? t('capacity.whatIf.more', { count: change })
          : t('capacity.whatIf.same');
    const numbers = {
      citizens: formatInteger(whatIf.total.citizensPerYear, language),
      concurrent: formatTenths(whatIf.total.concurrentTenths, language),
      change: changeText,
    };
    result =
      whatIf.programmePriceOre !== null
        ? t('capacity.whatIf.resultPrice', {
            ...numbers,
            price: formatMoney(whatIf.programmePriceOre, language),
          })
        : t('capacity.whatIf.resultPercent', {
            ...numbers,
            percent: new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', {
              maximumFractionDigits: 1,
              signDisplay: 'exceptZero',
            }).format(whatIf.programmePricePercent ?? 0),
          });
  }

  return (
    <section className="app-section app-card" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">{t('capacity.whatIf.heading')}</h2>
      <p>{t('capacity.whatIf.intro')}</p>
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby="what-if-heading">
        <Field
          id="what-if-price"
          label={t('capacity.whatIf.price')}
          hint={t('capacity.whatIf.priceHint')}
          error={errors.price ?? null}
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-s"
              name="programmePrice"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={price}
              onChange={(event) => setPrice(event.target.value)}
            />
          )}
        </Field>
        <Field
          id="what-if-percent"
          label={t('capacity.whatIf.percent')}
          hint={t('capacity.whatIf.percentHint')}
          error={errors.percent ?? null}
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-xs"
              name="programmePricePercent"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={percent}
              onChange={(event) => setPercent(event.target.value)}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-primary">
            {t('capacity.whatIf.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={reset}>
            {t('capacity.whatIf.reset')}
          </button>
        </div>
      </form>
      <p id="what-if-result" role="status" className="font-lead">
        {result}
      </p>
    </section>
  );
}
