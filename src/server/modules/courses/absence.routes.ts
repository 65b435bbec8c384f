// The absence API (issue 12): read by both sides of a course, reported by the provider running it, the
// follow-up recorded by the citizen's job centre.
import {
  absenceFollowUpSchema,
  absenceParamsSchema,
  absenceSchema,
  courseAbsencesSchema,
  reportAbsenceSchema,
} from '../../../shared/courses/absence.schemas.ts';
import { courseParamsSchema } from '../../../shared/courses/talk.schemas.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './absence.service.ts';

const tags = ['absence'];

export const absenceRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/absences',
    permission: 'course.read',
    summary: "A course's reported absence from the programme, with the job centre's follow-up",
    tags,
    schema: { params: courseParamsSchema, response: courseAbsencesSchema },
    handler: ({ ctx, params }) => service.listAbsences(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/courses/:id/absences',
    permission: 'course.manage',
    summary:
      'Report a day of absence (the provider): date, hours, reason if known; the caseworker gets a task',
    tags,
    status: 201,
    schema: { params: courseParamsSchema, body: reportAbsenceSchema, response: absenceSchema },
    handler: ({ ctx, params, body }) => service.reportAbsence(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/absences/:id/follow-up',
    permission: 'casework.manage',
    summary:
      'Record what the job centre did about an absence: contact, a reasonable reason, or the date of a sanction decision',
    tags,
    schema: { params: absenceParamsSchema, body: absenceFollowUpSchema, response: absenceSchema },
    handler: ({ ctx, params, body }) => service.recordAbsenceFollowUp(ctx, params.id, body),
  }),
];
