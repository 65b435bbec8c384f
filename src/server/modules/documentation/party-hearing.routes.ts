// The party-hearing API (partshøring, issue 12): both sides of a course read the status; the citizen's job
// centre records that documentation was sent to the citizen for comments and what came back
// (forvaltningsloven § 19: the authority's duty).
import {
  coursePartyHearingsSchema,
  partyHearingOutcomeSchema,
  partyHearingParamsSchema,
  partyHearingSchema,
  sendPartyHearingSchema,
} from '../../../shared/courses/party-hearing.schemas.ts';
import { courseParamsSchema } from '../../../shared/courses/documentation.schemas.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './party-hearing.service.ts';

const tags = ['courses'];

export const partyHearingRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/party-hearings',
    permission: 'course.read',
    summary:
      "A course's party hearings: what was sent to the citizen for comments, when, the deadline and the status; the comments only for the job centre",
    tags,
    schema: { params: courseParamsSchema, response: coursePartyHearingsSchema },
    handler: ({ ctx, params }) => service.listPartyHearings(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/courses/:id/party-hearings',
    permission: 'casework.manage',
    summary:
      'Record that documentation (work-capacity description, final report or a plan) was sent to the citizen for comments, with the deadline',
    tags,
    status: 201,
    schema: { params: courseParamsSchema, body: sendPartyHearingSchema, response: partyHearingSchema },
    handler: ({ ctx, params, body }) => service.sendForPartyHearing(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/party-hearings/:id/outcome',
    permission: 'casework.manage',
    summary:
      "Record the citizen's comments (received date and text) or that no comments were received by the deadline",
    tags,
    schema: {
      params: partyHearingParamsSchema,
      body: partyHearingOutcomeSchema,
      response: partyHearingSchema,
    },
    handler: ({ ctx, params, body }) => service.recordPartyHearingOutcome(ctx, params.id, body),
  }),
];
