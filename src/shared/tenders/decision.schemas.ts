// The committee's decision record API (issue 6): committee meeting items (udvalgsbehandlinger) with the
// administration's recommendation, amendment proposals and their votes. Shared by the server (validation,
// OpenAPI) and the web app (types). Dates are ISO; the outcome is computed from the votes, never sent.
import { z } from 'zod';
import { nameText } from '../text-schemas.ts';
import { uuidParam } from '../ids.ts';
import { dateSchema } from '../date-schema.ts';

export const OUTCOMES = ['adopted', 'rejected'] as const;
export const PROPOSAL_KINDS = ['recommendation', 'amendment'] as const;

const optionalText = (max: number) => z.string().trim().max(max).nullish();
/** Party letters as typed; trimmed, upper-cased and checked by the rules (decision.rules.ts). */
const partiesInput = z.array(z.string().max(10)).max(20);

export const committeeIdParamsSchema = z.object({ id: uuidParam });

const voteGroupInput = z.object({
  count: z
    .number({ message: 'tender.vote_count' })
    .int({ message: 'tender.vote_count' })
    .min(0, { message: 'tender.vote_count' })
    .max(1000, { message: 'tender.vote_count' }),
  parties: partiesInput.default([]),
});

export const votesInputSchema = z.object({
  for: voteGroupInput,
  against: voteGroupInput,
  abstaining: voteGroupInput,
});
export type VotesInput = z.input<typeof votesInputSchema>;

export const criteriaWeightsSchema = z.record(z.string().max(40), z.number());

export const createCommitteeItemSchema = z.object({
  committee: nameText().trim().min(1).max(200),
  committeeShort: optionalText(20),
  meetingDate: dateSchema,
  /** What the date is when the papers give no meeting date (e.g. the appendix's date). */
  meetingDateNote: optionalText(500),
  caseNumber: optionalText(100),
  title: z.string().trim().min(1).max(500),
  tenderId: z.uuid({ message: 'tender.unknown_tender' }).nullish(),
  /** The recommendation (indstilling) as printed, numbered points included. */
  recommendation: z.string().trim().min(1).max(20000),
});
export type CreateCommitteeItemInput = z.input<typeof createCommitteeItemSchema>;

export const createProposalSchema = z.object({
  text: z.string().trim().min(1).max(20000),
  /** The proposers' party letters, e.g. ["Ø"]. */
  parties: partiesInput,
  criteriaWeights: criteriaWeightsSchema.nullish(),
  votes: votesInputSchema.nullish(),
});
export type CreateProposalInput = z.input<typeof createProposalSchema>;

const voteGroup = z.object({ count: z.number().int(), parties: z.array(z.string()) });

export const votesSchema = z.object({ for: voteGroup, against: voteGroup, abstaining: voteGroup });
export type VotesView = z.infer<typeof votesSchema>;

export const proposalSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PROPOSAL_KINDS),
  position: z.number().int(),
  text: z.string(),
  parties: z.array(z.string()),
  criteriaWeights: z.record(z.string(), z.number()).nullable(),
  votes: votesSchema.nullable(),
  /** Adopted when for > against; null before the vote. */
  outcome: z.enum(OUTCOMES).nullable(),
});
export type ProposalView = z.infer<typeof proposalSchema>;

export const committeeItemSummarySchema = z.object({
  id: z.uuid(),
  committee: z.string(),
  committeeShort: z.string().nullable(),
  meetingDate: z.string(),
  meetingDateNote: z.string().nullable(),
  caseNumber: z.string().nullable(),
  title: z.string(),
  tenderId: z.uuid().nullable(),
  tenderName: z.string().nullable(),
  proposalCount: z.number().int(),
  /** The recommendation's outcome, when it has been voted on. */
  recommendationOutcome: z.enum(OUTCOMES).nullable(),
});
export type CommitteeItemSummary = z.infer<typeof committeeItemSummarySchema>;

export const committeeItemListSchema = z.object({ items: z.array(committeeItemSummarySchema) });
export type CommitteeItemList = z.infer<typeof committeeItemListSchema>;

export const committeeItemDetailSchema = committeeItemSummarySchema.extend({
  recommendation: z.string(),
  proposals: z.array(proposalSchema),
});
export type CommitteeItemDetail = z.infer<typeof committeeItemDetailSchema>;
