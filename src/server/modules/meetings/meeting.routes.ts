// The follow-up meetings API (opfølgningsmøder, issue 14). A provider's meetings live under
// /api/providers/:providerId/meetings; one meeting, its actions and comments under /api/meetings and
// /api/meeting-actions. Provider users see only their own provider's (another's answers 404).
import {
  createActionSchema,
  createCommentSchema,
  createMeetingSchema,
  meetingCreatedSchema,
  meetingParamsSchema,
  meetingSchema,
  providerMeetingParamsSchema,
  providerMeetingsSchema,
  updateActionSchema,
  updateMeetingSchema,
} from '../../../shared/meetings/meeting.schemas.ts';
import {
  complaintListSchema,
  complaintSchema,
  createComplaintSchema,
  updateComplaintSchema,
} from '../../../shared/meetings/complaint.schemas.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './meeting.service.ts';

const tags = ['meetings'];

export const meetingRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/providers/:providerId/meetings',
    permission: 'meeting.read',
    summary: "A provider's follow-up meetings, newest first, with the provider's open actions",
    tags,
    schema: { params: providerMeetingParamsSchema, response: providerMeetingsSchema },
    handler: ({ ctx, params }) => service.listProviderMeetings(ctx, params.providerId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/providers/:providerId/meetings',
    permission: 'meeting.manage',
    summary:
      'Record a follow-up meeting with a provider: date, participants (users and named externals), minutes',
    tags,
    status: 201,
    schema: {
      params: providerMeetingParamsSchema,
      body: createMeetingSchema,
      response: meetingCreatedSchema,
    },
    handler: ({ ctx, params, body }) => service.createMeeting(ctx, params.providerId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/meetings/:id',
    permission: 'meeting.read',
    summary: 'One meeting: participants, minutes, agenda as generated, actions and comments',
    tags,
    schema: { params: meetingParamsSchema, response: meetingSchema },
    handler: ({ ctx, params }) => service.getMeeting(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/meetings/:id',
    permission: 'meeting.manage',
    summary: "Change a meeting's date, participants or minutes",
    tags,
    schema: { params: meetingParamsSchema, body: updateMeetingSchema, response: meetingSchema },
    handler: ({ ctx, params, body }) => service.updateMeeting(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/meetings/:id/actions',
    permission: 'meeting.manage',
    summary: 'Add an agreed action to a meeting: what, who is responsible, the deadline',
    tags,
    status: 201,
    schema: { params: meetingParamsSchema, body: createActionSchema, response: meetingSchema },
    handler: ({ ctx, params, body }) => service.addAction(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/meeting-actions/:id',
    permission: 'meeting.manage',
    summary: "Change an action's text, owner, deadline or status (open, done, cancelled)",
    tags,
    schema: { params: meetingParamsSchema, body: updateActionSchema, response: meetingSchema },
    handler: ({ ctx, params, body }) => service.updateAction(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/meetings/:id/agenda',
    permission: 'meeting.manage',
    summary:
      "Generate the meeting's agenda from the provider's current figures (results, job talks, capacity, billing, open actions) and keep it with the meeting",
    tags,
    schema: { params: meetingParamsSchema, response: meetingSchema },
    handler: ({ ctx, params }) => service.generateAgenda(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/meetings/:id/comments',
    permission: 'meeting.comment',
    summary: "Comment on a meeting or one of its actions (the provider's lead and the administration)",
    tags,
    status: 201,
    schema: { params: meetingParamsSchema, body: createCommentSchema, response: meetingSchema },
    handler: ({ ctx, params, body }) => service.addComment(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/providers/:providerId/complaints',
    permission: 'meeting.manage',
    summary: 'Complaints and incidents about a provider, newest first, with their handling',
    tags,
    schema: { params: providerMeetingParamsSchema, response: complaintListSchema },
    handler: ({ ctx, params }) => service.listComplaints(ctx, params.providerId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/providers/:providerId/complaints',
    permission: 'meeting.manage',
    summary: 'Record a complaint or incident about a provider (from a citizen, a caseworker or a company)',
    tags,
    status: 201,
    schema: { params: providerMeetingParamsSchema, body: createComplaintSchema, response: complaintSchema },
    handler: ({ ctx, params, body }) => service.createComplaint(ctx, params.providerId, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/complaints/:id',
    permission: 'meeting.manage',
    summary: "Record a complaint's handling and closing (null reopens it)",
    tags,
    schema: { params: meetingParamsSchema, body: updateComplaintSchema, response: complaintSchema },
    handler: ({ ctx, params, body }) => service.updateComplaint(ctx, params.id, body),
  }),
];
