// The course's stages, its end and its aftercare (efterværn). A change of stage at D closes the current
// stage the day before (or on D when it began that day) and opens the new one from D. Ending sets the
// programme's last day and reason and closes the current stage; with aftercare (after a job, education
// or flexjob) an aftercare stage runs from the next day until aftercare is ended. Billing reads only the
// course's dates (programme and aftercare), never the stage rows.
import { addDays, addMonthsClamped } from '../../../../shared/dates.ts';
import type {
  ChangeStageInput,
  CourseDetail,
  EndAftercareInput,
  EndCourseInput,
} from '../../../../shared/courses/course.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse, type CourseRow } from '../../../platform/access/course-access.ts';
import * as repo from '../course.repository.ts';
import * as placementRepo from '../placement.repository.ts';
import { checkRunningPlacements } from '../placement.rules.ts';
import { allowsAftercare, checkTransition } from '../course.rules.ts';
import { loadCourseDetail } from './course-read.ts';
import { courseStatusOf, refuse, type Problem } from './course-shared.ts';

/** Aftercare lasts 3 months unless the provider plans otherwise. */
export function defaultAftercareEnd(aftercareStartsOn: string): string {
  return addDays(addMonthsClamped(aftercareStartsOn, 3), -1);
}

function requireActive(course: CourseRow): void {
  if (course.endsOn !== null) throw new AppError('INVALID_STATE', 'course.ended');
}

export async function changeStage(
  ctx: Ctx,
  courseId: string,
  input: ChangeStageInput,
): Promise<CourseDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    requireActive(course);
    if (input.stage === 'aftercare') {
      throw refuse(
        'INVALID_STATE',
        [{ field: 'stage', message: 'course.stage_aftercare_by_end' }],
        ctx.language,
        'course.stage_refused',
      );
    }
    const current = await repo.findOpenStage(tx, course.id);
    const verdict = checkTransition(current?.stage ?? null, input.stage, ctx.language);
    if (!verdict.ok) {
      // The rule's own reason, in the user's language, is the field's message.
      throw refuse(
        'INVALID_STATE',
        [{ field: 'stage', message: verdict.reason }],
        ctx.language,
        'course.stage_refused',
      );
    }
    const problems: Problem[] = [];
    if (input.startsOn < course.startsOn) {
      problems.push({
        field: 'startsOn',
        message: 'course.before_course_start',
        params: { date: course.startsOn },
      });
    } else if (current && input.startsOn < current.startsOn) {
      problems.push({
        field: 'startsOn',
        message: 'course.stage_before_current',
        params: { date: current.startsOn },
      });
    }
    if (problems.length > 0) throw refuse('VALIDATION_FAILED', problems, ctx.language);
    if (current) {
      await repo.closeStage(
        tx,
        current.id,
        input.startsOn === current.startsOn ? input.startsOn : addDays(input.startsOn, -1),
      );
    }
    const stage = await repo.insertStage(tx, {
      courseId: course.id,
      citizenId: course.citizenId,
      stage: input.stage,
      startsOn: input.startsOn,
      createdBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'course_stage',
      entityId: stage.id,
      citizenId: course.citizenId,
      criteria: {
        courseId: course.id,
        from: current?.stage ?? null,
        to: input.stage,
        startsOn: input.startsOn,
      },
    });
    return loadCourseDetail(ctx, tx, course);
  });
}

export async function endCourse(ctx: Ctx, courseId: string, input: EndCourseInput): Promise<CourseDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    requireActive(course);
    const current = await repo.findOpenStage(tx, course.id);
    const problems: Problem[] = [];
    if (input.endsOn < course.startsOn) {
      problems.push({
        field: 'endsOn',
        message: 'course.before_course_start',
        params: { date: course.startsOn },
      });
    } else if (current && input.endsOn < current.startsOn) {
      problems.push({
        field: 'endsOn',
        message: 'course.end_before_stage',
        params: { date: current.startsOn },
      });
    }
    const wantsAftercare = input.aftercare !== undefined && input.aftercare !== null;
    const aftercareStartsOn = addDays(input.endsOn, 1);
    const plannedEnd = input.aftercare?.plannedEndsOn ?? defaultAftercareEnd(aftercareStartsOn);
    if (wantsAftercare && !allowsAftercare(input.endReason)) {
      problems.push({ field: 'aftercare', message: 'course.aftercare_not_allowed' });
    } else if (wantsAftercare && plannedEnd < aftercareStartsOn) {
      problems.push({
        field: 'aftercare.plannedEndsOn',
        message: 'course.aftercare_planned_end',
        params: { date: aftercareStartsOn },
      });
    }
    // Issue 12: never leave a placement running past the end silently.
    const running = await placementRepo.listPlacementsRunningAfter(tx, course.id, input.endsOn);
    const decisions = input.placements ?? [];
    if (problems.length === 0) {
      problems.push(
        ...checkRunningPlacements(running, decisions, { endsOn: input.endsOn, hasAftercare: wantsAftercare }),
      );
    }
    if (problems.length > 0) throw refuse('VALIDATION_FAILED', problems, ctx.language);

    const placementDecisions = running.map((p) => ({
      id: p.id,
      decision: decisions.find((d) => d.id === p.id)!.decision,
    }));
    for (const { id, decision } of placementDecisions) {
      if (decision === 'end') await placementRepo.endPlacementOn(tx, id, input.endsOn);
    }
    await repo.updateCourse(tx, course.id, {
      endsOn: input.endsOn,
      endReason: input.endReason,
      aftercareStartsOn: wantsAftercare ? aftercareStartsOn : null,
      aftercarePlannedEndsOn: wantsAftercare ? plannedEnd : null,
    });
    if (current) await repo.closeStage(tx, current.id, input.endsOn);
    if (wantsAftercare) {
      await repo.insertStage(tx, {
        courseId: course.id,
        citizenId: course.citizenId,
        stage: 'aftercare',
        startsOn: aftercareStartsOn,
        createdBy: ctx.actor.userId,
      });
    }
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'course',
      entityId: course.id,
      citizenId: course.citizenId,
      criteria: {
        end: input.endsOn,
        endReason: input.endReason,
        aftercare: wantsAftercare,
        placements: placementDecisions,
      },
    });
    return loadCourseDetail(ctx, tx, course);
  });
}

export async function endAftercare(
  ctx: Ctx,
  courseId: string,
  input: EndAftercareInput,
): Promise<CourseDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    if (courseStatusOf(course) !== 'aftercare' || course.aftercareStartsOn === null) {
      throw new AppError('INVALID_STATE', 'course.not_in_aftercare');
    }
    if (input.endsOn < course.aftercareStartsOn) {
      throw refuse(
        'VALIDATION_FAILED',
        [
          {
            field: 'endsOn',
            message: 'course.aftercare_end_before_start',
            params: { date: course.aftercareStartsOn },
          },
        ],
        ctx.language,
      );
    }
    await repo.updateCourse(tx, course.id, { aftercareEndsOn: input.endsOn });
    const open = await repo.findOpenStage(tx, course.id);
    if (open?.stage === 'aftercare') await repo.closeStage(tx, open.id, input.endsOn);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'course',
      entityId: course.id,
      citizenId: course.citizenId,
      criteria: { aftercareEnd: input.endsOn },
    });
    return loadCourseDetail(ctx, tx, course);
  });
}
