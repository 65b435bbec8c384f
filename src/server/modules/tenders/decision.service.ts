// Use cases of the committee's decision record (issue 6): meeting items with the administration's
// recommendation, amendment proposals and their votes. Reading needs tender.read, changing tender.manage
// (route guards). Every change is audited in the same transaction; the outcome is always computed from
// the votes (decision.rules.ts), never stored.
import type {
  CommitteeItemDetail,
  CommitteeItemList,
  CommitteeItemSummary,
  CreateCommitteeItemInput,
  CreateProposalInput,
  ProposalView,
  VotesInput,
} from '../../../shared/tenders/decision.schemas.ts';
import { AppError } from '../../../shared/errors.ts';
import { cleanText } from '../../../shared/text-input.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../platform/context.ts';
import * as repo from './decision.repository.ts';
import {
  normaliseParties,
  outcomeOf,
  PARTY_CODE,
  voteProblems,
  weightingProblems,
  type RuleProblem,
  type Votes,
} from './decision.rules.ts';

type EntityType = 'committee_item' | 'committee_proposal';

/** Who an audit row names, and the request it belongs to (the demo seed passes a system actor). */
export interface AuditBy {
  actor: AuditActor;
  requestId: string | null;
}

function auditByOf(ctx: Ctx): AuditBy {
  const { userId, username, organisationId } = ctx.actor;
  return { actor: { userId, username, organisationId }, requestId: ctx.requestId };
}

async function audit(
  tx: Tx,
  by: AuditBy,
  action: 'create' | 'update',
  entityType: EntityType,
  entityId: string,
  criteria?: Record<string, unknown>,
) {
  await recordAudit(tx, by.actor, by.requestId, {
    action,
    entityType,
    entityId,
    ...(criteria ? { criteria } : {}),
  });
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'access.not_found');
}

/** All of a rule's field problems in one 400 answer. */
function refuse(problems: RuleProblem[]): AppError {
  const first = problems[0]!;
  const fields = Object.fromEntries(problems.map((p) => [p.field, p.key]));
  return new AppError('VALIDATION_FAILED', first.key, { fields, params: first.params ?? {} });
}

function votesOf(row: repo.ProposalRow): Votes | null {
  if (row.votesFor === null || row.votesAgainst === null || row.votesAbstaining === null) return null;
  return {
    for: { count: row.votesFor, parties: row.partiesFor },
    against: { count: row.votesAgainst, parties: row.partiesAgainst },
    abstaining: { count: row.votesAbstaining, parties: row.partiesAbstaining },
  };
}

function toProposal(row: repo.ProposalRow): ProposalView {
  const votes = votesOf(row);
  return {
    id: row.id,
    kind: row.kind,
    position: row.position,
    text: row.text,
    parties: row.parties,
    criteriaWeights: row.criteriaWeights,
    votes: votes && {
      for: { count: votes.for.count, parties: [...votes.for.parties] },
      against: { count: votes.against.count, parties: [...votes.against.parties] },
      abstaining: { count: votes.abstaining.count, parties: [...votes.abstaining.parties] },
    },
    outcome: outcomeOf(votes),
  };
}

function toSummary(row: repo.ItemRow, proposals: ProposalView[]): CommitteeItemSummary {
  const recommendation = proposals.find((p) => p.kind === 'recommendation');
  return {
    id: row.id,
    committee: row.committee,
    committeeShort: row.committeeShort,
    meetingDate: row.meetingDate,
    meetingDateNote: row.meetingDateNote,
    caseNumber: row.caseNumber,
    title: row.title,
    tenderId: row.tenderId,
    tenderName: row.tenderName,
    proposalCount: Number(row.proposalCount ?? 0),
    recommendationOutcome: recommendation?.outcome ?? null,
  };
}

export async function listCommitteeItems(ctx: Ctx): Promise<CommitteeItemList> {
  return withActorTransaction(ctx, async (tx) => {
    const rows = await repo.findItems(tx);
    const proposals = (
      await repo.findProposals(
        tx,
        rows.map((r) => r.id),
      )
    ).map((p) => ({ itemId: p.committeeItemId, view: toProposal(p) }));
    return {
      items: rows.map((row) =>
        toSummary(
          row,
          proposals.filter((p) => p.itemId === row.id).map((p) => p.view),
        ),
      ),
    };
  });
}

export async function loadCommitteeItem(tx: Tx, id: string): Promise<CommitteeItemDetail> {
  const row = await repo.findItem(tx, id);
  if (!row) throw notFound();
  const proposals = (await repo.findProposals(tx, [id])).map(toProposal);
  return { ...toSummary(row, proposals), recommendation: row.recommendation, proposals };
}

export async function getCommitteeItem(ctx: Ctx, id: string): Promise<CommitteeItemDetail> {
  return withActorTransaction(ctx, (tx) => loadCommitteeItem(tx, id));
}

