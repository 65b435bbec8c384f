// The task list (talk.service.ts listTasks) for caseworkers and provider users, on organisations of its own.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import {
  buildWorld,
  ctxFor,
  insertCitizen,
  insertOrganisation,
  insertUser,
} from '../../../../test/support/factories.ts';
import type { Actor } from '../../platform/context.ts';
import { encrypt } from '../../platform/crypto/keys.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';
import { today } from './course-access.ts';
import { insertCourse, insertCourseAgreement } from './course.fixtures.ts';
import { addDays } from './legal-rules.ts';
import { listTasks } from './talk.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const rng = createRng(Number.parseInt(crypto.randomBytes(4).toString('hex'), 16));

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const db = () => database.db;
const ctxOf = (actor: Actor) => ctxFor(database.db, keys, actor);
const ctx = (who: keyof typeof world.users) => ctxOf(world.users[who]);

describe('the task list', () => {
  const day = (offset: number) => addDays(today(), offset);
  let ids: Record<string, string> = {};
  let users: Record<'cw1' | 'cw2' | 'mentor' | 'staff', Actor>;

  beforeAll(async () => {
    // Organisations of their own, so the other tests' courses give no tasks here.
    const jobCentre = await insertOrganisation(db(), 'job_centre');
    const provider = await insertOrganisation(db(), 'provider');
    users = {
      cw1: await insertUser(db(), jobCentre, ['caseworker']),
      cw2: await insertUser(db(), jobCentre, ['caseworker']),
      mentor: await insertUser(db(), provider, ['provider_staff']),
      staff: await insertUser(db(), provider, ['provider_lead']),
    };
    const citizen = async (name: string) =>
      (await insertCitizen(db(), keys, { jobCentreId: jobCentre.id, name })).id;
    const { agreementId } = await insertCourseAgreement(db(), provider.id);
    const course = async (
      name: string,
      startOffset: number,
      values: { caseworkers?: Actor[]; mentor?: Actor; endOffset?: number } = {},
    ) => {
      const citizenId = await citizen(name);
      const courseId = await insertCourse(db(), {
        citizenId,
        providerId: provider.id,
        agreementId,
        startsOn: day(startOffset),
        caseworkerIds: (values.caseworkers ?? []).map((u) => u.userId),
        mentorUserId: values.mentor?.userId ?? null,
        ...(values.endOffset !== undefined
          ? { endsOn: day(values.endOffset), endReason: 'job' as const }
          : {}),
      });
      return { citizenId, courseId };
    };
    const k1 = await course('Anna K1', -3, { caseworkers: [users.cw1], mentor: users.mentor });
    const k2 = await course('Bent K2', -3, { caseworkers: [users.cw1], mentor: users.mentor });
    const k3 = await course('Carl K3', -30);
    const k4 = await course('Dora K4', -60, { caseworkers: [users.cw2], mentor: users.mentor });
    const k5 = await course('Erik K5', -40, { caseworkers: [users.cw1], mentor: users.staff });
    const k6 = await course('Frida K6', -200, {
      caseworkers: [users.cw1],
      mentor: users.mentor,
      endOffset: -20,
    });
    await db()
      .updateTable('course')
      .set({ aftercareStartsOn: day(-19), aftercarePlannedEndsOn: day(7) })
      .where('id', '=', k6.courseId)
      .execute();
    const talk = (
      c: { citizenId: string; courseId: string },
      scheduledOn: string,
      outcome: 'planned' | 'held',
    ) =>
      db()
        .insertInto('jobTalk')
        .values({
          ...c,
          obligation: 'first',
          deadline: null,
          scheduledOn,
          venue: 'provider',
          outcome,
          heldOn: outcome === 'held' ? scheduledOn : null,
        })
        .execute();
    await talk(k2, day(1), 'planned');
    await talk(k5, day(-10), 'held');
    const entry = (c: { citizenId: string; courseId: string }, entryOn: string) =>
      db()
        .insertInto('courseEntry')
        .values({ ...c, entryOn, kind: 'task', textEncrypted: encrypt(keys, 'Opgave løst') })
        .execute();
    await entry(k2, day(-2));
    await entry(k4, day(-20));
    const company = await db()
      .insertInto('company')
      .values({ cvr: syntheticCvr(rng), name: 'Café Sydhavn' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const placement = await db()
      .insertInto('placement')
      .values({ ...k1, companyId: company.id, kind: 'internship', startsOn: day(-3), endsOn: day(5) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const referral = (status: 'pending' | 'accepted', citizenId: string) =>
      db()
        .insertInto('referral')
        .values({
          citizenId,
          providerId: provider.id,
          agreementId,
          referredBy: users.cw1.userId,
          referredOn: day(-10),
          status,
          consentGiven: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const r1 = await referral('pending', await citizen('Gerda R1'));
    await referral('accepted', k1.citizenId);
    ids = {
      k1: k1.courseId,
      k2: k2.courseId,
      k3: k3.courseId,
      k4: k4.courseId,
      k5: k5.courseId,
      k6: k6.courseId,
      r1: r1.id,
      p1: placement.id,
    };
  });

  const summary = async (actor: Actor) =>
    (await listTasks(ctxOf(actor))).items.map((t) => [
      t.kind,
      t.courseId ?? t.referralId,
      t.dueOn,
      t.overdue,
      t.citizenName,
    ]);

  it('gives a caseworker the talks due on their courses and unassigned ones, and their waiting referrals', async () => {
    expect(await summary(users.cw1)).toEqual([
      ['talk_due', ids.k3, day(-23), true, 'Carl K3'],
      ['referral_waiting', ids.r1, day(-3), true, 'Gerda R1'],
      ['talk_due', ids.k1, day(4), false, 'Anna K1'],
    ]);
    // cw2: the unassigned course and their own (K4, whose first talk is long overdue).
    expect(await summary(users.cw2)).toEqual([
      ['talk_due', ids.k4, day(-53), true, 'Dora K4'],
      ['talk_due', ids.k3, day(-23), true, 'Carl K3'],
    ]);
  });

  it('gives a mentor referrals to answer, endings and missing documentation on their and unassigned courses', async () => {
    expect(await summary(users.mentor)).toEqual([
      ['documentation_missing', ids.k3, day(-16), true, 'Carl K3'],
      ['documentation_missing', ids.k4, day(-6), true, 'Dora K4'],
      ['documentation_missing', ids.k6, day(-6), true, 'Frida K6'],
      ['referral_waiting', ids.r1, day(-3), true, 'Gerda R1'],
      ['internship_ending', ids.k1, day(5), false, 'Anna K1'],
      ['aftercare_ending', ids.k6, day(7), false, 'Frida K6'],
    ]);
    const items = (await listTasks(ctxOf(users.mentor))).items;
    expect(items.find((t) => t.kind === 'internship_ending')).toMatchObject({
      key: `internship_ending:${ids.p1}`,
      companyName: 'Café Sydhavn',
    });
    expect(items.find((t) => t.kind === 'referral_waiting')).toMatchObject({ detail: 'answer' });
    expect(items.filter((t) => t.courseId === ids.k6).map((t) => t.detail)).toEqual(['final_report', null]);
  });

  it('gives another provider user the unassigned course and their own', async () => {
    expect(await summary(users.staff)).toEqual([
      ['documentation_missing', ids.k5, day(-26), true, 'Erik K5'],
      ['documentation_missing', ids.k3, day(-16), true, 'Carl K3'],
      ['referral_waiting', ids.r1, day(-3), true, 'Gerda R1'],
    ]);
  });

  it('gives other organisations nothing of these, and audits the list', async () => {
    const tasks = await listTasks(ctx('otherProviderStaff'));
    expect(tasks.items.filter((t) => Object.values(ids).includes(t.courseId ?? t.referralId ?? ''))).toEqual(
      [],
    );
    const audit = await db()
      .selectFrom('auditEvent')
      .select(['resultCitizenIds'])
      .where('entityType', '=', 'task_list')
      .where('actorUsername', '=', users.cw1.username)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.resultCitizenIds).toHaveLength(3);
  });
});
