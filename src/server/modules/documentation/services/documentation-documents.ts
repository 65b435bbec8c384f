// The course's two documents, one of each per course, content encrypted JSON: the work-capacity
// description (arbejdsevnebeskrivelse) with the fields of the preparatory part of the rehabilitation
// plan, and the final report (afsluttende rapport), completed only once the course has ended.
import type {
  FinalReport,
  FinalReportInput,
  WorkCapacity,
  WorkCapacityContent,
  WorkCapacityInput,
} from '../../../../shared/courses/documentation.schemas.ts';
import {
  WORK_CAPACITY_AREAS,
  WORK_CAPACITY_FIELDS,
} from '../../../../shared/courses/documentation.constants.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt, encrypt, type Keys } from '../../../platform/crypto/keys.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse } from '../../../platform/access/course-access.ts';
import * as repo from '../documentation.repository.ts';
import { checkFinalReportCompletion } from '../documentation.rules.ts';
import { problemError } from './documentation-entries.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

/** Trimmed text, or null when empty or not text (old or partial stored content reads as "not given"). */
function textOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The full description with every field, from input or stored JSON. */
export function normaliseWorkCapacity(value: unknown): WorkCapacityContent {
  const source = record(value);
  const area = (key: string) => {
    const a = record(source[key]);
    return { resources: textOrNull(a.resources), challenges: textOrNull(a.challenges) };
  };
  const content = {} as WorkCapacityContent;
  for (const key of WORK_CAPACITY_AREAS) content[key] = area(key);
  for (const key of WORK_CAPACITY_FIELDS) content[key] = textOrNull(source[key]);
  return content;
}

function readContent(keys: Keys, row: repo.DocumentRow | undefined): unknown {
  return row ? JSON.parse(decrypt(keys, row.contentEncrypted)) : {};
}

function updatedFields(row: repo.DocumentRow | undefined) {
  return {
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
    updatedBy: row?.updatedBy ? { id: row.updatedBy, name: row.updatedByName ?? '' } : null,
  };
}

/** The stored description, or null when none has been written (for the PDF). */
export async function readWorkCapacity(tx: Tx, keys: Keys, courseId: string) {
  const row = await repo.findDocument(tx, courseId, 'work_capacity');
  return row ? normaliseWorkCapacity(readContent(keys, row)) : null;
}

export async function getWorkCapacity(ctx: Ctx, courseId: string): Promise<WorkCapacity> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const row = await repo.findDocument(tx, courseId, 'work_capacity');
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'work_capacity',
      entityId: courseId,
      citizenId: course.citizenId,
    });
    return { courseId, content: normaliseWorkCapacity(readContent(ctx.keys, row)), ...updatedFields(row) };
  });
}

/** Replaces the whole description (PUT): a field left out is emptied. */
export async function saveWorkCapacity(
  ctx: Ctx,
  courseId: string,
  input: WorkCapacityInput,
): Promise<WorkCapacity> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    const existed = Boolean(await repo.findDocument(tx, courseId, 'work_capacity'));
    const content = normaliseWorkCapacity(input);
    await repo.saveDocument(tx, {
      courseId,
      citizenId: course.citizenId,
      kind: 'work_capacity',
      contentEncrypted: encrypt(ctx.keys, JSON.stringify(content)),
      completedOn: null,
      updatedBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: existed ? 'update' : 'create',
      entityType: 'work_capacity',
      entityId: courseId,
      citizenId: course.citizenId,
    });
    const row = await repo.findDocument(tx, courseId, 'work_capacity');
    return { courseId, content, ...updatedFields(row) };
  });
}

function toFinalReport(
  keys: Keys,
  courseId: string,
  courseEndsOn: string | null,
  row: repo.DocumentRow | undefined,
): FinalReport {
  const content = record(readContent(keys, row));
  return {
    courseId,
    summary: textOrNull(content.summary),
    outcome: textOrNull(content.outcome),
    recommendation: textOrNull(content.recommendation),
    completedOn: row?.completedOn ?? null,
    courseEndsOn,
    ...updatedFields(row),
  };
}

/** The stored report, or null when none has been written (for the PDF). */
export async function readFinalReport(tx: Tx, keys: Keys, courseId: string, courseEndsOn: string | null) {
  const row = await repo.findDocument(tx, courseId, 'final_report');
  return row ? toFinalReport(keys, courseId, courseEndsOn, row) : null;
}

export async function getFinalReport(ctx: Ctx, courseId: string): Promise<FinalReport> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const row = await repo.findDocument(tx, courseId, 'final_report');
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'final_report',
      entityId: courseId,
      citizenId: course.citizenId,
    });
    return toFinalReport(ctx.keys, courseId, course.endsOn, row);
  });
}

/**
 * Replaces the report (PUT). A draft may be written at any time; completedOn marks it complete and is
 * accepted only once the course has ended, on or after its last day and not in the future.
 */
export async function saveFinalReport(
  ctx: Ctx,
  courseId: string,
  input: FinalReportInput,
): Promise<FinalReport> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    const content = {
      summary: textOrNull(input.summary),
      outcome: textOrNull(input.outcome),
      recommendation: textOrNull(input.recommendation),
    };
    const completedOn = input.completedOn ?? null;
    if (completedOn !== null) {
      const problem = checkFinalReportCompletion(
        course,
        { completedOn, summary: content.summary },
        todayInCopenhagen(),
      );
      if (problem) throw problemError(problem);
    }
    const existed = Boolean(await repo.findDocument(tx, courseId, 'final_report'));
    await repo.saveDocument(tx, {
      courseId,
      citizenId: course.citizenId,
      kind: 'final_report',
      contentEncrypted: encrypt(ctx.keys, JSON.stringify(content)),
      completedOn,
      updatedBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: existed ? 'update' : 'create',
      entityType: 'final_report',
      entityId: courseId,
      citizenId: course.citizenId,
      criteria: { completedOn },
    });
    return toFinalReport(
      ctx.keys,
      courseId,
      course.endsOn,
      await repo.findDocument(tx, courseId, 'final_report'),
    );
  });
}
