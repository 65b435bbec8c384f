// The committee's reports API (issue 14): the report schedule, the signed-in owner's next due reports,
// committee packs with their Word and PDF files, and the committee's decision. Analysts and administrators
// make them (committee.manage); procurement reads them (committee.read).
import { z } from 'zod';
import {
  committeeIdParamsSchema,
  committeeOverviewSchema,
  committeeTaskListSchema,
  createPackSchema,
  createScheduleSchema,
  decisionInputSchema,
  packCreatedSchema,
  packFileQuerySchema,
  packSchema,
  scheduleEntrySchema,
  updateScheduleSchema,
} from '../../../shared/committee/committee.schemas.ts';
import { attachmentHeader } from '../../platform/export/file-name.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './committee.service.ts';

const tags = ['committee'];

export const committeeRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/committee',
    permission: 'committee.read',
    summary:
      'The report schedule with each line’s next due report, the committee packs, and the saved reports a pack can be made from',
    tags,
    schema: { response: committeeOverviewSchema },
    handler: ({ ctx }) => service.getCommitteeOverview(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/committee/tasks',
    permission: 'committee.read',
    summary: "The signed-in user's next due committee reports (the schedule lines they own)",
    tags,
    schema: { response: committeeTaskListSchema },
    handler: ({ ctx }) => service.listCommitteeTasks(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/committee/schedule',
    permission: 'committee.manage',
    summary: 'Add a line to the report schedule: kind, cadence or dates, contents and owner',
    tags,
    status: 201,
    schema: { body: createScheduleSchema, response: scheduleEntrySchema },
    handler: ({ ctx, body }) => service.createScheduleLine(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/committee/schedule/:id',
    permission: 'committee.manage',
    summary: 'Change a line of the report schedule, or end it (isActive false)',
    tags,
    schema: { params: committeeIdParamsSchema, body: updateScheduleSchema, response: scheduleEntrySchema },
    handler: ({ ctx, params, body }) => service.updateScheduleLine(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/committee/packs',
    permission: 'committee.manage',
    summary:
      'Make a committee pack from saved outcome reports, the budget status (frozen now) and the case presentation’s text; it cannot be changed afterwards',
    tags,
    status: 201,
    schema: { body: createPackSchema, response: packCreatedSchema },
    handler: ({ ctx, body }) => service.createPack(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/committee/packs/:id',
    permission: 'committee.read',
    summary: 'One committee pack: its text, key figures, frozen budget status and decision',
    tags,
    schema: { params: committeeIdParamsSchema, response: packSchema },
    handler: ({ ctx, params }) => service.getPack(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/committee/packs/:id/file',
    permission: 'committee.read',
    summary: 'The committee pack as a Word document (.docx) or PDF, made from its frozen inputs',
    tags,
    schema: { params: committeeIdParamsSchema, querystring: packFileQuerySchema, response: z.unknown() },
    handler: async ({ ctx, params, query, reply }) => {
      const file = await service.renderPackFile(ctx, params.id, query.format);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachmentHeader(file.filename))
        .send(file.body);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/committee/packs/:id/decision',
    permission: 'committee.manage',
    summary: "Record the committee's decision on a pack (once; it cannot be changed afterwards)",
    tags,
    status: 201,
    schema: { params: committeeIdParamsSchema, body: decisionInputSchema, response: packSchema },
    handler: ({ ctx, params, body }) => service.recordDecision(ctx, params.id, body),
  }),
];
