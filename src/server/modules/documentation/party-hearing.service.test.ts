// Party hearing (partshøring, issue 12): the job centre sends the provider's documentation to the citizen
// for comments and records what came back; the provider sees the status, not the comments; other
// organisations get 404; every read and change is audited, never with the comments' text.
import { addDays, todayInCopenhagen } from '../../../shared/dates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { insertCourse } from '../courses/course.fixtures.ts';
import { deletePlanStart, recordPlanStart, saveWorkCapacity } from './documentation.service.ts';
import {
  listPartyHearings,
  recordPartyHearingOutcome,
  sendForPartyHearing,
} from './party-hearing.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const db = () => database.db;
const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const day = (offset: number) => addDays(todayInCopenhagen(), offset);

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code, ...(fields ? { fields } : {}) });
}

/** A course of citizenAtA at provider A with a work-capacity description written by the provider. */
async function courseWithDescription() {
  const courseId = await insertCourse(db(), {
    citizenId: world.citizens.citizenAtA.id,
    providerId: world.organisations.providerA.id,
    mentorUserId: world.users.providerStaff.userId,
    caseworkerIds: [world.users.caseworker.userId],
    startsOn: day(-60),
  });
  await saveWorkCapacity(ctx('providerStaff'), courseId, { ownWishes: 'Syntetisk ønske om job i café' });
  return courseId;
}

const sending = (offset = -10) => ({
  subject: 'work_capacity' as const,
  sentOn: day(offset),
  deadlineOn: day(offset + 14),
  method: 'digital_post' as const,
});

async function auditRows(entityId: string) {
  return db()
    .selectFrom('auditEvent')
    .select(['action', 'entityType', 'criteria'])
    .where('entityId', '=', entityId)
    .where('entityType', '=', 'party_hearing')
    .orderBy('seq')
    .execute();
}

