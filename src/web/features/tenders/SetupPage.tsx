// /evaluering/:id/model (tender.manage): the award model — weights, scale, price model, sub-criteria
// with what the evaluators emphasise, price elements, alternative weightings — and the evaluators. The
// server checks everything (weights summing to 100 %, codes, anchors) and names each problem on its field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationSetupInput } from '../../../shared/tenders/evaluation.schemas.ts';
import { amountForApi, formatMoney } from '../../../shared/money.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { EvaluatorsForm } from './EvaluatorsForm.tsx';
import { RowList } from './RowList.tsx';
import { parseWeightsInput } from './decision.format.ts';
import { EvaluationFrame } from './EvaluationFrame.tsx';
import { useSaveSetup, type EvaluationOverview } from './evaluation.api.ts';
import { numberText, parseNumber } from './evaluation.format.ts';
import { AmountField, SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { controlOf, summaryOf, useFormErrors } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

type Setup = EvaluationOverview['setup'];
type CriterionRow = { code: string; name: string; weight: string; emphasis: string };
type ElementRow = { code: string; name: string; volume: string; priceKind: string };
type AlternativeRow = { name: string; weights: string };

function initial(setup: Setup, language: 'da' | 'en') {
  const n = (value: number | null | undefined) => numberText(value, language);
  return {
    main: {
      'weights.quality': setup ? n(setup.weights.quality) : '80',
      'weights.price': setup ? n(setup.weights.price) : '20',
      'scale.min': setup ? n(setup.scale.min) : '0',
      'scale.max': setup ? n(setup.scale.max) : '10',
      'priceModel.type': setup?.priceModel.type ?? 'proportional',
      'priceModel.slope': n(setup?.priceModel.slope ?? null),
      'priceModel.best':
        setup?.priceModel.bestOre != null
          ? formatMoney(setup.priceModel.bestOre, language, { unit: false })
          : '',
      'priceModel.worst':
        setup?.priceModel.worstOre != null
          ? formatMoney(setup.priceModel.worstOre, language, { unit: false })
          : '',
    } as Record<string, string>,
    criteria: (setup?.criteria ?? [{ code: '', name: '', weight: 100, emphasis: '' }]).map((c) => ({
      code: c.code,
      name: c.name,
      weight: n(c.weight),
      emphasis: c.emphasis,
    })),
    elements: (
      setup?.priceElements ?? [
        { code: 'programme', name: 'Ugepris for indsats', volume: 26, priceKind: 'programme' as const },
        { code: 'aftercare', name: 'Ugepris for efterværn', volume: 13, priceKind: 'aftercare' as const },
      ]
    ).map((e) => ({ code: e.code, name: e.name, volume: n(e.volume), priceKind: e.priceKind ?? '' })),
    alternatives: (setup?.alternatives ?? []).map((a) => ({
      name: a.name,
      weights: Object.entries(a.weights)
        .map(([code, w]) => `${code}=${n(w)}`)
        .join(', '),
    })),
  };
}

/** The API's "alternatives.0.weights.progression" belongs to the field "alternatives.0.weights". */
const alias = (field: string) => field.replace(/^(alternatives\.\d+\.weights)\..*$/, '$1');

function SetupForm({ overview }: { overview: EvaluationOverview }) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  const save = useSaveSetup(overview.tenderId);
  const [start] = useState(() => initial(overview.setup, language));
  const [main, setMain] = useState(start.main);
  const [criteria, setCriteria] = useState<CriterionRow[]>(start.criteria);
  const [elements, setElements] = useState<ElementRow[]>(start.elements);
  const [alternatives, setAlternatives] = useState<AlternativeRow[]>(start.alternatives);
  const [saved, setSaved] = useState(false);

  const labels: Record<string, string> = {
    'weights.quality': t('evaluation.setup.quality'),
    'weights.price': t('evaluation.setup.price'),
    'scale.min': t('evaluation.setup.scaleMin'),
    'scale.max': t('evaluation.setup.scaleMax'),
    'priceModel.type': t('evaluation.setup.priceModel'),
    'priceModel.slope': t('evaluation.setup.slope'),
    'priceModel.best': t('evaluation.setup.best'),
    'priceModel.worst': t('evaluation.setup.worst'),
    criteria: t('evaluation.setup.criteriaLegend'),
    priceElements: t('evaluation.setup.elementsLegend'),
  };
  criteria.forEach((_, i) => {
    for (const f of ['code', 'name', 'weight', 'emphasis'] as const) {
      labels[`criteria.${i}.${f}`] =
        `${t('evaluation.setup.criterionN', { n: i + 1 })}: ${t(`evaluation.setup.${f}`)}`;
    }
  });
  elements.forEach((_, i) => {
    for (const f of ['code', 'name', 'volume', 'priceKind'] as const) {
      labels[`priceElements.${i}.${f}`] =
        `${t('evaluation.setup.elementN', { n: i + 1 })}: ${t(`evaluation.setup.${f}`)}`;
    }
  });
  alternatives.forEach((_, i) => {
    labels[`alternatives.${i}.name`] =
      `${t('evaluation.setup.alternativeN', { n: i + 1 })}: ${t('evaluation.setup.alternativeName')}`;
    labels[`alternatives.${i}.weights`] =
      `${t('evaluation.setup.alternativeN', { n: i + 1 })}: ${t('evaluation.setup.alternativeWeights')}`;
  });
  const errors = useFormErrors('setup', Object.keys(labels), alias);

  const mainControl = (field: string, hint?: string) =>
    controlOf(errors, {
      field,
      label: labels[field]!,
      hint,
      value: main[field] ?? '',
      onChange: (value: string) => {
        setMain((current) => ({ ...current, [field]: value }));
        errors.clear(field);
        setSaved(false);
      },
    });
  const rowControl = (field: string, value: string, onChange: (value: string) => void) =>
    controlOf(errors, {
      field,
      label: labels[field]!,
      value,
      onChange: (next: string) => {
        onChange(next);
        errors.clear(field);
        setSaved(false);
      },
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const number = (text: string | undefined) => parseNumber(text ?? '') as number;
    const type = main['priceModel.type'] as EvaluationSetupInput['priceModel']['type'];
    const input: EvaluationSetupInput = {
      weights: { quality: number(main['weights.quality']), price: number(main['weights.price']) },
      scale: { min: number(main['scale.min']), max: number(main['scale.max']) },
      priceModel: {
        type,
        slope: type === 'linear' ? (parseNumber(main['priceModel.slope'] ?? '') ?? null) : null,
        best: type === 'interval' ? amountForApi(main['priceModel.best'] ?? '', language) : null,
        worst: type === 'interval' ? amountForApi(main['priceModel.worst'] ?? '', language) : null,
      },
      criteria: criteria.map((c) => ({
        code: c.code.trim(),
        name: c.name,
        weight: number(c.weight),
        emphasis: c.emphasis,
      })),
      priceElements: elements.map((e) => ({
        code: e.code.trim(),
        name: e.name,
        volume: number(e.volume),
        priceKind: e.priceKind === '' ? null : (e.priceKind as 'programme' | 'aftercare'),
      })),
      alternatives: alternatives.map((a) => ({ name: a.name, weights: parseWeightsInput(a.weights) ?? {} })),
    };
    save.mutate(input, { onSuccess: () => setSaved(true), onError: errors.fail });
  };

  const kinds = [
    { value: '', label: t('evaluation.model.kinds.none') },
    { value: 'programme', label: t('evaluation.model.kinds.programme') },
    { value: 'aftercare', label: t('evaluation.model.kinds.aftercare') },
  ];
  const type = main['priceModel.type'];
  return (
    <section className="app-section" aria-labelledby="setup-form-heading">
      <h2 id="setup-form-heading" className="sr-only">
        {t('evaluation.sections.setup')}
      </h2>
      <p>{t('evaluation.setup.intro')}</p>
      <ErrorSummary {...summaryOf(errors, labels)} />
      {saved ? <Saved>{t('evaluation.setup.saved')}</Saved> : null}
      <form onSubmit={submit} noValidate className="app-form">
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('evaluation.setup.weightsLegend')}</legend>
          <TextField {...mainControl('weights.quality')} size="short" inputMode="decimal" required />
          <TextField {...mainControl('weights.price')} size="short" inputMode="decimal" required />
        </fieldset>
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('evaluation.setup.scaleLegend')}</legend>
          <TextField {...mainControl('scale.min')} size="short" inputMode="decimal" required />
          <TextField {...mainControl('scale.max')} size="short" inputMode="decimal" required />
        </fieldset>
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('evaluation.setup.priceModelLegend')}</legend>
          <SelectField
            {...mainControl('priceModel.type')}
            options={(['proportional', 'linear', 'interval'] as const).map((m) => ({
              value: m,
              label: t(`evaluation.model.models.${m}`, { best: '…', worst: '…' }),
            }))}
          />
          {type === 'linear' ? (
            <TextField
              {...mainControl('priceModel.slope', t('evaluation.setup.slopeHint'))}
              size="short"
              inputMode="decimal"
            />
          ) : null}
          {type === 'interval' ? (
            <>
              <AmountField {...mainControl('priceModel.best', t('evaluation.setup.intervalHint'))} />
              <AmountField {...mainControl('priceModel.worst')} />
            </>
          ) : null}
        </fieldset>
        <RowList
          legend={t('evaluation.setup.criteriaLegend')}
          id="criteria"
          errors={errors}
          rows={criteria}
          setRows={setCriteria}
          empty={{ code: '', name: '', weight: '', emphasis: '' }}
          addLabel={t('evaluation.setup.addCriterion')}
          removeLabel={(n) => t('evaluation.setup.removeCriterion', { n })}
          rowLegend={(n) => t('evaluation.setup.criterionN', { n })}
        >
          {(row, i, set) => (
            <>
              <TextField {...rowControl(`criteria.${i}.name`, row.name, (name) => set({ name }))} required />
              <div className="tnd-inline">
                <TextField
                  {...rowControl(`criteria.${i}.code`, row.code, (code) => set({ code }))}
                  size="short"
                  required
                />
                <TextField
                  {...rowControl(`criteria.${i}.weight`, row.weight, (weight) => set({ weight }))}
                  size="short"
                  inputMode="decimal"
                  required
                />
              </div>
              <TextAreaField
                {...rowControl(`criteria.${i}.emphasis`, row.emphasis, (emphasis) => set({ emphasis }))}
              />
            </>
          )}
        </RowList>
        <RowList
          legend={t('evaluation.setup.elementsLegend')}
          id="priceElements"
          errors={errors}
          rows={elements}
          setRows={setElements}
          empty={{ code: '', name: '', volume: '', priceKind: '' }}
          addLabel={t('evaluation.setup.addElement')}
          removeLabel={(n) => t('evaluation.setup.removeElement', { n })}
          rowLegend={(n) => t('evaluation.setup.elementN', { n })}
        >
          {(row, i, set) => (
            <>
              <TextField
                {...rowControl(`priceElements.${i}.name`, row.name, (name) => set({ name }))}
                required
              />
              <div className="tnd-inline">
                <TextField
                  {...rowControl(`priceElements.${i}.code`, row.code, (code) => set({ code }))}
                  size="short"
                  required
                />
                <TextField
                  {...rowControl(`priceElements.${i}.volume`, row.volume, (volume) => set({ volume }))}
                  size="short"
                  inputMode="decimal"
                  required
                />
                <SelectField
                  {...rowControl(`priceElements.${i}.priceKind`, row.priceKind, (priceKind) =>
                    set({ priceKind }),
                  )}
                  options={kinds}
                />
              </div>
            </>
          )}
        </RowList>
        <RowList
          legend={t('evaluation.setup.alternativesLegend')}
          id="alternatives"
          errors={errors}
          rows={alternatives}
          setRows={setAlternatives}
          empty={{ name: '', weights: '' }}
          addLabel={t('evaluation.setup.addAlternative')}
          removeLabel={(n) => t('evaluation.setup.removeAlternative', { n })}
          rowLegend={(n) => t('evaluation.setup.alternativeN', { n })}
        >
          {(row, i, set) => (
            <>
              <TextField
                {...rowControl(`alternatives.${i}.name`, row.name, (name) => set({ name }))}
                required
              />
              <TextField
                {...rowControl(`alternatives.${i}.weights`, row.weights, (weights) => set({ weights }))}
                hint={t('evaluation.setup.alternativeWeightsHint')}
                required
              />
            </>
          )}
        </RowList>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('evaluation.setup.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** /evaluering/:id/model */
export function SetupPage() {
  return (
    <EvaluationFrame section="setup">
      {(overview) =>
        overview.decidedOn ? null : (
          <>
            <SetupForm overview={overview} />
            {overview.setup ? <EvaluatorsForm overview={overview} /> : null}
          </>
        )
      }
    </EvaluationFrame>
  );
}
