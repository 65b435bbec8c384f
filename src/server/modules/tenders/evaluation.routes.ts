// HTTP of the tender evaluation: the award model, evaluators, bids with attachments, scores, the computed
// evaluation with sensitivity, the report (XLSX/PDF) and the decision. Reading needs tender.read (the
// service refuses bids, scores and results to others than procurement and the administration until the
// tender is decided, 403); changing needs tender.manage.
import { z } from 'zod';
import {
  attachmentInputSchema,
  bidInputSchema,
  bidListSchema,
  bidViewSchema,
  consensusScoresInputSchema,
  decideTenderInputSchema,
  decisionResultSchema,
  deletedSchema,
  evaluationOverviewSchema,
  evaluationResultSchema,
  evaluationSetupInputSchema,
  evaluatorScoresInputSchema,
  evaluatorsInputSchema,
  reportQuerySchema,
  scoreSheetSchema,
  tenderIdParamsSchema,
} from '../../../shared/tenders/evaluation.schemas.ts';
import { ATTACHMENT_BODY_LIMIT } from '../../../shared/tenders/attachment-limits.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './evaluation.service.ts';
import { attachmentHeader } from '../../platform/export/file-name.ts';

const tags = ['tenders'];
const params = tenderIdParamsSchema;
/** A file (the report or an attachment), sent as it is. */
const fileResponseSchema = z.unknown();

export const evaluationRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/tenders/:id/evaluation/setup',
    permission: 'tender.read',
    summary:
      "A tender's award model (weights, scale, price model, sub-criteria, price elements) and evaluators",
    tags,
    schema: { params, response: evaluationOverviewSchema },
    handler: ({ ctx, params: p }) => service.getEvaluationOverview(ctx, p.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/tenders/:id/evaluation/setup',
    permission: 'tender.manage',
    summary:
      'Set up or change the award model; weights must sum to 100 %, codes be unique (refused while decided)',
    tags,
    schema: { params, body: evaluationSetupInputSchema, response: evaluationOverviewSchema },
    handler: ({ ctx, params: p, body }) => service.saveEvaluationSetup(ctx, p.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/tenders/:id/evaluation/evaluators',
    permission: 'tender.manage',
    summary: "The tender's evaluators (users with the procurement or administrator role)",
    tags,
    schema: { params, body: evaluatorsInputSchema, response: evaluationOverviewSchema },
    handler: ({ ctx, params: p, body }) => service.saveEvaluators(ctx, p.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tenders/:id/bids',
    permission: 'tender.read',
    summary:
      'Bids per area with weekly prices, solution and attachments (others than procurement: after the decision)',
    tags,
    schema: { params, response: bidListSchema },
    handler: ({ ctx, params: p }) => service.listBids(ctx, p.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tenders/:id/bids',
    permission: 'tender.manage',
    summary: 'Enter a bid: provider or bidder (name, CVR, district), a weekly price per element, solution',
    tags,
    status: 201,
    schema: { params, body: bidInputSchema, response: bidViewSchema },
    handler: ({ ctx, params: p, body }) => service.createBid(ctx, p.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/tender-bids/:id',
    permission: 'tender.manage',
    summary: 'Correct a bid (before the decision)',
    tags,
    schema: { params, body: bidInputSchema, response: bidViewSchema },
    handler: ({ ctx, params: p, body }) => service.updateBid(ctx, p.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/tender-bids/:id',
    permission: 'tender.manage',
    summary: 'Remove a bid with its prices, attachments and scores (before the decision)',
    tags,
    schema: { params, response: deletedSchema },
    handler: ({ ctx, params: p }) => service.deleteBid(ctx, p.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tender-bids/:id/attachments',
    permission: 'tender.manage',
    summary: 'Attach a file (base64, up to 10 MB) to a bid; answers the bid',
    tags,
    status: 201,
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    schema: { params, body: attachmentInputSchema, response: bidViewSchema },
    handler: ({ ctx, params: p, body }) => service.addAttachment(ctx, p.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tender-attachments/:id',
    permission: 'tender.read',
    summary: "Download a bid's attachment (others than procurement: after the decision)",
    tags,
    schema: { params, response: fileResponseSchema },
    handler: async ({ ctx, params: p, reply }) => {
      const file = await service.getAttachment(ctx, p.id);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachmentHeader(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/tender-attachments/:id',
    permission: 'tender.manage',
    summary: "Remove a bid's attachment; answers the bid",
    tags,
    schema: { params, response: bidViewSchema },
    handler: ({ ctx, params: p }) => service.deleteAttachment(ctx, p.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tenders/:id/scores',
    permission: 'tender.read',
    summary:
      "Each evaluator's and the consensus points with justifications (others than procurement: after the decision)",
    tags,
    schema: { params, response: scoreSheetSchema },
    handler: ({ ctx, params: p }) => service.getScoreSheet(ctx, p.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/tender-bids/:id/evaluator-scores',
    permission: 'tender.manage',
    summary:
      "An evaluator's points with justification per sub-criterion (the signed-in user unless evaluatorId)",
    tags,
    schema: { params, body: evaluatorScoresInputSchema, response: scoreSheetSchema },
    handler: ({ ctx, params: p, body }) => service.recordEvaluatorScores(ctx, p.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/tender-bids/:id/consensus-scores',
    permission: 'tender.manage',
    summary: 'The consensus points with justification per sub-criterion (only these count)',
    tags,
    schema: { params, body: consensusScoresInputSchema, response: scoreSheetSchema },
    handler: ({ ctx, params: p, body }) => service.recordConsensusScores(ctx, p.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tenders/:id/evaluation',
    permission: 'tender.read',
    summary:
      'Ranking and selection per area, stable quality-weight interval, chart data, alternatives, rank reversals',
    tags,
    schema: { params, response: evaluationResultSchema },
    handler: ({ ctx, params: p }) => service.getEvaluation(ctx, p.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tenders/:id/evaluation/report',
    permission: 'tender.read',
    summary:
      'The evaluation report as XLSX or PDF (criteria, points with justifications, ranking, sensitivity)',
    tags,
    schema: { params, querystring: reportQuerySchema, response: fileResponseSchema },
    handler: async ({ ctx, params: p, query, reply }) => {
      const file = await service.evaluationReport(ctx, p.id, query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachmentHeader(file.fileName))
        .send(file.content);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tenders/:id/decision',
    permission: 'tender.manage',
    summary:
      'Decide the tender: framework agreements with prices for the selected bidders; scores become read-only',
    tags,
    status: 201,
    schema: { params, body: decideTenderInputSchema, response: decisionResultSchema },
    handler: ({ ctx, params: p, body }) => service.decideTender(ctx, p.id, body),
  }),
];
