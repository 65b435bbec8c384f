// Dated entries on a course: tasks the citizen solved, attendance, accommodations (skånehensyn) in
// training and internships, progression and notes. The provider writes them; both sides read them.
// Sensitive entries show their text only to the course's mentor and caseworkers and the author.
import type {
  CreateEntryInput,
  Entry,
  EntryList,
  EntriesQuery,
} from '../../../../shared/courses/documentation.schemas.ts';
import { ENTRY_DELETE_HOURS } from '../../../../shared/courses/documentation.constants.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt, encrypt } from '../../../platform/crypto/keys.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse, type CourseRow } from '../../../platform/access/course-access.ts';
import * as repo from '../documentation.repository.ts';
import {
  checkEntry,
  mayDeleteEntry,
  mayReadEntry,
  type EntryViewer,
  type RuleProblem,
} from '../documentation.rules.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

export function problemError(problem: RuleProblem): AppError {
  return new AppError(problem.code, problem.message, {
    ...(problem.fields ? { fields: problem.fields } : {}),
    ...(problem.params ? { params: problem.params } : {}),
  });
}

/** Who the actor is to this course, for reading sensitive entries. */
export async function entryViewer(tx: Tx, ctx: Ctx, course: CourseRow): Promise<EntryViewer> {
  const { userId } = ctx.actor;
  return {
    userId,
    isMentor: course.mentorUserId === userId,
    isCaseworker: await repo.isCourseCaseworker(tx, course.id, userId),
  };
}

function toEntry(ctx: Ctx, row: repo.EntryRow, viewer: EntryViewer, now: Date): Entry {
  const readable = mayReadEntry(row, viewer);
  return {
    id: row.id,
    courseId: row.courseId,
    entryOn: row.entryOn,
    kind: row.kind,
    setting: row.setting,
    attended: row.attended,
    text: readable ? decrypt(ctx.keys, row.textEncrypted) : null,
    hidden: !readable,
    isSensitive: row.isSensitive,
    author: row.authorUserId ? { id: row.authorUserId, name: row.authorName ?? '' } : null,
    createdAt: new Date(row.createdAt).toISOString(),
    canDelete: mayDeleteEntry(row, viewer.userId, now) === 'ok',
  };
}

export async function listCourseEntries(ctx: Ctx, courseId: string, query: EntriesQuery): Promise<EntryList> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const viewer = await entryViewer(tx, ctx, course);
    const rows = await repo.listEntries(tx, courseId, query.kind ? [query.kind] : undefined);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'course_entry',
      entityId: courseId,
      citizenId: course.citizenId,
      criteria: { courseId, kind: query.kind ?? null, count: rows.length },
    });
    const now = new Date();
    return { entries: rows.map((row) => toEntry(ctx, row, viewer, now)) };
  });
}

export async function createCourseEntry(ctx: Ctx, courseId: string, input: CreateEntryInput): Promise<Entry> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    const facts = {
      entryOn: input.entryOn,
      kind: input.kind,
      setting: input.setting ?? null,
      attended: input.attended ?? null,
    };
    const problem = checkEntry(facts, course, todayInCopenhagen());
    if (problem) throw problemError(problem);
    const { id } = await repo.insertEntry(tx, {
      ...facts,
      courseId,
      citizenId: course.citizenId,
      textEncrypted: encrypt(ctx.keys, input.text.trim()),
      isSensitive: input.isSensitive ?? false,
      authorUserId: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'course_entry',
      entityId: id,
      citizenId: course.citizenId,
      criteria: { courseId, kind: facts.kind, isSensitive: input.isSensitive ?? false },
    });
    const row = await repo.findEntry(tx, id);
    return toEntry(ctx, row!, await entryViewer(tx, ctx, course), new Date());
  });
}

/** Only the author, within ENTRY_DELETE_HOURS of writing it; later an entry is corrected by a new one. */
export async function deleteCourseEntry(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await repo.findEntry(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'access.not_found');
    const course = await requireCourse(tx, ctx.actor, row.courseId, 'provider');
    const verdict = mayDeleteEntry(row, ctx.actor.userId, new Date());
    if (verdict === 'not_author') throw new AppError('FORBIDDEN', 'documentation.delete_not_author');
    if (verdict === 'too_late') {
      throw new AppError('INVALID_STATE', 'documentation.delete_too_late', {
        params: { hours: ENTRY_DELETE_HOURS },
      });
    }
    await repo.deleteEntry(tx, id);
    await auditAction(tx, ctx, {
      action: 'delete',
      entityType: 'course_entry',
      entityId: id,
      citizenId: course.citizenId,
      criteria: { courseId: course.id, kind: row.kind, entryOn: row.entryOn },
    });
    return { ok: true as const };
  });
}
