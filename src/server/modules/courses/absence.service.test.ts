// Absence from the programme (issue 12): the provider reports, the caseworker gets a task and records the
// follow-up; both sides read; other organisations get 404; every read and change is audited.
import { addDays, todayInCopenhagen } from '../../../shared/dates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import {
  buildWorld,
  ctxFor,
  insertCitizen,
  insertOrganisation,
  insertUser,
} from '../../../../test/support/factories.ts';
import type { Actor } from '../../platform/context.ts';
import { listAbsences, recordAbsenceFollowUp, reportAbsence } from './absence.service.ts';
import { insertCourse } from './course.fixtures.ts';
import { listTasks } from '../talks/talk.service.ts';
import { ABSENCE_FOLLOW_UP_DAYS } from '../talks/task.rules.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const db = () => database.db;
const ctxOf = (actor: Actor) => ctxFor(database.db, keys, actor);
const ctx = (who: keyof typeof world.users) => ctxOf(world.users[who]);
const day = (offset: number) => addDays(todayInCopenhagen(), offset);

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code, ...(fields ? { fields } : {}) });
}

async function courseAtA(startOffset = -30, values: { endOffset?: number } = {}) {
  return insertCourse(db(), {
    citizenId: world.citizens.citizenAtA.id,
    providerId: world.organisations.providerA.id,
    caseworkerIds: [world.users.caseworker.userId],
    startsOn: day(startOffset),
    ...(values.endOffset !== undefined
      ? { endsOn: day(values.endOffset), endReason: 'dropped_out' as const }
      : {}),
  });
}

async function auditRows(entityId: string) {
  return db()
    .selectFrom('auditEvent')
    .select(['action', 'entityType'])
    .where('entityId', '=', entityId)
    .where('entityType', '=', 'course_absence')
    .execute();
}

describe('absence from the programme', () => {
  it('is reported by the provider, read by both sides and audited', async () => {
    const courseId = await courseAtA();
    const absence = await reportAbsence(ctx('providerStaff'), courseId, {
      absentOn: day(-2),
      hoursTenths: 75,
      reason: null,
    });
    expect(absence).toMatchObject({
      courseId,
      absentOn: day(-2),
      hoursTenths: 75,
      reason: null,
      followUp: null,
      followedUpOn: null,
    });
    const provider = await listAbsences(ctx('providerLead'), courseId);
    expect(provider).toMatchObject({ canReport: true, canFollowUp: false });
    expect(provider.absences.map((a) => a.id)).toEqual([absence.id]);
    const jobCentre = await listAbsences(ctx('caseworker'), courseId);
    expect(jobCentre).toMatchObject({ canReport: false, canFollowUp: true });
    expect(await auditRows(absence.id)).toEqual([{ action: 'create', entityType: 'course_absence' }]);
    expect((await auditRows(courseId)).filter((r) => r.action === 'read')).toHaveLength(2);
  });

  it('refuses a day in the future, before the start, after the end, and a second report for the same day', async () => {
    const courseId = await courseAtA(-30);
    await expectAppError(
      reportAbsence(ctx('providerStaff'), courseId, { absentOn: day(1), hoursTenths: 10 }),
      'VALIDATION_FAILED',
      { absentOn: 'absence.future' },
    );
    await expectAppError(
      reportAbsence(ctx('providerStaff'), courseId, { absentOn: day(-31), hoursTenths: 10 }),
      'VALIDATION_FAILED',
      { absentOn: 'absence.before_course_start' },
    );
    const ended = await courseAtA(-30, { endOffset: -10 });
    await expectAppError(
      reportAbsence(ctx('providerStaff'), ended, { absentOn: day(-9), hoursTenths: 10 }),
      'VALIDATION_FAILED',
      { absentOn: 'absence.after_course_end' },
    );
    await reportAbsence(ctx('providerStaff'), courseId, {
      absentOn: day(-5),
      hoursTenths: 30,
      reason: 'illness',
    });
    await expectAppError(
      reportAbsence(ctx('providerStaff'), courseId, { absentOn: day(-5), hoursTenths: 30 }),
      'CONFLICT',
      { absentOn: 'absence.duplicate' },
    );
  });

  it('lets only the provider report and only the job centre follow up; other organisations get 404', async () => {
    const courseId = await courseAtA();
    await expectAppError(
      reportAbsence(ctx('caseworker'), courseId, { absentOn: day(-3), hoursTenths: 10 }),
      'FORBIDDEN',
    );
    const absence = await reportAbsence(ctx('providerStaff'), courseId, {
      absentOn: day(-3),
      hoursTenths: 10,
    });
    await expectAppError(
      recordAbsenceFollowUp(ctx('providerLead'), absence.id, {
        followUp: 'contact_made',
        followedUpOn: day(-1),
      }),
      'FORBIDDEN',
    );
    await expectAppError(listAbsences(ctx('otherProviderStaff'), courseId), 'NOT_FOUND');
    await expectAppError(listAbsences(ctx('otherCaseworker'), courseId), 'NOT_FOUND');
    await expectAppError(
      recordAbsenceFollowUp(ctx('otherCaseworker'), absence.id, {
        followUp: 'contact_made',
        followedUpOn: day(-1),
      }),
      'NOT_FOUND',
    );
  });

  it('records the follow-up: contact, a reasonable reason, or the date of a sanction decision', async () => {
    const courseId = await courseAtA();
    const absence = await reportAbsence(ctx('providerStaff'), courseId, {
      absentOn: day(-6),
      hoursTenths: 75,
    });
    await expectAppError(
      recordAbsenceFollowUp(ctx('caseworker'), absence.id, {
        followUp: 'contact_made',
        followedUpOn: day(-7),
      }),
      'VALIDATION_FAILED',
      { followedUpOn: 'absence.before_absence' },
    );
    await expectAppError(
      recordAbsenceFollowUp(ctx('caseworker'), absence.id, {
        followUp: 'sanction_decision',
        followedUpOn: day(-1),
      }),
      'VALIDATION_FAILED',
      { sanctionDecisionOn: 'absence.sanction_date_required' },
    );
    const contact = await recordAbsenceFollowUp(ctx('caseworker'), absence.id, {
      followUp: 'contact_made',
      followedUpOn: day(-4),
      // Ignored: only a sanction decision has its date.
      sanctionDecisionOn: day(-4),
    });
    expect(contact).toMatchObject({
      followUp: 'contact_made',
      followedUpOn: day(-4),
      sanctionDecisionOn: null,
    });
    const sanction = await recordAbsenceFollowUp(ctx('caseworker'), absence.id, {
      followUp: 'sanction_decision',
      followedUpOn: day(-1),
      sanctionDecisionOn: day(-2),
    });
    expect(sanction).toMatchObject({ followUp: 'sanction_decision', sanctionDecisionOn: day(-2) });
    expect((await auditRows(absence.id)).map((r) => r.action)).toEqual(['create', 'update', 'update']);
  });
});

