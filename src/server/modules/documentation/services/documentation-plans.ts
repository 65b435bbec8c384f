// When the caseworker started a preparatory plan for the citizen: before 1 Feb 2026 the rehabilitation
// plan's preparatory part, from then the "samlet beskrivelse af borgerens forudsætninger" (lov nr.
// 1750/2025). The type follows the start date by the rule in force (legal-rules.ts); the job centre
// records and corrects the starts, the provider reads them.
import type {
  CreatePlanStartInput,
  PlanStart,
  PlanStartList,
} from '../../../../shared/courses/documentation.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse } from '../../../platform/access/course-access.ts';
import * as repo from '../documentation.repository.ts';
import { checkPlanType, planRuleOn } from '../documentation.rules.ts';
import { hasHearingOfPlanStart } from '../party-hearing.repository.ts';
import { PLAN_DOCUMENT_RULES } from '../../../../shared/courses/legal-rules.ts';
import { problemError } from './documentation-entries.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

function toPlanStart(row: repo.PlanStartRow): PlanStart {
  return {
    id: row.id,
    courseId: row.courseId,
    startedOn: row.startedOn,
    planType: row.planType,
    ruleSource: planRuleOn(row.startedOn).source,
    recordedBy: row.recordedBy ? { id: row.recordedBy, name: row.recordedByName ?? '' } : null,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** The date-versioned rules, oldest first, as the web shows them. */
export function planRules(): PlanStartList['rules'] {
  return [...PLAN_DOCUMENT_RULES]
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
    .map((version) => ({
      validFrom: version.validFrom,
      planType: version.rules.type,
      source: version.source,
    }));
}

export async function listCoursePlanStarts(ctx: Ctx, courseId: string): Promise<PlanStartList> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const rows = await repo.listPlanStarts(tx, courseId);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'plan_start',
      entityId: courseId,
      citizenId: course.citizenId,
      criteria: { courseId, count: rows.length },
    });
    return { plans: rows.map(toPlanStart), rules: planRules() };
  });
}

export async function recordPlanStart(
  ctx: Ctx,
  courseId: string,
  input: CreatePlanStartInput,
): Promise<PlanStart> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'job_centre');
    const checked = checkPlanType(input.startedOn, input.planType, todayInCopenhagen());
    if (!checked.ok) throw problemError(checked.problem);
    const { id } = await repo.insertPlanStart(tx, {
      citizenId: course.citizenId,
      courseId,
      planType: checked.planType,
      startedOn: input.startedOn,
      recordedBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'plan_start',
      entityId: id,
      citizenId: course.citizenId,
      criteria: { courseId, planType: checked.planType, startedOn: input.startedOn },
    });
    const rows = await repo.listPlanStarts(tx, courseId);
    return toPlanStart(rows.find((row) => row.id === id)!);
  });
}

/** Deletes a start recorded by mistake (the job centre responsible for the citizen only). */
export async function deletePlanStart(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await repo.findPlanStart(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'access.not_found');
    if (row.courseId) {
      await requireCourse(tx, ctx.actor, row.courseId, 'job_centre');
    } else if (ctx.actor.organisationKind !== 'job_centre' || row.jobCentreId !== ctx.actor.organisationId) {
      // A start without a course (imported, or its course deleted) belongs to the citizen's job centre.
      throw new AppError('NOT_FOUND', 'access.not_found');
    }
    // A plan whose input was sent to the citizen for comments is part of the case (migration 0023).
    if (await hasHearingOfPlanStart(tx, id)) {
      throw new AppError('CONFLICT', 'party_hearing.plan_has_hearing');
    }
    await repo.deletePlanStart(tx, id);
    await auditAction(tx, ctx, {
      action: 'delete',
      entityType: 'plan_start',
      entityId: id,
      citizenId: row.citizenId,
      criteria: { courseId: row.courseId, planType: row.planType, startedOn: row.startedOn },
    });
    return { ok: true as const };
  });
}