/** Creates the item and its recommendation as the first proposal (it is voted on like any proposal). */
export async function createCommitteeItemIn(
  tx: Tx,
  by: AuditBy,
  input: CreateCommitteeItemInput,
): Promise<string> {
  const tenderId = input.tenderId ?? null;
  if (tenderId !== null && !(await repo.tenderExists(tx, tenderId))) {
    throw refuse([{ field: 'tenderId', key: 'tender.unknown_tender' }]);
  }
  const recommendation = input.recommendation.trim();
  const id = await repo.insertItem(tx, {
    committee: input.committee.trim(),
    committeeShort: cleanText(input.committeeShort),
    meetingDate: input.meetingDate,
    meetingDateNote: cleanText(input.meetingDateNote),
    caseNumber: cleanText(input.caseNumber),
    title: input.title.trim(),
    tenderId,
    recommendation,
  });
  await audit(tx, by, 'create', 'committee_item', id);
  const proposalId = await repo.insertProposal(tx, {
    committeeItemId: id,
    kind: 'recommendation',
    text: recommendation,
    parties: [],
    criteriaWeights: null,
  });
  await audit(tx, by, 'create', 'committee_proposal', proposalId, { kind: 'recommendation' });
  return id;
}

export async function createCommitteeItem(
  ctx: Ctx,
  input: CreateCommitteeItemInput,
): Promise<CommitteeItemDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const id = await createCommitteeItemIn(tx, auditByOf(ctx), input);
    return loadCommitteeItem(tx, id);
  });
}

/** Checked votes with normalised party letters, or a refusal naming the fields. */
function checkedVotes(input: VotesInput): repo.VoteValues {
  const votes: Votes = {
    for: { count: input.for.count, parties: normaliseParties(input.for.parties ?? []) },
    against: { count: input.against.count, parties: normaliseParties(input.against.parties ?? []) },
    abstaining: { count: input.abstaining.count, parties: normaliseParties(input.abstaining.parties ?? []) },
  };
  const problems = voteProblems(votes);
  if (problems.length > 0) throw refuse(problems);
  return {
    votesFor: votes.for.count,
    votesAgainst: votes.against.count,
    votesAbstaining: votes.abstaining.count,
    partiesFor: [...votes.for.parties],
    partiesAgainst: [...votes.against.parties],
    partiesAbstaining: [...votes.abstaining.parties],
  };
}

async function recordVotesIn(tx: Tx, by: AuditBy, proposalId: string, input: VotesInput) {
  const values = checkedVotes(input);
  await repo.updateVotes(tx, proposalId, values);
  const outcome = outcomeOf({
    for: { count: values.votesFor, parties: values.partiesFor },
    against: { count: values.votesAgainst, parties: values.partiesAgainst },
  });
  await audit(tx, by, 'update', 'committee_proposal', proposalId, {
    votes: [values.votesFor, values.votesAgainst, values.votesAbstaining],
    outcome,
  });
}

/** Adds an amendment proposal (ændringsforslag), with its votes when they are known. */
export async function addProposalIn(
  tx: Tx,
  by: AuditBy,
  itemId: string,
  input: CreateProposalInput,
): Promise<string> {
  if (!(await repo.lockItem(tx, itemId))) throw notFound();
  const parties = normaliseParties(input.parties);
  const problems: RuleProblem[] = [];
  const badParty = parties.find((p) => !PARTY_CODE.test(p));
  if (badParty !== undefined) {
    problems.push({ field: 'parties', key: 'tender.party_code', params: { party: badParty } });
  } else if (parties.length === 0) {
    problems.push({ field: 'parties', key: 'tender.proposal_parties' });
  }
  const weights = input.criteriaWeights ?? null;
  if (weights !== null) problems.push(...weightingProblems(weights));
  if (problems.length > 0) throw refuse(problems);
  const id = await repo.insertProposal(tx, {
    committeeItemId: itemId,
    kind: 'amendment',
    text: input.text.trim(),
    parties,
    criteriaWeights: weights,
  });
  await audit(tx, by, 'create', 'committee_proposal', id, { kind: 'amendment', itemId });
  if (input.votes) await recordVotesIn(tx, by, id, input.votes);
  return id;
}

export async function addProposal(
  ctx: Ctx,
  itemId: string,
  input: CreateProposalInput,
): Promise<CommitteeItemDetail> {
  return withActorTransaction(ctx, async (tx) => {
    await addProposalIn(tx, auditByOf(ctx), itemId, input);
    return loadCommitteeItem(tx, itemId);
  });
}

/** Records (or corrects) the votes on a proposal; answers the whole item with the computed outcome. */
export async function recordVotesOn(tx: Tx, by: AuditBy, proposalId: string, input: VotesInput) {
  const proposal = await repo.findProposal(tx, proposalId);
  if (!proposal) throw notFound();
  await recordVotesIn(tx, by, proposalId, input);
  return proposal.committeeItemId;
}

export async function recordVotes(
  ctx: Ctx,
  proposalId: string,
  input: VotesInput,
): Promise<CommitteeItemDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const itemId = await recordVotesOn(tx, auditByOf(ctx), proposalId, input);
    return loadCommitteeItem(tx, itemId);
  });
}
