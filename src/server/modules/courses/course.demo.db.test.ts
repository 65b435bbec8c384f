import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keys } from '../../platform/crypto/keys.ts';
import { seededDemoDatabase } from '../../../../test/support/demo-db.ts';
import { type TestDatabase } from '../../../../test/support/db.ts';
import { ctxFor } from '../../../../test/support/factories.ts';
import type { Role } from '../../../shared/permissions.ts';
import type { Actor } from '../../platform/context.ts';
import { decrypt } from '../../platform/crypto/keys.ts';
import { seedDemo } from '../../seed/demo.ts';
import { getBilling } from './billing.service.ts';
import { checkTransition, type Stage } from './course.rules.ts';
import { checkEligibility, factsFromCpr, type EligibilityRule } from '../referrals/eligibility.rules.ts';
import { planDocumentType } from '../../../shared/courses/legal-rules.ts';

let database: TestDatabase;
let keys: Keys;

const TABLES = [
  'citizen',
  'citizenCircumstance',
  'eligibilityRule',
  'referral',
  'course',
  'courseCaseworker',
  'courseStage',
  'placement',
  'courseEntry',
  'courseDocument',
  'planStart',
  'jobTalk',
  'treatmentReferral',
  'appUser',
] as const;

async function counts() {
  const result = {} as Record<(typeof TABLES)[number] | 'ourCourses' | 'ourStages', number>;
  for (const table of TABLES) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  // Other modules' demos (the outcomes tables) add historical courses without a referral.
  result.ourCourses = (await ourCourses()).length;
  const stages = await database.db
    .selectFrom('courseStage as s')
    .innerJoin('course as c', 'c.id', 's.courseId')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.referralId', 'is not', null)
    .executeTakeFirstOrThrow();
  result.ourStages = Number(stages.n);
  return result;
}

/** The courses of this demo: each came from a referral. */
function ourCourses() {
  return database.db.selectFrom('course').selectAll().where('referralId', 'is not', null).execute();
}

