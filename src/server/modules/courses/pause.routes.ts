// The pause API (issue 14): read by both sides of a course, recorded by the provider running it or the
// citizen's caseworker (course.pause; the side is checked in the service).
import { courseParamsSchema } from '../../../shared/courses/talk.schemas.ts';
import { coursePausesSchema, recordPauseSchema } from '../../../shared/courses/pause.schemas.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import * as service from './pause.service.ts';

const tags = ['pauses'];

export const pauseRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/courses/:id/pauses',
    permission: 'course.read',
    summary:
      "A course's pauses (illness, hospital stay, other) and the kinds its agreement excludes from payment",
    tags,
    schema: { params: courseParamsSchema, response: coursePausesSchema },
    handler: ({ ctx, params }) => service.listPauses(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/courses/:id/pauses',
    permission: 'course.pause',
    summary:
      'Record a pause in a course: kind, first and last day, a note without health details; billing leaves out the weeks the agreement excludes',
    tags,
    status: 201,
    schema: { params: courseParamsSchema, body: recordPauseSchema, response: coursePausesSchema },
    handler: ({ ctx, params, body }) => service.recordPause(ctx, params.id, body),
  }),
];
