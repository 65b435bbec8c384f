// The documentation API of a course: dated entries, the work-capacity description, the final report
// (provider side writes, both sides read), preparatory-plan starts (job-centre side records) and the PDF
// "input to the preparatory plan".
import { z } from 'zod';
import {
  courseParamsSchema,
  createEntrySchema,
  createPlanStartSchema,
  deletedSchema,
  entriesQuerySchema,
  entryListSchema,
  entrySchema,
  finalReportInputSchema,
  finalReportSchema,
  idParamsSchema,
  planInputQuerySchema,
  planStartListSchema,
  planStartSchema,
  workCapacityInputSchema,
  workCapacitySchema,
} from '../../../shared/courses/documentation.schemas.ts';
import type { AnyRoute } from '../../platform/http/route.ts';
import { defineRoute } from '../../platform/http/route.ts';
import * as service from './documentation.service.ts';
import { attachmentHeader } from '../../platform/export/file-name.ts';

const tags = ['courses'];

export const documentationRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/entries',
    permission: 'course.read',
    summary:
      "A course's dated entries, newest first; a sensitive entry's text only for the mentor, the caseworkers and the author",
    tags,
    schema: { params: courseParamsSchema, querystring: entriesQuerySchema, response: entryListSchema },
    handler: ({ ctx, params, query }) => service.listCourseEntries(ctx, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/courses/:id/entries',
    permission: 'course.manage',
    summary: 'Write a dated entry (the provider; until 30 days after the course ended)',
    tags,
    status: 201,
    schema: { params: courseParamsSchema, body: createEntrySchema, response: entrySchema },
    handler: ({ ctx, params, body }) => service.createCourseEntry(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/entries/:id',
    permission: 'course.manage',
    summary: 'Delete an entry (its author, within 24 hours of writing it)',
    tags,
    schema: { params: idParamsSchema, response: deletedSchema },
    handler: ({ ctx, params }) => service.deleteCourseEntry(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/work-capacity',
    permission: 'course.read',
    summary: "The course's work-capacity description (the preparatory part of the rehabilitation plan)",
    tags,
    schema: { params: courseParamsSchema, response: workCapacitySchema },
    handler: ({ ctx, params }) => service.getWorkCapacity(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/courses/:id/work-capacity',
    permission: 'course.manage',
    summary: 'Replace the work-capacity description (the provider)',
    tags,
    schema: { params: courseParamsSchema, body: workCapacityInputSchema, response: workCapacitySchema },
    handler: ({ ctx, params, body }) => service.saveWorkCapacity(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/final-report',
    permission: 'course.read',
    summary: "The course's final report",
    tags,
    schema: { params: courseParamsSchema, response: finalReportSchema },
    handler: ({ ctx, params }) => service.getFinalReport(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/courses/:id/final-report',
    permission: 'course.manage',
    summary: 'Replace the final report; completedOn marks it complete, only after the course ended',
    tags,
    schema: { params: courseParamsSchema, body: finalReportInputSchema, response: finalReportSchema },
    handler: ({ ctx, params, body }) => service.saveFinalReport(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/plans',
    permission: 'course.read',
    summary: 'Preparatory-plan starts recorded on the course, and the date-versioned rule of their type',
    tags,
    schema: { params: courseParamsSchema, response: planStartListSchema },
    handler: ({ ctx, params }) => service.listCoursePlanStarts(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/courses/:id/plans',
    permission: 'casework.manage',
    summary:
      'Record that a preparatory plan (from 1 Feb 2026: samlet beskrivelse) was started; the type follows the date',
    tags,
    status: 201,
    schema: { params: courseParamsSchema, body: createPlanStartSchema, response: planStartSchema },
    handler: ({ ctx, params, body }) => service.recordPlanStart(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/plans/:id',
    permission: 'casework.manage',
    summary: 'Delete a plan start recorded by mistake',
    tags,
    schema: { params: idParamsSchema, response: deletedSchema },
    handler: ({ ctx, params }) => service.deletePlanStart(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/plan-input.pdf',
    permission: 'course.read',
    summary:
      'The PDF "input to the preparatory plan"; its title follows the date (samlet beskrivelse from 1 Feb 2026)',
    tags,
    schema: { params: courseParamsSchema, querystring: planInputQuerySchema, response: z.unknown() },
    handler: async ({ ctx, params, query, reply }) => {
      const { filename, pdf } = await service.exportPlanInput(ctx, params.id, query.date);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentHeader(filename))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  }),
];
