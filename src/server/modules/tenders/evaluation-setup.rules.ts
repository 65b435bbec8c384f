// Checks of a tender's award model as entered (issue 6): the quality/price weighting and the sub-criteria
// weights must each sum to 100 % (tender-input.ts's rule: fractions summing to 1 are accepted and turned
// into percents), the scale must have max > min, the price model its parameters, codes must be unique, and
// alternative weightings must name every criterion. Each problem names its field and what it is about.
// Pure functions, no I/O.
import { parseKroner } from '../../../shared/money.ts';
import type { MessageKey } from '../../../shared/messages.ts';
import type { PriceModelType } from '../../../shared/tenders/evaluation.schemas.ts';
import { normaliseWeights } from './tender-input.ts';

export interface SetupProblem {
  field: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface SetupInput {
  weights: { quality: number; price: number };
  scale: { min: number; max: number };
  priceModel: {
    type: PriceModelType;
    slope?: number | null | undefined;
    best?: string | null | undefined;
    worst?: string | null | undefined;
  };
  criteria: { code: string; name: string; weight: number; emphasis: string }[];
  priceElements: {
    code: string;
    name: string;
    volume: number;
    priceKind?: 'programme' | 'aftercare' | null | undefined;
  }[];
  alternatives: { name: string; weights: Record<string, number> }[];
}

/** The award model as stored: weights in percent, interval anchors in øre. */
export interface SetupValues {
  qualityWeight: number;
  priceWeight: number;
  scaleMin: number;
  scaleMax: number;
  priceModel: PriceModelType;
  priceSlope: number | null;
  priceBestOre: number | null;
  priceWorstOre: number | null;
  criteria: { code: string; name: string; weight: number; emphasis: string }[];
  priceElements: {
    code: string;
    name: string;
    volume: number;
    priceKind: 'programme' | 'aftercare' | null;
  }[];
  alternatives: { name: string; weights: Record<string, number> }[];
}

/** A percent for messages: at most one decimal ("90", "99,5" is written "99.5" in both languages). */
export function percentText(value: number): string {
  return String(Math.round(value * 10) / 10);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Sum of weights as percents for a message: fractions (summing near 1) shown ×100. */
function sumText(values: readonly number[]): string {
  const total = sum(values);
  return percentText(total <= 1.5 ? total * 100 : total);
}

function toPercents(values: readonly number[]): number[] | undefined {
  return normaliseWeights(values)?.map((fraction) => fraction * 100);
}

function duplicateCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((code, i) => codes.indexOf(code) !== i))];
}

function kronerToOre(text: string | null | undefined): number | null | 'invalid' {
  if (text === null || text === undefined || text.trim() === '') return null;
  const parsed = parseKroner(text);
  return parsed.ok ? parsed.ore : 'invalid';
}

function checkPriceModel(
  model: SetupInput['priceModel'],
  problems: SetupProblem[],
): Pick<SetupValues, 'priceSlope' | 'priceBestOre' | 'priceWorstOre'> {
  if (model.type === 'linear') {
    const slope = model.slope ?? 1;
    if (!(slope > 0)) problems.push({ field: 'priceModel.slope', key: 'tender.eval_slope' });
    return { priceSlope: slope, priceBestOre: null, priceWorstOre: null };
  }
  if (model.type === 'interval') {
    const best = kronerToOre(model.best);
    const worst = kronerToOre(model.worst);
    if (best === null || best === 'invalid') {
      problems.push({ field: 'priceModel.best', key: 'tender.eval_interval_missing' });
    }
    if (worst === null || worst === 'invalid') {
      problems.push({ field: 'priceModel.worst', key: 'tender.eval_interval_missing' });
    }
    if (typeof best === 'number' && typeof worst === 'number') {
      if (worst <= best) {
        problems.push({
          field: 'priceModel.worst',
          key: 'tender.eval_interval',
          params: { best: model.best!.trim(), worst: model.worst!.trim() },
        });
      }
      return { priceSlope: null, priceBestOre: best, priceWorstOre: worst };
    }
  }
  return { priceSlope: null, priceBestOre: null, priceWorstOre: null };
}

function checkAlternatives(
  input: SetupInput,
  problems: SetupProblem[],
): { name: string; weights: Record<string, number> }[] {
  const codes = input.criteria.map((c) => c.code);
  const result: { name: string; weights: Record<string, number> }[] = [];
  input.alternatives.forEach((alternative, index) => {
    const field = `alternatives.${index}.weights`;
    const missing = codes.filter((code) => alternative.weights[code] === undefined);
    if (missing.length > 0) {
      problems.push({
        field,
        key: 'tender.eval_alternative_missing',
        params: { name: alternative.name, codes: missing.join(', ') },
      });
      return;
    }
    const values = codes.map((code) => alternative.weights[code]!);
    const percents = values.some((v) => v < 0) ? undefined : toPercents(values);
    if (!percents) {
      problems.push({
        field,
        key: 'tender.eval_alternative_sum',
        params: { name: alternative.name, sum: sumText(values) },
      });
      return;
    }
    result.push({
      name: alternative.name.trim(),
      weights: Object.fromEntries(codes.map((code, i) => [code, percents[i]!])),
    });
  });
  return result;
}

