// Placements (virksomhedsplacering) on a course, managed by the provider: an internship, wage subsidy or
// small job at a company in the provider's network (placement.rules.ts). Adding a placement does not
// change the course's stage: the provider does that when the citizen moves on.
import type {
  CreatePlacementData,
  Placement,
  UpdatePlacementData,
} from '../../../../shared/courses/course.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse, type CourseRow } from '../../../platform/access/course-access.ts';
import * as repo from '../placement.repository.ts';
import { checkPlacement, normalisePlacement, type PlacementDraft } from '../placement.rules.ts';
import { toPlacement } from './course-read.ts';
import { blankToNull, refuse } from './course-shared.ts';

/** Checks a placement against the rules and the provider's network; throws with every problem. */
async function verify(ctx: Ctx, tx: Tx, course: CourseRow, companyId: string, draft: PlacementDraft) {
  const partnerships = await repo.listPartnershipPeriods(tx, course.providerId, companyId);
  const verdict = checkPlacement(draft, { course, partnerships });
  if (verdict.problems.length > 0) throw refuse('VALIDATION_FAILED', verdict.problems, ctx.language);
}

/** The placement and its course, if the actor runs the course; otherwise 404 (or 403 for the job centre). */
async function requirePlacement(ctx: Ctx, tx: Tx, id: string) {
  const row = await repo.findPlacement(tx, ctx.keys, id);
  if (!row?.courseId) throw new AppError('NOT_FOUND', 'access.not_found');
  const course = await requireCourse(tx, ctx.actor, row.courseId, 'provider');
  return { row, course };
}

export async function createPlacement(
  ctx: Ctx,
  courseId: string,
  input: CreatePlacementData,
): Promise<Placement> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    const draft = normalisePlacement({
      kind: input.kind,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      weeklyHoursTenths: input.weeklyHours ?? null,
      extensionBasis: input.extensionBasis ?? 'base',
      specialNeedExtensions: input.specialNeedExtensions ?? 0,
      assessmentNote: blankToNull(input.assessmentNote) ?? null,
    });
    await verify(ctx, tx, course, input.companyId, draft);
    const { id } = await repo.insertPlacement(tx, ctx.keys, {
      ...draft,
      companyId: input.companyId,
      courseId: course.id,
      citizenId: course.citizenId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'placement',
      entityId: id,
      citizenId: course.citizenId,
      criteria: { courseId: course.id, companyId: input.companyId, kind: draft.kind },
    });
    return toPlacement((await repo.findPlacement(tx, ctx.keys, id))!);
  });
}

export async function updatePlacement(ctx: Ctx, id: string, input: UpdatePlacementData): Promise<Placement> {
  return withActorTransaction(ctx, async (tx) => {
    const { row, course } = await requirePlacement(ctx, tx, id);
    const note = blankToNull(input.assessmentNote);
    const hours = input.weeklyHours;
    const companyId = input.companyId ?? row.companyId;
    const draft = normalisePlacement({
      kind: input.kind ?? row.kind,
      startsOn: input.startsOn ?? row.startsOn,
      endsOn: input.endsOn === undefined ? row.endsOn : input.endsOn,
      weeklyHoursTenths: hours === undefined ? row.weeklyHoursTenths : hours,
      extensionBasis: input.extensionBasis ?? row.extensionBasis,
      specialNeedExtensions: input.specialNeedExtensions ?? row.specialNeedExtensions,
      assessmentNote: note === undefined ? row.assessmentNote : note,
    });
    await verify(ctx, tx, course, companyId, draft);
    await repo.updatePlacement(tx, ctx.keys, id, { ...draft, companyId });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'placement',
      entityId: id,
      citizenId: course.citizenId,
      criteria: { courseId: course.id, fields: Object.keys(input) },
    });
    return toPlacement((await repo.findPlacement(tx, ctx.keys, id))!);
  });
}

export async function deletePlacement(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return withActorTransaction(ctx, async (tx) => {
    const { row, course } = await requirePlacement(ctx, tx, id);
    await repo.deletePlacement(tx, id);
    await auditAction(tx, ctx, {
      action: 'delete',
      entityType: 'placement',
      entityId: id,
      citizenId: course.citizenId,
      criteria: { courseId: course.id, companyId: row.companyId, kind: row.kind },
    });
    return { ok: true as const };
  });
}
