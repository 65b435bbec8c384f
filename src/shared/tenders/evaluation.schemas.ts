// The tender-evaluation API (issue 6): the award model of a tender (weights, scale, price model,
// sub-criteria, price elements), bids with weekly prices, evaluators' and consensus scores, the computed
// evaluation with its sensitivity, and the decision. Shared by the server (validation, OpenAPI) and the web
// app (types). Weights are percents (0–100); money in responses is øre, money typed is a kroner string.
import { z } from 'zod';
import { nameText } from '../text-schemas.ts';
import { uuidParam } from '../ids.ts';
import { dateSchema } from '../date-schema.ts';

export const PRICE_MODELS = ['proportional', 'linear', 'interval'] as const;
export type PriceModelType = (typeof PRICE_MODELS)[number];
export const ELEMENT_PRICE_KINDS = ['programme', 'aftercare'] as const;
export const REPORT_FORMATS = ['xlsx', 'pdf'] as const;

const code = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'tender.criterion_code' });
const number = (message: string) => z.number({ message }).finite({ message });

export const tenderIdParamsSchema = z.object({ id: uuidParam });

// ---------------------------------------------------------------------------------------------------
// The award model

export const evaluationSetupInputSchema = z.object({
  weights: z.object({
    quality: number('tender.eval_weight_number').min(0, { message: 'tender.eval_weight_number' }),
    price: number('tender.eval_weight_number').min(0, { message: 'tender.eval_weight_number' }),
  }),
  scale: z
    .object({ min: number('tender.eval_scale_number'), max: number('tender.eval_scale_number') })
    .default({ min: 0, max: 10 }),
  priceModel: z.object({
    type: z.enum(PRICE_MODELS, { message: 'tender.eval_price_model' }),
    /** linear: 1 unless given. */
    slope: number('tender.eval_slope').nullish(),
    /** interval: the evaluated prices in kroner that give full and zero points, e.g. "1.850" and "2.150". */
    best: z.string().max(40).nullish(),
    worst: z.string().max(40).nullish(),
  }),
  criteria: z
    .array(
      z.object({
        code,
        name: nameText().trim().min(1).max(500),
        weight: number('tender.eval_weight_number').min(0, { message: 'tender.eval_weight_number' }),
        /** What the evaluators emphasise (seed 003, Tabel 1). */
        emphasis: z.string().trim().max(10000).default(''),
      }),
    )
    .max(20),
  priceElements: z
    .array(
      z.object({
        code,
        name: nameText().trim().min(1).max(200),
        volume: number('tender.eval_volume').positive({ message: 'tender.eval_volume' }),
        priceKind: z.enum(ELEMENT_PRICE_KINDS).nullish(),
      }),
    )
    .max(10),
  alternatives: z
    .array(
      z.object({
        name: nameText().trim().min(1).max(200),
        weights: z.record(z.string().max(40), number('tender.eval_weight_number')),
      }),
    )
    .max(10)
    .default([]),
});
export type EvaluationSetupInput = z.input<typeof evaluationSetupInputSchema>;

export const evaluatorsInputSchema = z.object({
  userIds: z.array(z.uuid({ message: 'tender.evaluator_user' })).max(50),
});
export type EvaluatorsInput = z.input<typeof evaluatorsInputSchema>;

const person = z.object({ userId: z.uuid(), displayName: z.string() });
export type EvaluatorView = z.infer<typeof person>;

const criterionView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  weight: z.number(),
  emphasis: z.string(),
});
export type CriterionView = z.infer<typeof criterionView>;

const priceElementView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  volume: z.number(),
  priceKind: z.enum(ELEMENT_PRICE_KINDS).nullable(),
});
export type PriceElementView = z.infer<typeof priceElementView>;

const areaView = z.object({
  id: z.uuid(),
  number: z.number().int(),
  name: z.string(),
  providersToSelect: z.number().int(),
});
export type EvaluationAreaView = z.infer<typeof areaView>;

export const alternativeWeightingSchema = z.object({
  name: z.string(),
  weights: z.record(z.string(), z.number()),
});

export const evaluationSetupSchema = z.object({
  weights: z.object({ quality: z.number(), price: z.number() }),
  scale: z.object({ min: z.number(), max: z.number() }),
  priceModel: z.object({
    type: z.enum(PRICE_MODELS),
    slope: z.number().nullable(),
    bestOre: z.number().int().nullable(),
    worstOre: z.number().int().nullable(),
  }),
  criteria: z.array(criterionView),
  priceElements: z.array(priceElementView),
  alternatives: z.array(alternativeWeightingSchema),
});
export type EvaluationSetup = z.infer<typeof evaluationSetupSchema>;