/** The award model checked and normalised, or every problem found (not just the first). */
export function checkSetup(
  input: SetupInput,
): { ok: true; value: SetupValues } | { ok: false; problems: SetupProblem[] } {
  const problems: SetupProblem[] = [];

  const main = toPercents([input.weights.quality, input.weights.price]);
  if (!main) {
    problems.push({
      field: 'weights.quality',
      key: 'tender.eval_weights_sum',
      params: { sum: sumText([input.weights.quality, input.weights.price]) },
    });
  }
  if (input.scale.max <= input.scale.min) {
    problems.push({
      field: 'scale.max',
      key: 'tender.eval_scale',
      params: { min: input.scale.min, max: input.scale.max },
    });
  }

  let criterionWeights: number[] | undefined = [];
  if (input.criteria.length === 0) {
    problems.push({ field: 'criteria', key: 'tender.eval_criteria_required' });
  } else {
    criterionWeights = toPercents(input.criteria.map((c) => c.weight));
    if (!criterionWeights) {
      problems.push({
        field: 'criteria',
        key: 'tender.eval_criteria_sum',
        params: {
          names: input.criteria.map((c) => c.name).join(', '),
          sum: sumText(input.criteria.map((c) => c.weight)),
        },
      });
    }
  }
  for (const code of duplicateCodes(input.criteria.map((c) => c.code))) {
    const index = input.criteria.map((c) => c.code).lastIndexOf(code);
    problems.push({ field: `criteria.${index}.code`, key: 'tender.eval_code_taken', params: { code } });
  }

  if (input.priceElements.length === 0) {
    problems.push({ field: 'priceElements', key: 'tender.eval_elements_required' });
  }
  for (const code of duplicateCodes(input.priceElements.map((e) => e.code))) {
    const index = input.priceElements.map((e) => e.code).lastIndexOf(code);
    problems.push({ field: `priceElements.${index}.code`, key: 'tender.eval_code_taken', params: { code } });
  }
  const kinds: string[] = input.priceElements.map((e) => e.priceKind ?? '').filter((k) => k !== '');
  for (const kind of duplicateCodes(kinds)) {
    const index = input.priceElements.map((e): string => e.priceKind ?? '').lastIndexOf(kind);
    problems.push({
      field: `priceElements.${index}.priceKind`,
      key: 'tender.eval_kind_taken',
      params: { kind },
    });
  }

  const priceParameters = checkPriceModel(input.priceModel, problems);
  const alternatives = checkAlternatives(input, problems);

  if (problems.length > 0 || !main || !criterionWeights) return { ok: false, problems };
  return {
    ok: true,
    value: {
      qualityWeight: main[0]!,
      priceWeight: main[1]!,
      scaleMin: input.scale.min,
      scaleMax: input.scale.max,
      priceModel: input.priceModel.type,
      ...priceParameters,
      criteria: input.criteria.map((c, i) => ({
        code: c.code,
        name: c.name.trim(),
        weight: criterionWeights[i]!,
        emphasis: c.emphasis.trim(),
      })),
      priceElements: input.priceElements.map((e) => ({
        code: e.code,
        name: e.name.trim(),
        volume: e.volume,
        priceKind: e.priceKind ?? null,
      })),
      alternatives,
    },
  };
}

/** Points on the tender's scale, and a written justification: problems name the criterion. */
export function scoreProblems(
  entry: { points: number; justification: string },
  criterion: { name: string },
  scale: { min: number; max: number },
  field: string,
): SetupProblem[] {
  const problems: SetupProblem[] = [];
  if (!Number.isFinite(entry.points)) {
    problems.push({ field: `${field}.points`, key: 'tender.points_number' });
  } else if (entry.points < scale.min || entry.points > scale.max) {
    problems.push({
      field: `${field}.points`,
      key: 'tender.points_scale',
      params: { points: entry.points, criterion: criterion.name, min: scale.min, max: scale.max },
    });
  }
  if (entry.justification.trim() === '') {
    problems.push({
      field: `${field}.justification`,
      key: 'tender.justification_required',
      params: { criterion: criterion.name },
    });
  }
  return problems;
}
