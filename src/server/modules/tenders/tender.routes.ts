// HTTP of the tenders module: tenders and areas (tender-master.routes.ts), the committee's decision record
// (meeting items, proposals, votes) and the tender evaluation (evaluation.routes.ts).
// Reading needs tender.read; changing needs tender.manage.
import {
  committeeIdParamsSchema,
  committeeItemDetailSchema,
  committeeItemListSchema,
  createCommitteeItemSchema,
  createProposalSchema,
  votesInputSchema,
} from '../../../shared/tenders/decision.schemas.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as decisions from './decision.service.ts';
import { evaluationRoutes } from './evaluation.routes.ts';
import { tenderMasterRoutes } from './tender-master.routes.ts';

const tags = ['tenders'];

const decisionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/committee-items',
    permission: 'tender.read',
    summary: 'Committee meeting items (udvalgsbehandlinger), newest meeting first',
    tags,
    schema: { response: committeeItemListSchema },
    handler: ({ ctx }) => decisions.listCommitteeItems(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/committee-items/:id',
    permission: 'tender.read',
    summary: 'One meeting item: the recommendation, amendment proposals, votes and computed outcomes',
    tags,
    schema: { params: committeeIdParamsSchema, response: committeeItemDetailSchema },
    handler: ({ ctx, params }) => decisions.getCommitteeItem(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/committee-items',
    permission: 'tender.manage',
    summary: "Create a meeting item with the administration's recommendation (its first proposal)",
    tags,
    status: 201,
    schema: { body: createCommitteeItemSchema, response: committeeItemDetailSchema },
    handler: ({ ctx, body }) => decisions.createCommitteeItem(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/committee-items/:id/proposals',
    permission: 'tender.manage',
    summary:
      'Add an amendment proposal: text, party letters, optional sub-criteria weighting and votes (answers the item)',
    tags,
    status: 201,
    schema: {
      params: committeeIdParamsSchema,
      body: createProposalSchema,
      response: committeeItemDetailSchema,
    },
    handler: ({ ctx, params, body }) => decisions.addProposal(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/proposals/:id/votes',
    permission: 'tender.manage',
    summary:
      'Record the votes on a proposal (for / against / abstaining with party letters); answers the item',
    tags,
    schema: { params: committeeIdParamsSchema, body: votesInputSchema, response: committeeItemDetailSchema },
    handler: ({ ctx, params, body }) => decisions.recordVotes(ctx, params.id, body),
  }),
];

export const tenderRoutes: AnyRoute[] = [...tenderMasterRoutes, ...decisionRoutes, ...evaluationRoutes];