export const evaluationOverviewSchema = z.object({
  tenderId: z.uuid(),
  tenderName: z.string(),
  decidedOn: z.string().nullable(),
  /** Bids, scores and rankings: procurement and the administration always, others once decided. */
  maySeeBids: z.boolean(),
  areas: z.array(areaView),
  setup: evaluationSetupSchema.nullable(),
  evaluators: z.array(person),
  /** Users who may be evaluators (procurement and administration); empty for readers. */
  evaluatorCandidates: z.array(person),
  committeeItems: z.array(z.object({ id: z.uuid(), title: z.string(), meetingDate: z.string() })),
  decision: z
    .object({
      decidedAt: z.string(),
      decidedBy: z.string().nullable(),
      committeeItemId: z.uuid().nullable(),
    })
    .nullable(),
});
export type EvaluationOverview = z.infer<typeof evaluationOverviewSchema>;

// ---------------------------------------------------------------------------------------------------
// Bids

export const bidInputSchema = z.object({
  tenderAreaId: z.uuid({ message: 'tender.bid_area' }),
  /** An existing provider, or else a bidder named by name, CVR number and district. */
  providerId: z.uuid({ message: 'tender.bid_unknown_provider' }).nullish(),
  bidderName: nameText().trim().max(300).nullish(),
  bidderCvr: z.string().trim().max(20).nullish(),
  bidderDistrict: z.string().trim().max(100).nullish(),
  solution: z.string().trim().max(50000).default(''),
  receivedOn: dateSchema.nullish(),
  /** Weekly price per price element code, as kroner text ("1.950" or "1.950,50"). */
  prices: z.record(z.string().max(40), z.string().max(40)),
});
export type BidInput = z.input<typeof bidInputSchema>;

export const attachmentInputSchema = z.object({
  fileName: nameText().trim().min(1).max(255),
  contentType: z.string().trim().min(1).max(200).default('application/octet-stream'),
  /** The file's bytes in base64, up to MAX_ATTACHMENT_BYTES (attachment-limits.ts). */
  contentBase64: z.string().min(1),
});
export type AttachmentInput = z.input<typeof attachmentInputSchema>;

const attachmentView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

export const bidViewSchema = z.object({
  id: z.uuid(),
  tenderAreaId: z.uuid(),
  areaNumber: z.number().int(),
  areaName: z.string(),
  providerId: z.uuid().nullable(),
  bidder: z.string(),
  bidderCvr: z.string().nullable(),
  bidderDistrict: z.string().nullable(),
  solution: z.string(),
  receivedOn: z.string().nullable(),
  prices: z.array(
    z.object({ elementCode: z.string(), elementName: z.string(), weeklyOre: z.number().int() }),
  ),
  /** Σ weekly price × volume, when every element has a price. */
  evaluatedPriceOre: z.number().int().nullable(),
  attachments: z.array(attachmentView),
});
export type BidView = z.infer<typeof bidViewSchema>;

export const bidListSchema = z.object({ decided: z.boolean(), items: z.array(bidViewSchema) });
export type BidList = z.infer<typeof bidListSchema>;

export const deletedSchema = z.object({ id: z.uuid() });

// ---------------------------------------------------------------------------------------------------
// Scores

const scoreEntry = z.object({
  criterion: z.string().max(40),
  points: number('tender.points_number'),
  justification: z.string().trim().max(10000),
});

export const evaluatorScoresInputSchema = z.object({
  /** The evaluator the scores are theirs; the signed-in user unless given. */
  evaluatorId: z.uuid({ message: 'tender.evaluator_user' }).nullish(),
  scores: z.array(scoreEntry).min(1, { message: 'tender.scores_required' }).max(20),
});
export type EvaluatorScoresInput = z.input<typeof evaluatorScoresInputSchema>;

export const consensusScoresInputSchema = z.object({
  scores: z.array(scoreEntry).min(1, { message: 'tender.scores_required' }).max(20),
});
export type ConsensusScoresInput = z.input<typeof consensusScoresInputSchema>;

const scoreView = z.object({ criterion: z.string(), points: z.number(), justification: z.string() });
export type ScoreView = z.infer<typeof scoreView>;

