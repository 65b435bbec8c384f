import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRICE_KINDS, type PriceKindName } from '../../../shared/agreements/agreement.constants.ts';
import { useSession } from '../../app/session.ts';
import { useAgreementChanges, type AgreementDetail } from './agreement.api.ts';
import { SelectControl, TextControl, useFormValues } from './controls.tsx';
import { ErrorSummary, kroner, Saved, useDay, useFormErrors } from './ui.tsx';

const FIELDS = ['priceKind', 'validFrom', 'validTo', 'weekly'] as const;
type FieldName = (typeof FIELDS)[number];

function PriceForm({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  const { addPrice } = useAgreementChanges(agreement.id);
  const errors = useFormErrors('price', FIELDS);
  const [saved, setSaved] = useState(false);
  const labels: Record<FieldName, string> = {
    priceKind: t('price.kind'),
    validFrom: t('price.validFrom'),
    validTo: t('price.validTo'),
    weekly: t('price.weekly'),
  };
  const { values, setValues, control } = useFormValues<FieldName>(
    () => ({ priceKind: 'programme', validFrom: agreement.startsOn, validTo: '', weekly: '' }),
    errors,
    labels,
    () => setSaved(false),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    addPrice.mutate(
      {
        priceKind: values.priceKind as PriceKindName,
        validFrom: values.validFrom,
        validTo: values.validTo || null,
        weekly: values.weekly.trim(),
      },
      {
        onSuccess: () => {
          errors.reset();
          setSaved(true);
          setValues((current) => ({ ...current, weekly: '' }));
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <div className="agr-subsection">
      <h3 id="price-form-heading">{t('price.add')}</h3>
      {saved ? <Saved>{t('price.added')}</Saved> : null}
      <ErrorSummary state={errors} labels={labels} />
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby="price-form-heading">
        <SelectControl
          {...control('priceKind')}
          required
          options={PRICE_KINDS.map((kind) => ({ value: kind, label: t(`priceKind.${kind}`) }))}
        />
        <TextControl {...control('validFrom', t('price.validFromHint'))} required type="date" size="date" />
        <TextControl {...control('validTo', t('price.validToHint'))} type="date" size="date" />
        <TextControl
          {...control('weekly', t('price.weeklyHint'))}
          required
          size="short"
          inputMode="decimal"
        />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={addPrice.isPending}>
            {t('price.add')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The weekly prices by kind and period, the tender's bands, and (for procurement) the form to add one. */
export function AgreementPriceSection({ agreement, today }: { agreement: AgreementDetail; today: string }) {
  const { t } = useTranslation('agreements');
  const { can } = useSession();
  const day = useDay();
  return (
    <section className="app-section" aria-labelledby="prices-heading">
      <h2 id="prices-heading">{t('price.heading')}</h2>
      <p>{t('price.intro')}</p>
      {agreement.priceBands.length > 0 ? (
        <ul>
          {agreement.priceBands.map((band) => (
            <li key={band.priceKind}>
              {t('price.band', {
                kind: t(`priceKind.${band.priceKind}`),
                min: kroner(band.minWeeklyOre),
                max: kroner(band.maxWeeklyOre),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="app-muted">{t('price.noBands')}</p>
      )}
      {PRICE_KINDS.map((kind) => {
        const prices = agreement.prices.filter((p) => p.priceKind === kind);
        const caption = t('price.caption', { kind: t(`priceKind.${kind}`).toLowerCase() });
        return prices.length === 0 ? (
          <p key={kind} className="app-empty">
            {t('price.none', { kind: t(`priceKind.${kind}`).toLowerCase() })}
          </p>
        ) : (
          <div key={kind} className="app-table-wrapper">
            <table className="table table--compact app-table agr-price-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('price.validFrom')}</th>
                  <th scope="col">{t('price.validTo')}</th>
                  <th scope="col" className="agr-number">
                    {t('price.perWeek')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {prices.map((price) => {
                  const current =
                    price.validFrom <= today && (price.validTo === null || today <= price.validTo);
                  return (
                    <tr key={price.id}>
                      <th scope="row" className="app-nowrap">
                        {day(price.validFrom)}
                      </th>
                      <td className="app-nowrap">{price.validTo ? day(price.validTo) : t('price.open')}</td>
                      <td className="agr-number app-nowrap">
                        {kroner(price.weeklyOre)}
                        {current && agreement.displayStatus !== 'expired' ? (
                          <span className="agr-note"> ({t('price.current')})</span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
      {can('agreement.manage') ? <PriceForm agreement={agreement} /> : null}
    </section>
  );
}
