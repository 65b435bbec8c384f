// Kysely table types of the decision record and tender evaluation (migrations 0005, 0008), re-exported by
// schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from './schema-columns.ts';
import type { PriceKind } from './schema.ts';

// The committee's decision record (migration 0005, issue 6).
export interface CommitteeItemTable {
  id: Generated<string>;
  committee: string;
  committeeShort: string | null;
  meetingDate: string;
  /** What the date is when it is not the meeting's own (migration 0024). */
  meetingDateNote: ColumnType<string | null, string | null | undefined, string | null>;
  caseNumber: string | null;
  title: string;
  tenderId: string | null;
  recommendation: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type CommitteeProposalKind = 'recommendation' | 'amendment';

export interface CommitteeProposalTable {
  id: Generated<string>;
  committeeItemId: string;
  kind: CommitteeProposalKind;
  position: number;
  text: string;
  parties: Generated<string[]>;
  /** Criterion code → weight; written as a JSON string. */
  criteriaWeights: ColumnType<Record<string, number> | null, string | null, string | null>;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstaining: number | null;
  partiesFor: Generated<string[]>;
  partiesAgainst: Generated<string[]>;
  partiesAbstaining: Generated<string[]>;
  votedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

// Tender evaluation (migration 0008, issue 6). Weights are percents, points on the tender's scale, money øre.
export type TenderPriceModel = 'proportional' | 'linear' | 'interval';

export interface TenderAlternativeWeighting {
  name: string;
  weights: Record<string, number>;
}

export interface TenderEvaluationTable {
  tenderId: string;
  qualityWeight: number;
  priceWeight: number;
  scaleMin: Generated<number>;
  scaleMax: Generated<number>;
  priceModel: TenderPriceModel;
  priceSlope: number | null;
  priceBestOre: number | null;
  priceWorstOre: number | null;
  /** Written as a JSON string. */
  alternatives: ColumnType<TenderAlternativeWeighting[], string | undefined, string>;
  decidedBy: string | null;
  decidedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  committeeItemId: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderCriterionTable {
  id: Generated<string>;
  tenderId: string;
  code: string;
  name: string;
  weight: number;
  emphasis: Generated<string>;
  position: number;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderPriceElementTable {
  id: Generated<string>;
  tenderId: string;
  code: string;
  name: string;
  volume: number;
  priceKind: PriceKind | null;
  position: number;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderBidTable {
  id: Generated<string>;
  tenderId: string;
  tenderAreaId: string;
  providerId: string | null;
  bidderName: string | null;
  bidderCvr: string | null;
  bidderDistrict: string | null;
  solution: Generated<string>;
  receivedOn: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderBidPriceTable {
  bidId: string;
  priceElementId: string;
  weeklyOre: number;
}

export interface TenderBidAttachmentTable {
  id: Generated<string>;
  bidId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  content: Buffer;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface TenderEvaluatorTable {
  tenderId: string;
  userId: string;
  createdAt: CreatedAt;
}

export interface TenderScoreTable {
  bidId: string;
  criterionId: string;
  evaluatorId: string;
  points: number;
  justification: string;
  recordedBy: string | null;
  updatedAt: UpdatedAt;
}

export interface TenderConsensusScoreTable {
  bidId: string;
  criterionId: string;
  points: number;
  justification: string;
  recordedBy: string | null;
  updatedAt: UpdatedAt;
}
