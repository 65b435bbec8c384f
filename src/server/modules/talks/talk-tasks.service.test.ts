// The task list (talk.service.ts listTasks) for caseworkers and provider users, on organisations of its own.
import { addDays, todayInCopenhagen } from '../../../shared/dates.ts';
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
import { syntheticCvr } from '../../seed/synthetic.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';
import { listTasks } from './talk.service.ts';
import { decrypt } from '../../platform/crypto/keys.ts';
import {
  insertFixtureCodebook,
  insertImportBatch,
  insertRegisterPerson,
} from '../outcomes/outcome.fixtures.ts';
import { weekIndex } from '../outcomes/outcome.rules.ts';
import { testRng } from '../../../../test/support/seed.ts';

/** The Monday of the date's ISO week. */
function mondayOf(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const rng = testRng('talk-tasks.service.test');

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const db = () => database.db;
const ctxOf = (actor: Actor) => ctxFor(database.db, keys, actor);
const ctx = (who: keyof typeof world.users) => ctxOf(world.users[who]);

describe('the task list', () => {
  const day = (offset: number) => addDays(todayInCopenhagen(), offset);
  /** The Monday of last week's ISO week: K8's change of benefit. */
  const changeMonday = mondayOf(day(-7));
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
      c: { citizenId: string; courseId: string | null },
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
    // K7: the first request recorded 6 days ago, the first talk held without a course the day after, the
    // course started 3 days ago: the obligation is the citizen's, so no talk is due (was: first talk due).
    // K7 and K8 have a mentor of their own, so the provider users above get no documentation tasks of them.
    const quietMentor = await insertUser(db(), provider, ['provider_staff']);
    const k7 = await course('Hans K7', -3, { caseworkers: [users.cw2], mentor: quietMentor });
    await db()
      .insertInto('citizenCircumstance')
      .values({ citizenId: k7.citizenId, firstRequestOn: day(-6) })
      .execute();
    await talk({ citizenId: k7.citizenId, courseId: null }, day(-5), 'held');
    // K8: on a course for 60 days with its first talk held, but the register shows a change of benefit
    // this week or last (130 → 740): a new period, whose first talk is due a week after its Monday.
    const k8 = await course('Ida K8', -60, { caseworkers: [users.cw2], mentor: quietMentor });
    await talk(k8, day(-58), 'held');
    await insertFixtureCodebook(db());
    await db()
      .insertInto('registerCode')
      .values({ code: '740', meaning: 'Ledighedsydelse', category: 'benefit' })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const firstMonday = mondayOf(day(-200));
    const codes: Record<string, number> = {};
    for (let monday = changeMonday; monday <= day(30); monday = addDays(monday, 7)) codes[monday] = 740;
    const { cpr } = await db()
      .selectFrom('citizen')
      .select('cprEncrypted')
      .where('id', '=', k8.citizenId)
      .executeTakeFirstOrThrow()
      .then((row) => ({ cpr: decrypt(keys, row.cprEncrypted) }));
    await insertRegisterPerson(db(), keys, cpr, {
      batchId: await insertImportBatch(db()),
      firstWeekMonday: firstMonday,
      weeks: Object.keys(codes).length + weekIndex(firstMonday, changeMonday),
      codes,
    });
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
      k7: k7.courseId,
      k8: k8.courseId,
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
    // cw2: the unassigned course and their own (K4, whose first talk is long overdue); K7's first talk
    // was held without a course; K8's new benefit period calls for a new first talk.
    const dueK8 = addDays(changeMonday, 7);
    expect(await summary(users.cw2)).toEqual([
      ['talk_due', ids.k4, day(-53), true, 'Dora K4'],
      ['talk_due', ids.k3, day(-23), true, 'Carl K3'],
      ['talk_due', ids.k8, dueK8, dueK8 < todayInCopenhagen(), 'Ida K8'],
    ]);
    const k8 = (await listTasks(ctxOf(users.cw2))).items.find((t) => t.courseId === ids.k8);
    expect(k8).toMatchObject({ detail: 'first' });
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
