// The job-talk API: talks on a course and of a citizen with or without a course (read by both sides,
// managed by the job centre), the follow-up
// statistics (aggregates) with their export, and the signed-in user's task list.
import { z } from 'zod';
import {
  citizenTalksSchema,
  courseParamsSchema,
  createCitizenTalkSchema,
  courseTalksSchema,
  createTalkSchema,
  followUpExportQuerySchema,
  followUpQuerySchema,
  followUpSchema,
  talkParamsSchema,
  talkSchema,
  taskListSchema,
  updateTalkSchema,
} from '../../../shared/courses/talk.schemas.ts';
import { sendTables } from '../../platform/export/table-export.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './talk.service.ts';

const tags = ['talks'];

export const talkRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/talks',
    permission: 'course.read',
    summary: "A course's job talks and the next required talk with its deadline and rule source",
    tags,
    schema: { params: courseParamsSchema, response: courseTalksSchema },
    handler: ({ ctx, params }) => service.getCourseTalks(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/courses/:id/talks',
    permission: 'casework.manage',
    summary: 'Schedule a job talk (the job centre); its obligation and deadline are set from the rules now',
    tags,
    status: 201,
    schema: { params: courseParamsSchema, body: createTalkSchema, response: talkSchema },
    handler: ({ ctx, params, body }) => service.createTalk(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/citizens/:id/talks',
    permission: 'course.read',
    summary:
      "A citizen's job talks with or without a course, the benefit period (with where its start comes from) and the next required talk",
    tags,
    schema: { params: courseParamsSchema, response: citizenTalksSchema },
    handler: ({ ctx, params }) => service.getCitizenTalks(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/citizens/:id/talks',
    permission: 'casework.manage',
    summary:
      "Schedule a job talk for a citizen, on one of the citizen's courses or none (the job centre); the obligation follows the benefit period",
    tags,
    status: 201,
    schema: { params: courseParamsSchema, body: createCitizenTalkSchema, response: talkSchema },
    handler: ({ ctx, params, body }) => service.createCitizenTalk(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/talks/:id',
    permission: 'casework.manage',
    summary: 'Reschedule a job talk or record its outcome (held with the date, not attended, cancelled)',
    tags,
    schema: { params: talkParamsSchema, body: updateTalkSchema, response: talkSchema },
    handler: ({ ctx, params, body }) => service.updateTalk(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/followup/talks',
    permission: 'followup.read',
    summary:
      'Timeliness and attendance of job talks per provider and programme, with all activity-ready citizens over 30',
    tags,
    schema: { querystring: followUpQuerySchema, response: followUpSchema },
    handler: ({ ctx, query }) => service.getTalkFollowUp(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/followup/talks/export',
    permission: 'followup.read',
    summary: 'The job-talk follow-up as XLSX or CSV',
    tags,
    schema: { querystring: followUpExportQuerySchema, response: z.unknown() },
    handler: async ({ ctx, query, reply }) => {
      const { filename, tables } = await service.exportTalkFollowUp(ctx, query);
      return sendTables(reply, query.format, filename, tables);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tasks',
    permission: 'task.read',
    summary:
      "The signed-in user's tasks, derived from dates: talks due, referrals waiting, endings, documentation",
    tags,
    schema: { response: taskListSchema },
    handler: ({ ctx }) => service.listTasks(ctx),
  }),
];
