// The agreement's price indexation (pristalsregulering) and the pause kinds it excludes from payment
// (issue 14): the price history per kind (the agreed price and each indexed price after it), the
// indexations with their reasons, and for the administration (agreement.manage) the forms.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRICE_KINDS } from '../../../shared/agreements/agreement.constants.ts';
import { PAUSE_KINDS, type PauseKind } from '../../../shared/courses/pause.constants.ts';
import type { Language } from '../../../shared/messages.ts';
import type { AgreementDetail } from './agreement.api.ts';
import { usePaymentTermChanges, usePaymentTerms, type AgreementPaymentTerms } from './indexation.api.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay, useKroner } from '../../components/useFormat.ts';

/** 250 basis points → "2,5 %" (Danish) or "2.5 %". */
export function formatBasisPoints(basisPoints: number, language: Language): string {
  const number = new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(basisPoints / 100);
  return `${number} %`;
}

const FIELDS = ['effectiveFrom', 'percent', 'reason'] as const;
type FieldName = (typeof FIELDS)[number];

/** "2,35" or "-1.5" → 2.35 / -1.5; NaN (refused by the server) when it is no number. */
function parsePercent(text: string): number {
  const cleaned = text.trim().replace(/\s|%/g, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

function IndexationForm({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation('agreements');
  const { addIndexation } = usePaymentTermChanges(agreementId);
  const errors = useFormErrors('indexation', FIELDS);
  const [saved, setSaved] = useState(false);
  const labels: Record<FieldName, string> = {
    effectiveFrom: t('indexation.effectiveFrom'),
    percent: t('indexation.percent'),
    reason: t('indexation.reason'),
  };
  const { values, setValues, control } = useFormValues<FieldName>(
    () => ({ effectiveFrom: '', percent: '', reason: '' }),
    errors,
    labels,
    () => setSaved(false),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    addIndexation.mutate(
      { effectiveFrom: values.effectiveFrom, percent: parsePercent(values.percent), reason: values.reason },
      {
        onSuccess: () => {
          errors.reset();
          setSaved(true);
          setValues({ effectiveFrom: '', percent: '', reason: '' });
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <div className="agr-subsection">
      <h3 id="indexation-form-heading">{t('indexation.add')}</h3>
      {saved ? <Saved>{t('indexation.added')}</Saved> : null}
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby="indexation-form-heading">
        <TextField
          {...control('effectiveFrom', t('indexation.effectiveFromHint'))}
          required
          type="date"
          size="date"
        />
        <TextField
          {...control('percent', t('indexation.percentHint'))}
          required
          size="short"
          inputMode="decimal"
        />
        <TextAreaField {...control('reason', t('indexation.reasonHint'))} required />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={addIndexation.isPending}>
            {t('indexation.add')}
          </button>
        </div>
      </form>
    </div>
  );
}

function ExclusionsForm({ terms }: { terms: AgreementPaymentTerms }) {
  const { t } = useTranslation('agreements');
  const { setExclusions } = usePaymentTermChanges(terms.agreementId);
  const errors = useFormErrors('pause-exclusions', ['kinds']);
  const [chosen, setChosen] = useState<Set<PauseKind>>(() => new Set(terms.excludedPauseKinds));
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setExclusions.mutate(
      { kinds: PAUSE_KINDS.filter((k) => chosen.has(k)) },
      {
        onSuccess: () => {
          errors.reset();
          setSaved(true);
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <>
      {saved ? <Saved>{t('indexation.excludedSaved')}</Saved> : null}
      <ErrorSummary {...summaryOf(errors, { kinds: t('indexation.excludedLegend') })} />
      <form onSubmit={submit} noValidate className="app-form">
        <fieldset className="agr-fieldset" id="pause-exclusions-kinds" tabIndex={-1}>
          <legend className="form-label">{t('indexation.excludedLegend')}</legend>
          <p className="form-hint">{t('indexation.excludedHint')}</p>
          {PAUSE_KINDS.map((kind) => (
            <div className="form-group-checkbox" key={kind}>
              <input
                id={`pause-exclusion-${kind}`}
                className="form-checkbox"
                type="checkbox"
                checked={chosen.has(kind)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(kind);
                  else next.delete(kind);
                  setChosen(next);
                  setSaved(false);
                }}
              />
              <label className="form-label" htmlFor={`pause-exclusion-${kind}`}>
                {t(`indexation.pauseKind.${kind}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="app-actions">
          <button type="submit" className="button button-secondary" disabled={setExclusions.isPending}>
            {t('indexation.saveExcluded')}
          </button>
        </div>
      </form>
    </>
  );
}

function History({ terms }: { terms: AgreementPaymentTerms }) {
  const { t } = useTranslation('agreements');
  const day = useDay();
  const kroner = useKroner();
  const language = useLanguage();
  const percentOf = new Map(terms.indexations.map((i) => [i.effectiveFrom, i.basisPoints]));
  if (terms.priceHistory.length === 0) return <p className="app-empty">{t('indexation.noPrices')}</p>;
  return (
    <>
      {PRICE_KINDS.map((kind) => {
        const steps = terms.priceHistory.filter((s) => s.priceKind === kind);
        if (steps.length === 0) return null;
        return (
          <div key={kind} className="app-table-wrapper">
            <table className="table table--compact app-table agr-price-table">
              <caption>
                {t('indexation.historyCaption', { kind: t(`priceKind.${kind}`).toLowerCase() })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('indexation.from')}</th>
                  <th scope="col">{t('indexation.to')}</th>
                  <th scope="col" className="agr-number">
                    {t('indexation.perWeek')}
                  </th>
                  <th scope="col">{t('indexation.source')}</th>
                </tr>
              </thead>
              <tbody>
                {steps.map((step) => (
                  <tr key={`${step.validFrom}`}>
                    <th scope="row" className="app-nowrap">
                      {day(step.validFrom)}
                    </th>
                    <td className="app-nowrap">{step.validTo ? day(step.validTo) : t('indexation.open')}</td>
                    <td className="agr-number app-nowrap">{kroner(step.weeklyOre)}</td>
                    <td>
                      {step.indexationFrom
                        ? t('indexation.indexedFrom', {
                            percent: formatBasisPoints(percentOf.get(step.indexationFrom) ?? 0, language),
                            date: day(step.indexationFrom),
                          })
                        : t('indexation.agreed')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

/** The section on the agreement page: price history, indexations and the pause kinds not paid. */
export function AgreementIndexationSection({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  const query = usePaymentTerms(agreement.id);
  const day = useDay();
  const language = useLanguage();
  const terms = query.data;
  return (
    <section className="app-section" aria-labelledby="indexation-heading">
      <h2 id="indexation-heading">{t('indexation.heading')}</h2>
      <p>{t('indexation.intro')}</p>
      {!terms ? null : (
        <>
          <History terms={terms} />
          {terms.indexations.length === 0 ? (
            <p className="app-empty">{t('indexation.none')}</p>
          ) : (
            <div className="app-table-wrapper">
              <table className="table table--compact app-table">
                <caption>{t('indexation.listCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('indexation.effectiveFrom')}</th>
                    <th scope="col" className="agr-number">
                      {t('indexation.percent')}
                    </th>
                    <th scope="col">{t('indexation.reason')}</th>
                    <th scope="col">{t('indexation.recordedBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {terms.indexations.map((i) => (
                    <tr key={i.id}>
                      <th scope="row" className="app-nowrap">
                        {day(i.effectiveFrom)}
                      </th>
                      <td className="agr-number app-nowrap">{formatBasisPoints(i.basisPoints, language)}</td>
                      <td>{i.reason}</td>
                      <td>{i.createdByName ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="app-muted">{t('indexation.approvedNote')}</p>
          {terms.canManage ? <IndexationForm agreementId={agreement.id} /> : null}
          <h3 id="pause-exclusions-heading">{t('indexation.excludedHeading')}</h3>
          <p>
            {terms.excludedPauseKinds.length === 0
              ? t('indexation.excludedNone')
              : t('indexation.excludedSome', {
                  kinds: terms.excludedPauseKinds
                    .map((k) => t(`indexation.pauseKind.${k}`).toLowerCase())
                    .join(', '),
                })}
          </p>
          {terms.canManage ? <ExclusionsForm terms={terms} /> : null}
        </>
      )}
    </section>
  );
}
