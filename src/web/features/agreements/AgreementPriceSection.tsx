// The agreement's weekly prices. The tender's band is the administration's estimate of the price level: a
// price outside it is allowed with a reason (yearly indexation, issue 12), marked in the table; the form
// warns while the price is typed and asks for the reason. A price above the tender's real cap is refused.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRICE_KINDS, type PriceKindName } from '../../../shared/agreements/agreement.constants.ts';
import { bandRangeText, checkPriceLevel, type PriceLevel } from '../../../shared/agreements/price-level.ts';
import type { Language } from '../../../shared/messages.ts';
import { amountForApi, parseAmount } from '../../../shared/money.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { useSession } from '../../app/session.ts';
import { useAgreementChanges, type AgreementDetail } from './agreement.api.ts';
import { AmountField, SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay, useKroner } from '../../components/useFormat.ts';

const FIELDS = ['priceKind', 'validFrom', 'validTo', 'weekly', 'outsideBandReason'] as const;
type FieldName = (typeof FIELDS)[number];

/** Where the typed price lies against the tender's cap and band; 'within' until it is an amount. */
function typedLevel(
  agreement: AgreementDetail,
  kind: string,
  weekly: string,
  language: Language,
): PriceLevel {
  const parsed = parseAmount(weekly, language);
  if (!parsed.ok || parsed.ore === 0 || !PRICE_KINDS.includes(kind as PriceKindName))
    return { kind: 'within' };
  return checkPriceLevel(agreement.priceBands, agreement.priceCaps, kind as PriceKindName, parsed.ore);
}

/** The warning while typing: read out when it appears (the region is always there). */
function LevelWarning({ level, kind }: { level: PriceLevel; kind: PriceKindName }) {
  const { t } = useTranslation('agreements');
  const kindText = t(`priceKind.${kind}`).toLowerCase();
  const kroner = useKroner();
  return (
    <div aria-live="polite" id="price-level-warning">
      {level.kind === 'outside_band' ? (
        <div className="alert alert-warning agr-warning">
          <div className="alert-body">
            <p className="alert-text">
              {t('price.warnOutsideBand', { kind: kindText, range: bandRangeText(level.band) })}
            </p>
          </div>
        </div>
      ) : level.kind === 'above_cap' ? (
        <div className="alert alert-error agr-warning">
          <div className="alert-body">
            <p className="alert-text">
              {t('price.warnAboveCap', { kind: kindText, cap: kroner(level.capWeeklyOre) })}
            </p>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function PriceForm({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const { addPrice } = useAgreementChanges(agreement.id);
  const errors = useFormErrors('price', FIELDS);
  const [saved, setSaved] = useState(false);
  const labels: Record<FieldName, string> = {
    priceKind: t('price.kind'),
    validFrom: t('price.validFrom'),
    validTo: t('price.validTo'),
    weekly: t('price.weekly'),
    outsideBandReason: t('price.outsideBandReason'),
  };
  const { values, setValues, control } = useFormValues<FieldName>(
    () => ({
      priceKind: 'programme',
      validFrom: agreement.startsOn,
      validTo: '',
      weekly: '',
      outsideBandReason: '',
    }),
    errors,
    labels,
    () => setSaved(false),
  );
  const level = typedLevel(agreement, values.priceKind, values.weekly, language);
  // The reason stays in the form when the price moves back inside the band (nothing typed is lost), and
  // the field shows again if the server still asks for it.
  const asksReason = level.kind === 'outside_band' || errors.errorOf('outsideBandReason') !== null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    addPrice.mutate(
      {
        priceKind: values.priceKind as PriceKindName,
        validFrom: values.validFrom,
        validTo: values.validTo || null,
        weekly: amountForApi(values.weekly.trim(), language),
        outsideBandReason: asksReason ? values.outsideBandReason.trim() || null : null,
      },
      {
        onSuccess: () => {
          errors.reset();
          setSaved(true);
          setValues((current) => ({ ...current, weekly: '', outsideBandReason: '' }));
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <div className="agr-subsection">
      <h3 id="price-form-heading">{t('price.add')}</h3>
      {saved ? <Saved>{t('price.added')}</Saved> : null}
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby="price-form-heading">
        <SelectField
          {...control('priceKind')}
          required
          options={PRICE_KINDS.map((kind) => ({ value: kind, label: t(`priceKind.${kind}`) }))}
        />
        <TextField {...control('validFrom', t('price.validFromHint'))} required type="date" size="date" />
        <TextField {...control('validTo', t('price.validToHint'))} type="date" size="date" />
        <AmountField {...control('weekly', t('price.weeklyHint'))} required />
        <LevelWarning level={level} kind={values.priceKind as PriceKindName} />
        {asksReason ? (
          <TextAreaField {...control('outsideBandReason', t('price.outsideBandReasonHint'))} required />
        ) : null}
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={addPrice.isPending}>
            {t('price.add')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** "Uden for prisniveauet (1.850–2.150 kr.)" with the reason written when the price was set. */
function OutsideBandMark({ price }: { price: AgreementDetail['prices'][number] }) {
  const { t } = useTranslation('agreements');
  if (!price.outsideBand) return null;
  return (
    <>
      <span className="badge badge-warning">
        {t('price.outsideBand', { range: bandRangeText(price.outsideBand) })}
      </span>
      {price.outsideBandReason ? (
        <p className="agr-note agr-reason">
          {t('price.reason')}: {price.outsideBandReason}
        </p>
      ) : null}
    </>
  );
}

/** The weekly prices by kind and period, the tender's bands, and (for procurement) the form to add one. */
export function AgreementPriceSection({ agreement, today }: { agreement: AgreementDetail; today: string }) {
  const { t } = useTranslation('agreements');
  const { can } = useSession();
  const day = useDay();
  const kroner = useKroner();
  return (
    <section className="app-section" aria-labelledby="prices-heading">
      <h2 id="prices-heading">{t('price.heading')}</h2>
      <p>{t('price.intro')}</p>
      {agreement.priceBands.length > 0 ? (
        <>
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
            {PRICE_KINDS.map((kind) =>
              agreement.priceCaps[kind] !== null ? (
                <li key={`cap-${kind}`}>
                  {t('price.cap', { kind: t(`priceKind.${kind}`), cap: kroner(agreement.priceCaps[kind]) })}
                </li>
              ) : null,
            )}
          </ul>
          <p className="app-muted">{t('price.bandNote')}</p>
        </>
      ) : (
        <p className="app-muted">{t('price.noBands')}</p>
      )}
      {PRICE_KINDS.map((kind) => {
        const prices = agreement.prices.filter((p) => p.priceKind === kind);
        const caption = t('price.caption', { kind: t(`priceKind.${kind}`).toLowerCase() });
        const marked = prices.some((p) => p.outsideBand !== null);
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
                  {marked ? <th scope="col">{t('price.note')}</th> : null}
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
                      {marked ? (
                        <td>
                          <OutsideBandMark price={price} />
                        </td>
                      ) : null}
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