describe('party hearing', () => {
  it('is sent by the job centre, its comments sealed, read in full by the job centre and audited', async () => {
    const courseId = await courseWithDescription();
    const hearing = await sendForPartyHearing(ctx('caseworker'), courseId, sending(-20));
    expect(hearing).toMatchObject({
      courseId,
      subject: 'work_capacity',
      sentOn: day(-20),
      deadlineOn: day(-6),
      method: 'digital_post',
      sentBy: { id: world.users.caseworker.userId },
      outcome: null,
      comments: null,
      commentsHidden: false,
      changedSinceSent: false,
    });
    const recorded = await recordPartyHearingOutcome(ctx('caseworker'), hearing.id, {
      outcome: 'comments',
      outcomeOn: day(-4),
      comments: '  Syntetisk: jeg kan arbejde mere end beskrevet  ',
    });
    expect(recorded).toMatchObject({
      outcome: 'comments',
      outcomeOn: day(-4),
      comments: 'Syntetisk: jeg kan arbejde mere end beskrevet',
      receivedAfterDeadline: true,
      outcomeBy: { id: world.users.caseworker.userId },
    });
    const stored = await db()
      .selectFrom('partyHearing')
      .select('commentsEncrypted')
      .where('id', '=', hearing.id)
      .executeTakeFirstOrThrow();
    expect(stored.commentsEncrypted!.toString('utf8')).not.toContain('arbejde');

    const list = await listPartyHearings(ctx('caseworker'), courseId);
    expect(list.canManage).toBe(true);
    expect(list.hearings.map((h) => h.comments)).toEqual(['Syntetisk: jeg kan arbejde mere end beskrevet']);
    const rows = await auditRows(hearing.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(JSON.stringify(rows)).not.toContain('arbejde');
  });

  it('shows the provider that the documentation was sent and its status, not the comments', async () => {
    const courseId = await courseWithDescription();
    const hearing = await sendForPartyHearing(ctx('caseworker'), courseId, sending(-20));
    await recordPartyHearingOutcome(ctx('caseworker'), hearing.id, {
      outcome: 'comments',
      outcomeOn: day(-15),
      comments: 'Syntetiske helbredsoplysninger',
    });
    for (const who of ['providerStaff', 'providerLead'] as const) {
      const list = await listPartyHearings(ctx(who), courseId);
      expect(list.canManage).toBe(false);
      expect(list.hearings).toEqual([
        expect.objectContaining({ outcome: 'comments', comments: null, commentsHidden: true }),
      ]);
    }
    const reads = await db()
      .selectFrom('auditEvent')
      .select('action')
      .where('entityId', '=', courseId)
      .where('entityType', '=', 'party_hearing')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('is recorded only by the job centre: the provider gets 403, other organisations 404', async () => {
    const courseId = await courseWithDescription();
    await expectAppError(sendForPartyHearing(ctx('providerLead'), courseId, sending()), 'FORBIDDEN');
    await expectAppError(sendForPartyHearing(ctx('otherCaseworker'), courseId, sending()), 'NOT_FOUND');
    await expectAppError(listPartyHearings(ctx('otherProviderStaff'), courseId), 'NOT_FOUND');
    const hearing = await sendForPartyHearing(ctx('caseworker'), courseId, sending());
    const outcome = { outcome: 'no_comments' as const, outcomeOn: todayInCopenhagen() };
    await expectAppError(recordPartyHearingOutcome(ctx('providerStaff'), hearing.id, outcome), 'FORBIDDEN');
    await expectAppError(recordPartyHearingOutcome(ctx('otherCaseworker'), hearing.id, outcome), 'NOT_FOUND');
  });

  it('refuses bad dates with a message per field', async () => {
    const courseId = await courseWithDescription();
    await expectAppError(
      sendForPartyHearing(ctx('caseworker'), courseId, { ...sending(), sentOn: day(1), deadlineOn: day(1) }),
      'VALIDATION_FAILED',
      { sentOn: 'party_hearing.future', deadlineOn: 'party_hearing.deadline_not_after_sent' },
    );
    await expectAppError(
      sendForPartyHearing(ctx('caseworker'), courseId, { ...sending(), sentOn: day(-61) }),
      'VALIDATION_FAILED',
      { sentOn: 'party_hearing.sent_before_course' },
    );
    const hearing = await sendForPartyHearing(ctx('caseworker'), courseId, sending(-5));
    await expectAppError(
      recordPartyHearingOutcome(ctx('caseworker'), hearing.id, {
        outcome: 'comments',
        outcomeOn: day(-6),
        comments: 'For tidligt',
      }),
      'VALIDATION_FAILED',
      { outcomeOn: 'party_hearing.outcome_before_sent' },
    );
    // The deadline (day 9) has not passed: "no comments received" cannot be recorded yet.
    await expectAppError(
      recordPartyHearingOutcome(ctx('caseworker'), hearing.id, {
        outcome: 'no_comments',
        outcomeOn: todayInCopenhagen(),
      }),
      'VALIDATION_FAILED',
      { outcomeOn: 'party_hearing.no_comments_before_deadline' },
    );
  });

  it('refuses a second sending while the first awaits comments, and allows it after', async () => {
    const courseId = await courseWithDescription();
    const first = await sendForPartyHearing(ctx('caseworker'), courseId, sending(-30));
    await expectAppError(sendForPartyHearing(ctx('caseworker'), courseId, sending(-2)), 'CONFLICT');
    const closed = await recordPartyHearingOutcome(ctx('caseworker'), first.id, {
      outcome: 'no_comments',
      outcomeOn: day(-3),
    });
    expect(closed).toMatchObject({ outcome: 'no_comments', comments: null, commentsHidden: false });
    const again = await sendForPartyHearing(ctx('caseworker'), courseId, sending(-2));
    expect(again.outcome).toBeNull();
    // A correction replaces the earlier record and is audited as one.
    await recordPartyHearingOutcome(ctx('caseworker'), first.id, {
      outcome: 'comments',
      outcomeOn: day(-20),
      comments: 'Fundet i postkassen',
    });
    const rows = await auditRows(first.id);
    expect(rows.at(-1)!.criteria).toMatchObject({ corrected: true, outcome: 'comments' });
  });

  it('marks a document changed after it was sent, and refuses a document not yet written', async () => {
    const courseId = await courseWithDescription();
    await expectAppError(
      sendForPartyHearing(ctx('caseworker'), courseId, { ...sending(), subject: 'final_report' }),
      'INVALID_STATE',
    );
    await sendForPartyHearing(ctx('caseworker'), courseId, sending());
    await saveWorkCapacity(ctx('providerStaff'), courseId, {
      ownWishes: 'Syntetisk: ændret efter afsendelse',
    });
    const list = await listPartyHearings(ctx('caseworker'), courseId);
    expect(list.hearings[0]!.changedSinceSent).toBe(true);
  });

  it("sends a plan's input, and keeps a plan that was sent from being deleted", async () => {
    const courseId = await courseWithDescription();
    const plan = await recordPlanStart(ctx('caseworker'), courseId, { startedOn: day(-10) });
    await expectAppError(
      sendForPartyHearing(ctx('caseworker'), courseId, { ...sending(), subject: 'plan' }),
      'VALIDATION_FAILED',
    );
    const hearing = await sendForPartyHearing(ctx('caseworker'), courseId, {
      ...sending(-9),
      subject: 'plan',
      planStartId: plan.id,
      method: 'in_person',
    });
    expect(hearing).toMatchObject({ subject: 'plan', planStartId: plan.id, planStartedOn: day(-10) });
    await expectAppError(deletePlanStart(ctx('caseworker'), plan.id), 'CONFLICT');
    const otherCourse = await courseWithDescription();
    await expectAppError(
      sendForPartyHearing(ctx('caseworker'), otherCourse, {
        ...sending(),
        subject: 'plan',
        planStartId: plan.id,
      }),
      'VALIDATION_FAILED',
      { planStartId: 'party_hearing.plan_not_on_course' },
    );
  });
});
