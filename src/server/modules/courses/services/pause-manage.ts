// Pauses in a course (issue 14): illness, hospital stay or other. Recorded by the provider running the
// course or the citizen's caseworker (course.pause, on either side of the course); read by both sides
// (course.read). Billing leaves out the weeks wholly in pauses of the kinds the course's agreement
// excludes from payment (billing-pauses.rules.ts). Every read and change is audited in the same
// transaction. A basis already approved keeps its amounts (it is locked): a later difference is a
// correction line in a later month.
import type { CoursePauses, RecordPauseInput } from '../../../../shared/courses/pause.schemas.ts';
import { hasPermission } from '../../../../shared/permissions.ts';
import { mayActOnCourse } from '../../../platform/access/course-scope.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { listExcludedPauseKinds } from '../../agreements/agreement.service.ts';
import { requireCourse, type CourseRow } from '../../../platform/access/course-access.ts';
import * as repo from '../pause.repository.ts';
import { checkPause } from '../pause.rules.ts';
import { refuse } from './course-shared.ts';

async function loadPauses(tx: Tx, ctx: Ctx, course: CourseRow): Promise<CoursePauses> {
  const rows = await repo.listPausesOfCourse(tx, course.id);
  return {
    courseId: course.id,
    pauses: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    excludedKinds: await listExcludedPauseKinds(tx, course.agreementId),
    canRecord: mayActOnCourse(ctx.actor, course, 'read') && hasPermission(ctx.actor.roles, 'course.pause'),
  };
}

export async function listPauses(ctx: Ctx, courseId: string): Promise<CoursePauses> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'course_pause',
      entityId: courseId,
      citizenId: course.citizenId,
    });
    return loadPauses(tx, ctx, course);
  });
}

/** Records a pause; answers the course's pauses. An overlapping pause is refused (one reason a day). */
export async function recordPause(
  ctx: Ctx,
  courseId: string,
  input: RecordPauseInput,
): Promise<CoursePauses> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    // Serialises pauses of one course, so two overlapping ones cannot both pass the check.
    await tx.selectFrom('course').select('id').where('id', '=', courseId).forUpdate().execute();
    const existing = await repo.listPausesOfCourse(tx, courseId);
    const problems = checkPause(input, course, existing);
    if (problems.length > 0) {
      const isOverlap = problems.some((p) => p.message === 'pause.overlap');
      throw refuse(
        isOverlap ? 'CONFLICT' : 'VALIDATION_FAILED',
        problems,
        ctx.language,
        isOverlap ? 'pause.overlap' : undefined,
      );
    }
    const note = input.note?.trim() ? input.note.trim() : null;
    const id = await repo.insertPause(tx, {
      courseId,
      kind: input.kind,
      fromDate: input.fromDate,
      toDate: input.toDate,
      note,
      recordedBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'course_pause',
      entityId: id,
      citizenId: course.citizenId,
      criteria: {
        courseId,
        kind: input.kind,
        fromDate: input.fromDate,
        toDate: input.toDate,
        hasNote: note !== null,
      },
    });
    return loadPauses(tx, ctx, course);
  });
}