async function actor(username: string): Promise<Actor> {
  const row = await database.db
    .selectFrom('appUser as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisationId')
    .select(['u.id', 'u.username', 'u.displayName', 'u.roles', 'o.id as orgId', 'o.kind', 'o.name'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    userId: row.id,
    username: row.username,
    displayName: row.displayName,
    organisationId: row.orgId,
    organisationKind: row.kind,
    organisationName: row.name,
    roles: row.roles as Role[],
  };
}

beforeAll(async () => {
  ({ database, keys } = await seededDemoDatabase());
});
afterAll(() => database?.close());

describe('courses demo data', () => {
  it('has a few hundred citizens with courses, and changes nothing when seeded again', async () => {
    const before = await counts();
    expect(before.citizen).toBeGreaterThanOrEqual(36 + 290);
    expect(before.citizenCircumstance).toBeGreaterThanOrEqual(290);
    expect(before.ourCourses).toBeGreaterThan(200);
    expect(before.ourStages).toBeGreaterThan(before.ourCourses * 2);
    expect(before.placement).toBeGreaterThan(100);
    expect(before.courseEntry).toBeGreaterThan(before.ourCourses);
    expect(before.jobTalk).toBeGreaterThan(before.ourCourses);
    expect(before.planStart).toBeGreaterThan(5);
    expect(before.treatmentReferral).toBeGreaterThan(5);
    expect(before.eligibilityRule).toBe(7);
    await seedDemo(database.db, keys, 'test');
    expect(await counts()).toEqual(before);
  });

  it('has mostly accepted referrals, some pending and a few rejected with a reason', async () => {
    const rows = await database.db.selectFrom('referral').select(['status', 'decisionReason']).execute();
    const by = (status: string) => rows.filter((r) => r.status === status);
    expect(by('accepted').length).toBeGreaterThan(rows.length * 0.8);
    expect(by('pending').length).toBeGreaterThanOrEqual(5);
    expect(by('rejected').length).toBeGreaterThanOrEqual(5);
    expect(by('rejected').every((r) => r.decisionReason)).toBe(true);
  });

  it('gives every course dated stages that follow the state machine and match its dates', async () => {
    const courses = await ourCourses();
    const stages = await database.db.selectFrom('courseStage').selectAll().orderBy('startsOn').execute();
    for (const course of courses) {
      const own = stages.filter((s) => s.courseId === course.id);
      expect(own[0]!.startsOn).toBe(course.startsOn);
      let previous: Stage | null = null;
      for (const [i, stage] of own.entries()) {
        expect(checkTransition(previous, stage.stage), `${stage.stage} after ${previous}`).toEqual({
          ok: true,
        });
        previous = stage.stage;
        const next = own[i + 1];
        if (next) expect(stage.endsOn! < next.startsOn).toBe(true);
      }
      const open = own.filter((s) => s.endsOn === null);
      const inAftercare = course.aftercareStartsOn !== null && course.aftercareEndsOn === null;
      expect(open.length).toBe(course.endsOn === null || inAftercare ? 1 : 0);
      if (course.aftercareStartsOn) expect(own.at(-1)!.stage).toBe('aftercare');
      if (course.endsOn) {
        const lastProgramme = own.filter((s) => s.stage !== 'aftercare').at(-1)!;
        expect(lastProgramme.endsOn).toBe(course.endsOn);
        expect(course.endReason).not.toBeNull();
      }
    }
  });

  it('places citizens at companies of their own provider’s network', async () => {
    const rows = await database.db
      .selectFrom('placement as p')
      .innerJoin('course as c', 'c.id', 'p.courseId')
      .leftJoin('companyPartnership as cp', (join) =>
        join.onRef('cp.companyId', '=', 'p.companyId').onRef('cp.providerId', '=', 'c.providerId'),
      )
      .select(['p.kind', 'cp.id as partnershipId'])
      .where('c.referralId', 'is not', null)
      .execute();
    expect(rows.every((r) => r.partnershipId !== null)).toBe(true);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['internship', 'small_job', 'wage_subsidy']));
  });

  it('chooses the plan document by date and refers accepted citizens only when eligible', async () => {
    const plans = await database.db.selectFrom('planStart').select(['planType', 'startedOn']).execute();
    expect(plans.every((p) => p.planType === planDocumentType(p.startedOn))).toBe(true);
    expect(new Set(plans.map((p) => p.planType))).toEqual(
      new Set(['forberedende_plan', 'samlet_beskrivelse']),
    );

    const rules = await database.db.selectFrom('eligibilityRule').selectAll().execute();
    const referrals = await database.db
      .selectFrom('referral as r')
      .innerJoin('frameworkAgreement as a', 'a.id', 'r.agreementId')
      .innerJoin('citizen as c', 'c.id', 'r.citizenId')
      .innerJoin('citizenCircumstance as cc', 'cc.citizenId', 'r.citizenId')
      .select(['r.status', 'r.referredOn', 'a.tenderAreaId', 'c.cprEncrypted'])
      .selectAll('cc')
      .execute();
    for (const referral of referrals) {
      const areaRules: EligibilityRule[] = rules.filter((r) => r.tenderAreaId === referral.tenderAreaId);
      const check = checkEligibility(
        areaRules,
        {
          ...factsFromCpr(decrypt(keys, referral.cprEncrypted)),
          ...referral,
          // Sealed since migration 0017.
          minorityBackground: referral.minorityBackgroundEncrypted
            ? decrypt(keys, referral.minorityBackgroundEncrypted) === 'true'
            : null,
        },
        referral.referredOn,
      );
      expect(check.results.length).toBeGreaterThanOrEqual(3);
      if (referral.status !== 'rejected') expect(check.eligible, JSON.stringify(check)).toBe(true);
    }
  });

  it('gives the demo users courses of their own', async () => {
    const mentors = await database.db
      .selectFrom('course')
      .innerJoin('appUser', 'appUser.id', 'course.mentorUserId')
      .select(['appUser.username', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('appUser.username')
      .execute();
    const byMentor = new Map(mentors.map((m) => [m.username, Number(m.n)]));
    for (const username of ['sydhavn', 'settlementet', 'servisio-mentor', 'krydderier-mentor']) {
      expect(byMentor.get(username) ?? 0).toBeGreaterThan(10);
    }
    const caseworker = await database.db
      .selectFrom('courseCaseworker')
      .innerJoin('appUser', 'appUser.id', 'courseCaseworker.userId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('appUser.username', '=', 'sagsbehandler')
      .executeTakeFirstOrThrow();
    expect(Number(caseworker.n)).toBeGreaterThan(100);
  });

  it('prices every course-week of 2025–2027: billing has no problems', async () => {
    const procurement = ctxFor(database.db, keys, await actor('indkoeb'));
    const view = await getBilling(procurement, { from: '2025-01', to: '2027-12' }, { asOf: '2027-12-31' });
    expect(view.problems).toEqual([]);
    // The four current seed providers and the synthetic provider (its year, issue 14).
    expect(view.providerTotals).toHaveLength(5);
    expect(view.total.programme.weeks).toBeGreaterThan(5_000);
    expect(view.total.aftercare.weeks).toBeGreaterThan(100);
    expect(view.total.courses).toBeGreaterThanOrEqual((await ourCourses()).length);
  });

  it("shows SydhavnsCompagniet's lead the own courses with citizens' names", async () => {
    const lead = ctxFor(database.db, keys, await actor('sydhavn-leder'));
    const view = await getBilling(lead, { from: '2026-01', to: '2026-06' });
    expect(view.providers.map((p) => p.name)).toEqual(['SydhavnsCompagniet']);
    expect(view.rows.length).toBe(6);
    expect(view.courseLines!.length).toBeGreaterThan(50);
    expect(view.problems).toEqual([]);
  });
});
