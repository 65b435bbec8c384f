// Party hearing (partshøring, issue 12): before a decision on flexjob or disability pension the job centre
// sends the provider's documentation to the citizen for comments, with a deadline, and records the comments
// or that none came (forvaltningsloven § 19, stk. 1: the authority's duty, so only the citizen's job centre
// records it, casework.manage). Both sides read the status (course.read); the comments are the citizen's
// statement to the authority and are shown only to the job centre: the provider does not need them for its
// work (data minimisation, GDPR art. 5(1)(c)). Every read and change is audited in the same transaction,
// never with the comments' text.
import type {
  CoursePartyHearings,
  PartyHearing,
  PartyHearingOutcomeInput,
  SendPartyHearingInput,
} from '../../../../shared/courses/party-hearing.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt, encrypt } from '../../../platform/crypto/keys.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse, type CourseRow } from '../../../platform/access/course-access.ts';
import * as docs from '../documentation.repository.ts';
import * as repo from '../party-hearing.repository.ts';
import {
  checkPartyHearingOutcome,
  checkPartyHearingSending,
  isReceivedAfterDeadline,
} from '../party-hearing.rules.ts';
import { refuse } from '../../courses/course.service.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { mayActOnCourse } from '../../../platform/access/course-scope.ts';

const user = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function toHearing(
  row: repo.PartyHearingRow,
  options: { showComments: boolean; decrypt: (sealed: Buffer) => string; versions: Map<string, Date> },
): PartyHearing {
  const current = row.subject === 'plan' ? undefined : options.versions.get(row.subject);
  const sent = row.documentUpdatedAt ? new Date(row.documentUpdatedAt) : null;
  const hasComments = row.commentsEncrypted !== null;
  return {
    id: row.id,
    courseId: row.courseId,
    subject: row.subject,
    planStartId: row.planStartId,
    planStartedOn: row.planStartedOn ?? null,
    sentOn: row.sentOn,
    deadlineOn: row.deadlineOn,
    method: row.method,
    sentBy: user(row.sentBy, row.sentByName),
    outcome: row.outcome,
    outcomeOn: row.outcomeOn,
    comments: hasComments && options.showComments ? options.decrypt(row.commentsEncrypted!) : null,
    commentsHidden: hasComments && !options.showComments,
    receivedAfterDeadline: isReceivedAfterDeadline(row),
    changedSinceSent: Boolean(current && sent && current.getTime() > sent.getTime()),
    outcomeBy: user(row.outcomeBy, row.outcomeByName),
  };
}

async function readHearing(tx: Tx, ctx: Ctx, course: CourseRow, id: string): Promise<PartyHearing> {
  const row = await repo.findHearing(tx, id);
  return toHearing(row!, {
    showComments: mayActOnCourse(ctx.actor, course, 'job_centre'),
    decrypt: (sealed) => decrypt(ctx.keys, sealed),
    versions: await repo.documentVersions(tx, course.id),
  });
}

export async function listPartyHearings(ctx: Ctx, courseId: string): Promise<CoursePartyHearings> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const rows = await repo.listHearingsOfCourse(tx, courseId);
    const isJobCentre = mayActOnCourse(ctx.actor, course, 'job_centre');
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'party_hearing',
      entityId: courseId,
      citizenId: course.citizenId,
      criteria: { courseId, count: rows.length, withComments: isJobCentre },
    });
    const versions = await repo.documentVersions(tx, courseId);
    const open = (sealed: Buffer) => decrypt(ctx.keys, sealed);
    return {
      courseId,
      hearings: rows.map((row) => toHearing(row, { showComments: isJobCentre, decrypt: open, versions })),
      canManage: isJobCentre,
    };
  });
}

/** The job centre records that documentation was sent to the citizen for comments, with the deadline. */
export async function sendForPartyHearing(
  ctx: Ctx,
  courseId: string,
  input: SendPartyHearingInput,
): Promise<PartyHearing> {
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'job_centre');
    const problems = checkPartyHearingSending(input, course, onDate);
    if (problems.length > 0) throw refuse('VALIDATION_FAILED', problems, ctx.language);
    const planStartId = input.subject === 'plan' ? (input.planStartId ?? null) : null;
    let documentUpdatedAt: Date | null = null;
    if (input.subject === 'plan') {
      const plan = planStartId === null ? undefined : await repo.findPlanStartOfCourse(tx, planStartId);
      if (!plan || plan.courseId !== courseId) {
        const message =
          planStartId === null ? 'party_hearing.plan_required' : 'party_hearing.plan_not_on_course';
        throw refuse('VALIDATION_FAILED', [{ field: 'planStartId', message }], ctx.language);
      }
    } else {
      const document = await docs.findDocument(tx, courseId, input.subject);
      if (!document) {
        throw refuse(
          'INVALID_STATE',
          [{ field: 'subject', message: 'party_hearing.document_missing' }],
          ctx.language,
          'party_hearing.document_missing',
        );
      }
      documentUpdatedAt = new Date(document.updatedAt);
    }
    const open = await repo.findOpenHearing(tx, courseId, input.subject, planStartId);
    if (open) {
      throw refuse(
        'CONFLICT',
        [
          {
            field: 'subject',
            message: 'party_hearing.already_open',
            params: { sentOn: open.sentOn, deadlineOn: open.deadlineOn },
          },
        ],
        ctx.language,
        'party_hearing.already_open',
      );
    }
    const { id } = await repo.insertHearing(tx, {
      courseId,
      citizenId: course.citizenId,
      subject: input.subject,
      planStartId,
      documentUpdatedAt,
      sentOn: input.sentOn,
      deadlineOn: input.deadlineOn,
      method: input.method,
      sentBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'party_hearing',
      entityId: id,
      citizenId: course.citizenId,
      criteria: {
        courseId,
        subject: input.subject,
        planStartId,
        sentOn: input.sentOn,
        deadlineOn: input.deadlineOn,
        method: input.method,
      },
    });
    return readHearing(tx, ctx, course, id);
  });
}

/**
 * The job centre records the citizen's comments (sealed) or that none came by the deadline; a later record
 * replaces an earlier one (a correction), audited as such.
 */
export async function recordPartyHearingOutcome(
  ctx: Ctx,
  hearingId: string,
  input: PartyHearingOutcomeInput,
): Promise<PartyHearing> {
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const current = await repo.findHearing(tx, hearingId);
    if (!current) throw new AppError('NOT_FOUND', 'access.not_found');
    const course = await requireCourse(tx, ctx.actor, current.courseId, 'job_centre');
    const problems = checkPartyHearingOutcome(input, current, onDate);
    if (problems.length > 0) throw refuse('VALIDATION_FAILED', problems, ctx.language);
    const comments = input.outcome === 'comments' ? (input.comments ?? '').trim() : null;
    await repo.updateOutcome(tx, hearingId, {
      outcome: input.outcome,
      outcomeOn: input.outcomeOn,
      commentsEncrypted: comments === null ? null : encrypt(ctx.keys, comments),
      outcomeBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'party_hearing',
      entityId: hearingId,
      citizenId: course.citizenId,
      criteria: {
        courseId: course.id,
        outcome: input.outcome,
        outcomeOn: input.outcomeOn,
        corrected: current.outcome !== null,
      },
    });
    return readHearing(tx, ctx, course, hearingId);
  });
}
