// Absence from the programme on a course (issue 12): the provider running the course reports it
// (course.manage), the citizen's job centre records the follow-up (casework.manage), and both sides read
// it (course.read). Every read and change is audited in the same transaction, like other course changes.
import type {
  Absence,
  AbsenceFollowUpInput,
  CourseAbsences,
  ReportAbsenceInput,
} from '../../../../shared/courses/absence.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import * as repo from '../absence.repository.ts';
import { checkAbsenceFollowUp, checkAbsenceReport } from '../absence.rules.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse } from '../../../platform/access/course-access.ts';
import { refuse } from './course-shared.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { mayActOnCourse } from '../../../platform/access/course-scope.ts';

function toAbsence(row: repo.AbsenceRow): Absence {
  const { citizenId: _citizenId, ...absence } = row;
  return absence;
}

export async function listAbsences(ctx: Ctx, courseId: string): Promise<CourseAbsences> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const rows = await repo.listAbsencesOfCourse(tx, courseId);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'course_absence',
      entityId: courseId,
      citizenId: course.citizenId,
    });
    return {
      courseId,
      absences: rows.map(toAbsence),
      canReport: mayActOnCourse(ctx.actor, course, 'provider'),
      canFollowUp: mayActOnCourse(ctx.actor, course, 'job_centre'),
    };
  });
}

/** The provider reports a day of absence; one report per day (a second is refused: correct the first). */
export async function reportAbsence(ctx: Ctx, courseId: string, input: ReportAbsenceInput): Promise<Absence> {
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    // Absence in aftercare counts too: the course runs until aftercare ends.
    const lastDay = course.aftercareStartsOn ? course.aftercareEndsOn : course.endsOn;
    const problems = checkAbsenceReport(
      input.absentOn,
      { startsOn: course.startsOn, endsOn: lastDay },
      onDate,
    );
    if (problems.length > 0) throw refuse('VALIDATION_FAILED', problems, ctx.language);
    if (await repo.findAbsenceOn(tx, courseId, input.absentOn)) {
      throw refuse(
        'CONFLICT',
        [{ field: 'absentOn', message: 'absence.duplicate', params: { absentOn: input.absentOn } }],
        ctx.language,
        'absence.duplicate',
      );
    }
    const row = await repo.insertAbsence(tx, {
      courseId,
      citizenId: course.citizenId,
      absentOn: input.absentOn,
      hoursTenths: input.hoursTenths,
      reason: input.reason ?? null,
      reportedBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'course_absence',
      entityId: row.id,
      citizenId: course.citizenId,
      criteria: {
        courseId,
        absentOn: row.absentOn,
        hoursTenths: row.hoursTenths,
        reasonKnown: row.reason !== null,
      },
    });
    return toAbsence(row);
  });
}

/** The caseworker records what was done; a later record replaces an earlier one (a correction). */
export async function recordAbsenceFollowUp(
  ctx: Ctx,
  absenceId: string,
  input: AbsenceFollowUpInput,
): Promise<Absence> {
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const current = await repo.findAbsence(tx, absenceId);
    if (!current) throw new AppError('NOT_FOUND', 'access.not_found');
    const course = await requireCourse(tx, ctx.actor, current.courseId, 'job_centre');
    const values = {
      followUp: input.followUp,
      followedUpOn: input.followedUpOn,
      sanctionDecisionOn: input.followUp === 'sanction_decision' ? (input.sanctionDecisionOn ?? null) : null,
    };
    const problems = checkAbsenceFollowUp(values, current.absentOn, onDate);
    if (problems.length > 0) throw refuse('VALIDATION_FAILED', problems, ctx.language);
    const row = await repo.updateFollowUp(tx, absenceId, { ...values, followedUpBy: ctx.actor.userId });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'course_absence',
      entityId: absenceId,
      citizenId: course.citizenId,
      criteria: { courseId: course.id, followUp: values.followUp, corrected: current.followUp !== null },
    });
    return toAbsence(row);
  });
}
