// The course's fixed people and planned end: the provider chooses the mentor among its own active staff
// and sets the planned end; the job centre chooses one or two of its own caseworkers.
import type {
  CaseworkersInput,
  CourseDetail,
  UpdateCourseInput,
} from '../../../../shared/courses/course.schemas.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse } from '../../../platform/access/course-access.ts';
import * as repo from '../course.repository.ts';
import { loadCourseDetail } from './course-read.ts';
import { refuse, type Problem } from './course-shared.ts';

const MENTOR_ROLES = ['provider_staff', 'provider_lead'];

export async function updateCourse(
  ctx: Ctx,
  courseId: string,
  input: UpdateCourseInput,
): Promise<CourseDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    const problems: Problem[] = [];
    const values: Parameters<typeof repo.updateCourse>[2] = {};
    if (input.mentorUserId !== undefined) {
      if (input.mentorUserId !== null) {
        const user = await repo.findUser(tx, input.mentorUserId);
        const isStaff =
          user?.isActive === true &&
          user.organisationId === course.providerId &&
          user.roles.some((role) => MENTOR_ROLES.includes(role));
        if (!isStaff) problems.push({ field: 'mentorUserId', message: 'course.mentor_invalid' });
      }
      values.mentorUserId = input.mentorUserId;
    }
    if (input.plannedEndsOn !== undefined) {
      if (input.plannedEndsOn !== null && input.plannedEndsOn < course.startsOn) {
        problems.push({ field: 'plannedEndsOn', message: 'course.planned_end_before_start' });
      }
      values.plannedEndsOn = input.plannedEndsOn;
    }
    if (problems.length > 0) throw refuse('VALIDATION_FAILED', problems, ctx.language);
    if (Object.keys(values).length > 0) await repo.updateCourse(tx, course.id, values);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'course',
      entityId: course.id,
      citizenId: course.citizenId,
      criteria: { fields: Object.keys(values) },
    });
    return loadCourseDetail(ctx, tx, course);
  });
}

/** One or two caseworkers of the citizen's job centre, replacing the course's caseworkers. */
export async function setCaseworkers(
  ctx: Ctx,
  courseId: string,
  input: CaseworkersInput,
): Promise<CourseDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'job_centre');
    const userIds = [...new Set(input.userIds)];
    if (userIds.length < 1 || userIds.length > 2) {
      throw refuse(
        'VALIDATION_FAILED',
        [{ field: 'userIds', message: 'course.caseworkers_count' }],
        ctx.language,
      );
    }
    for (const userId of userIds) {
      const user = await repo.findUser(tx, userId);
      const isCaseworker =
        user?.isActive === true &&
        user.organisationId === course.jobCentreId &&
        user.roles.includes('caseworker');
      if (!isCaseworker) {
        throw refuse(
          'VALIDATION_FAILED',
          [{ field: 'userIds', message: 'course.caseworkers_invalid' }],
          ctx.language,
        );
      }
    }
    await repo.replaceCaseworkers(tx, course, userIds);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'course_caseworker',
      entityId: course.id,
      citizenId: course.citizenId,
      criteria: { userIds },
    });
    return loadCourseDetail(ctx, tx, course);
  });
}
