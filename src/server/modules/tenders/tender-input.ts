// The tender-evaluation input as JSON (the `indsats tender score` format of issue 6), checked and
// normalised into a TenderModel. Every problem names what it is about: the criterion, the bid, the element.
import { z } from 'zod';
import type { TenderModel } from './scoring.rules.ts';

const id = z.string().trim().min(1);

export const tenderInputSchema = z.object({
  weights: z.object({ quality: z.number().min(0), price: z.number().min(0) }),
  scale: z.object({ min: z.number(), max: z.number() }).default({ min: 0, max: 10 }),
  qualityCriteria: z.array(z.object({ id, name: z.string().default(''), weight: z.number().min(0) })).min(1),
  priceModel: z.discriminatedUnion('type', [
    z.object({ type: z.literal('proportional') }),
    z.object({ type: z.literal('linear'), slope: z.number().positive().default(1) }),
    z.object({ type: z.literal('interval'), best: z.number(), worst: z.number() }),
  ]),
  priceElements: z.array(z.object({ id, volume: z.number().positive() })).min(1),
  areas: z.array(z.object({ id, name: z.string().default(''), select: z.number().int().positive() })).min(1),
  bids: z.array(
    z.object({
      bidder: id,
      area: id,
      prices: z.record(z.string(), z.number()),
      quality: z.record(z.string(), z.number()),
    }),
  ),
  alternatives: z
    .array(z.object({ name: id, qualityCriteria: z.record(z.string(), z.number().min(0)) }))
    .default([]),
});
export type TenderInput = z.input<typeof tenderInputSchema>;

export type ParseResult = { ok: true; model: TenderModel } | { ok: false; problems: string[] };

const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10} %`;

/** Weights given as fractions (0.8 + 0.2) or percents (80 + 20); undefined when they sum to neither. */
export function normaliseWeights(values: readonly number[]): number[] | undefined {
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) < 1e-6) return [...values];
  if (Math.abs(sum - 100) < 1e-4) return values.map((v) => v / 100);
  return undefined;
}

function describeSum(values: readonly number[]): string {
  const sum = values.reduce((a, b) => a + b, 0);
  return sum > 1.5 ? `${Math.round(sum * 1000) / 1000}` : percent(sum);
}

export function parseTenderInput(json: unknown): ParseResult {
  const parsed = tenderInputSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`),
    };
  }
  const input = parsed.data;
  const problems: string[] = [];

  const mainWeights = normaliseWeights([input.weights.quality, input.weights.price]);
  if (!mainWeights) {
    problems.push(
      `weights: quality and price sum to ${describeSum([input.weights.quality, input.weights.price])}, not 100 %`,
    );
  }
  const criterionWeights = normaliseWeights(input.qualityCriteria.map((c) => c.weight));
  if (!criterionWeights) {
    problems.push(
      `qualityCriteria: the weights of ${input.qualityCriteria.map((c) => c.id).join(', ')} sum to ${describeSum(input.qualityCriteria.map((c) => c.weight))}, not 100 %`,
    );
  }
  if (input.scale.max <= input.scale.min)
    problems.push(`scale: max (${input.scale.max}) must be above min (${input.scale.min})`);
  if (input.priceModel.type === 'interval' && input.priceModel.worst <= input.priceModel.best) {
    problems.push(
      `priceModel: worst (${input.priceModel.worst}) must be above best (${input.priceModel.best})`,
    );
  }
  const duplicates = (ids: string[]) => ids.filter((x, i) => ids.indexOf(x) !== i);
  for (const [what, ids] of [
    ['qualityCriteria', input.qualityCriteria.map((c) => c.id)],
    ['priceElements', input.priceElements.map((e) => e.id)],
    ['areas', input.areas.map((a) => a.id)],
  ] as const) {
    for (const dup of new Set(duplicates(ids))) problems.push(`${what}: the id "${dup}" is used twice`);
  }

  const areaIds = new Set(input.areas.map((a) => a.id));
  const seen = new Set<string>();
  for (const bid of input.bids) {
    const label = `bid "${bid.bidder}" in area "${bid.area}"`;
    if (!areaIds.has(bid.area)) problems.push(`${label}: no area has the id "${bid.area}"`);
    if (seen.has(`${bid.area}\u0000${bid.bidder}`))
      problems.push(`${label}: the bidder has two bids in this area`);
    seen.add(`${bid.area}\u0000${bid.bidder}`);
    for (const element of input.priceElements) {
      const price = bid.prices[element.id];
      if (price === undefined) problems.push(`${label}: no price for "${element.id}"`);
      else if (!(price > 0))
        problems.push(`${label}: the price for "${element.id}" must be above 0, not ${price}`);
    }
    for (const criterion of input.qualityCriteria) {
      const points = bid.quality[criterion.id];
      if (points === undefined) problems.push(`${label}: no score for "${criterion.id}"`);
      else if (points < input.scale.min || points > input.scale.max) {
        problems.push(
          `${label}: ${points} points for "${criterion.id}" is outside the scale ${input.scale.min}–${input.scale.max}`,
        );
      }
    }
  }
  for (const area of input.areas) {
    const count = input.bids.filter((b) => b.area === area.id).length;
    if (count === 0) problems.push(`area "${area.id}": no bids`);
  }

  const alternatives: TenderModel['alternatives'] = [];
  for (const alternative of input.alternatives) {
    const missing = input.qualityCriteria
      .filter((c) => alternative.qualityCriteria[c.id] === undefined)
      .map((c) => c.id);
    if (missing.length > 0) {
      problems.push(`alternative "${alternative.name}": no weight for ${missing.join(', ')}`);
      continue;
    }
    const weights = normaliseWeights(input.qualityCriteria.map((c) => alternative.qualityCriteria[c.id]!));
    if (!weights) {
      problems.push(
        `alternative "${alternative.name}": the weights sum to ${describeSum(input.qualityCriteria.map((c) => alternative.qualityCriteria[c.id]!))}, not 100 %`,
      );
      continue;
    }
    alternatives.push({
      name: alternative.name,
      qualityCriteria: Object.fromEntries(input.qualityCriteria.map((c, i) => [c.id, weights[i]!])),
    });
  }

  if (problems.length > 0 || !mainWeights || !criterionWeights) return { ok: false, problems };
  return {
    ok: true,
    model: {
      weights: { quality: mainWeights[0]!, price: mainWeights[1]! },
      scale: input.scale,
      qualityCriteria: input.qualityCriteria.map((c, i) => ({ ...c, weight: criterionWeights[i]! })),
      priceModel: input.priceModel,
      priceElements: input.priceElements,
      areas: input.areas,
      bids: input.bids,
      alternatives,
    },
  };
}