describe("the caseworker's absence task", () => {
  it("appears on the caseworker's task list until the follow-up is recorded, not on others'", async () => {
    const jobCentre = await insertOrganisation(db(), 'job_centre');
    const provider = await insertOrganisation(db(), 'provider');
    const cw1 = await insertUser(db(), jobCentre, ['caseworker']);
    const cw2 = await insertUser(db(), jobCentre, ['caseworker']);
    const staff = await insertUser(db(), provider, ['provider_staff']);
    const citizen = await insertCitizen(db(), keys, { jobCentreId: jobCentre.id, name: 'Fravær Testesen' });
    const courseId = await insertCourse(db(), {
      citizenId: citizen.id,
      providerId: provider.id,
      caseworkerIds: [cw1.userId],
      startsOn: day(-40),
    });
    const absence = await reportAbsence(ctxOf(staff), courseId, { absentOn: day(-9), hoursTenths: 75 });
    const absenceTasks = async (actor: Actor) =>
      (await listTasks(ctxOf(actor))).items.filter((t) => t.kind === 'absence_follow_up');
    expect(await absenceTasks(cw1)).toEqual([
      {
        key: `absence_follow_up:${absence.id}`,
        kind: 'absence_follow_up',
        dueOn: day(-9 + ABSENCE_FOLLOW_UP_DAYS),
        overdue: true,
        courseId,
        referralId: null,
        citizenName: 'Fravær Testesen',
        detail: null,
        companyName: null,
      },
    ]);
    expect(await absenceTasks(cw2)).toEqual([]);
    expect(await absenceTasks(staff)).toEqual([]);
    await recordAbsenceFollowUp(ctxOf(cw1), absence.id, {
      followUp: 'reasonable_reason',
      followedUpOn: day(0),
    });
    expect(await absenceTasks(cw1)).toEqual([]);
  });
});