export const scoreSheetSchema = z.object({
  decided: z.boolean(),
  scale: z.object({ min: z.number(), max: z.number() }),
  criteria: z.array(criterionView),
  evaluators: z.array(person),
  bids: z.array(
    z.object({
      bidId: z.uuid(),
      bidder: z.string(),
      areaNumber: z.number().int(),
      areaName: z.string(),
      evaluatorScores: z.array(scoreView.extend({ evaluatorId: z.uuid() })),
      consensus: z.array(scoreView),
    }),
  ),
});
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

// ---------------------------------------------------------------------------------------------------
// The evaluation: ranking per area and sensitivity

const rankedBid = z.object({
  bidId: z.string(),
  bidder: z.string(),
  evaluatedPriceOre: z.number().int(),
  pricePoints: z.number(),
  qualityScore: z.number(),
  total: z.number(),
  rank: z.number().int(),
  selected: z.boolean(),
  tie: z.boolean(),
  /** Consensus points per criterion code. */
  points: z.record(z.string(), z.number()),
});
export type RankedBid = z.infer<typeof rankedBid>;

const alternativeResult = z.object({
  name: z.string(),
  /** 'setup': entered with the award model; 'committee': an amendment of the decision record. */
  source: z.enum(['setup', 'committee']),
  outcome: z.enum(['adopted', 'rejected']).nullable(),
  weights: z.record(z.string(), z.number()),
  ranking: z.array(
    z.object({
      bidId: z.string(),
      bidder: z.string(),
      qualityScore: z.number(),
      total: z.number(),
      rank: z.number().int(),
      selected: z.boolean(),
    }),
  ),
  selectionChanges: z.boolean(),
});
export type AlternativeView = z.infer<typeof alternativeResult>;

export const areaEvaluationSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  name: z.string(),
  select: z.number().int(),
  /** What keeps the area from being evaluated (a bid without a price or a consensus score); empty when complete. */
  problems: z.array(z.string()),
  bids: z.array(rankedBid),
  tieAtCutoff: z.boolean(),
  /** Quality weight (fraction 0–1) within which the same bidders are selected. */
  stableQualityWeight: z.object({ from: z.number(), to: z.number() }).nullable(),
  /** Totals of each bid at quality weights 0, 5, …, 100 %. */
  chart: z.array(z.object({ qualityWeight: z.number(), totals: z.record(z.string(), z.number()) })),
  alternatives: z.array(alternativeResult),
  rankReversals: z.array(
    z.object({
      removedBidId: z.string(),
      removed: z.string(),
      selectedBefore: z.array(z.string()),
      selectedAfter: z.array(z.string()),
    }),
  ),
});
export type AreaEvaluationView = z.infer<typeof areaEvaluationSchema>;

export const evaluationResultSchema = z.object({
  tenderId: z.uuid(),
  tenderName: z.string(),
  decidedOn: z.string().nullable(),
  setup: evaluationSetupSchema,
  complete: z.boolean(),
  areas: z.array(areaEvaluationSchema),
});
export type EvaluationResult = z.infer<typeof evaluationResultSchema>;

export const reportQuerySchema = z.object({ format: z.enum(REPORT_FORMATS).default('xlsx') });

// ---------------------------------------------------------------------------------------------------
// The decision

export const decideTenderInputSchema = z.object({
  decidedOn: dateSchema,
  /** The committee item (decision record) the award rests on. */
  committeeItemId: z.uuid({ message: 'tender.decision_unknown_item' }).nullish(),
  /** The framework agreements' period, notice and options. */
  startsOn: dateSchema,
  originalEndsOn: dateSchema,
  extensionMonths: z.array(z.number().int().min(1).max(60)).max(5).default([]),
  noticeWeeks: z.number().int().min(0).max(52).nullish(),
  caseNumber: z.string().trim().max(100).nullish(),
  longDurationJustification: z.string().trim().max(5000).nullish(),
});
export type DecideTenderInput = z.input<typeof decideTenderInputSchema>;

export const decisionResultSchema = z.object({
  tenderId: z.uuid(),
  decidedOn: z.string(),
  agreements: z.array(
    z.object({
      agreementId: z.uuid(),
      providerId: z.uuid(),
      providerName: z.string(),
      areaNumber: z.number().int(),
      createdProvider: z.boolean(),
    }),
  ),
});
export type DecisionResult = z.infer<typeof decisionResultSchema>;
