// The seed 004 measures on the follow-up page (activation-measures.service.ts) through HTTP, on a known small
// data set in 2024: exact counts per provider and programme, the comparison group, the rule sources, the
// provider's own rows only, and the period check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpMeasures } from '../../../shared/courses/activation-measures.schemas.ts';
import { encrypt } from '../../platform/crypto/keys.ts';
import {
  buildCpr,
  buildWorld,
  ctxFor,
  insertCitizen,
  TEST_PASSWORD,
} from '../../../../test/support/factories.ts';
import { createMeeting, generateAgenda } from '../meetings/meeting.service.ts';
import { todayInCopenhagen } from '../../../shared/dates.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { testRng } from '../../../../test/support/seed.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import {
  insertFixtureCodebook,
  insertImportBatch,
  insertRegisterPerson,
} from '../outcomes/outcome.fixtures.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
const rng = testRng('activation-measures.routes.test');
const PERIOD = '/api/followup/measures?from=2024-01-01&to=2024-12-31';

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  const keys = server.runtime.keys;
  world = await buildWorld(db, keys);
  const { jobCentre, providerA, providerB } = world.organisations;
  const { agreementId: agreementA } = await insertCourseAgreement(db, providerA.id);
  const { agreementId: agreementB } = await insertCourseAgreement(db, providerB.id);
  const company = await db
    .insertInto('company')
    .values({ cvr: syntheticCvr(rng), name: 'Syntetisk Værksted ApS' })
    .returning('id')
    .executeTakeFirstOrThrow();

  async function citizen(cpr: string, activityReady: boolean, firstRequestOn: string | null) {
    const row = await insertCitizen(db, keys, { jobCentreId: jobCentre.id, cpr });
    await db
      .insertInto('citizenCircumstance')
      .values({ citizenId: row.id, activityReady, firstRequestOn })
      .execute();
    return row.id;
  }
  const placement = (
    citizenId: string,
    kind: 'internship' | 'wage_subsidy',
    startsOn: string,
    endsOn: string | null,
  ) =>
    db.insertInto('placement').values({ citizenId, companyId: company.id, kind, startsOn, endsOn }).execute();
  const progression = (courseId: string, citizenId: string, entryOn: string) =>
    db
      .insertInto('courseEntry')
      .values({
        courseId,
        citizenId,
        entryOn,
        kind: 'progression',
        textEncrypted: encrypt(keys, 'Syntetisk progression: møder stabilt'),
      })
      .execute();
  const over30 = () => buildCpr({ bornFrom: 1960, bornTo: 1985 });

  // c1: deadline 15 Jul 2024; internship begins on the deadline: timely. Progression documented.
  const c1 = await citizen(over30(), true, '2024-01-15');
  const course1 = await insertCourse(db, {
    citizenId: c1,
    providerId: providerA.id,
    agreementId: agreementA,
    startsOn: '2024-02-01',
  });
  await placement(c1, 'internship', '2024-07-15', '2024-08-30');
  await progression(course1, c1, '2024-09-01');
  // c2: deadline 10 Aug 2024; internship begins 2 Sep: late.
  const c2 = await citizen(over30(), true, '2024-02-10');
  await insertCourse(db, {
    citizenId: c2,
    providerId: providerA.id,
    agreementId: agreementA,
    startsOn: '2024-03-01',
  });
  await placement(c2, 'internship', '2024-09-02', null);
  // c3: no first request; the register's benefit run begins Monday 4 Mar 2024 → deadline 4 Sep; no offer.
  const cpr3 = over30();
  const c3 = await citizen(cpr3, true, null);
  await insertFixtureCodebook(db);
  const batchId = await insertImportBatch(db);
  const codes: Record<string, number> = {};
  for (let week = 0; week < 9; week++) {
    const monday = new Date(Date.UTC(2024, 0, 1 + 7 * week)).toISOString().slice(0, 10);
    codes[monday] = 0; // 1 Jan – 3 Mar 2024: no benefit
  }
  await insertRegisterPerson(db, keys, cpr3, { batchId, firstWeekMonday: '2024-01-01', weeks: 60, codes });
  const course3 = await insertCourse(db, {
    citizenId: c3,
    providerId: providerB.id,
    agreementId: agreementB,
    startsOn: '2024-04-01',
  });
  await progression(course3, c3, '2025-01-10'); // after the period: not counted
  // c4: aged 24; deadline 2 Jul 2024; wage subsidy begins 20 Jul (within 3 weeks): timely, not compared.
  // Born 1 Jan 2000 (the 7th digit 4 tells the century; the synthetic generator covers 1900–1999 only).
  const c4 = await citizen(`0101004${String(100 + Math.floor(rng() * 900))}`, true, '2024-01-02');
  await insertCourse(db, {
    citizenId: c4,
    providerId: providerA.id,
    agreementId: agreementA,
    startsOn: '2024-01-05',
  });
  await placement(c4, 'wage_subsidy', '2024-07-20', '2024-12-20');
  // c5: no course; deadline 1 Sep 2024; no offer: missing in the comparison only.
  await citizen(over30(), true, '2024-03-01');
  // c6: not activity-ready, deadline in 2023; a course at A ending 31 Jan 2024 (in the outreach population).
  const c6 = await citizen(over30(), false, '2023-01-01');
  await insertCourse(db, {
    citizenId: c6,
    providerId: providerA.id,
    agreementId: agreementA,
    startsOn: '2023-02-01',
    endsOn: '2024-01-31',
    endReason: 'dropped_out',
  });
});
afterAll(() => server?.close());

async function signedIn(who: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[who].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

const rate = (numerator: number, denominator: number, percent: number | null) => ({
  numerator,
  denominator,
  percent,
});

describe('follow-up measures (seed 004)', () => {
  it('counts timeliness of activation and outreach per provider, with all activity-ready over 30', async () => {
    const client = await signedIn('analyst');
    const response = await client.get<FollowUpMeasures>(PERIOD);
    expect(response.status).toBe(200);
    const { rows, total, comparison, rules, expectedOutreachPercent } = response.body;
    const rowA = rows.find((r) => r.providerId === world.organisations.providerA.id)!;
    const rowB = rows.find((r) => r.providerId === world.organisations.providerB.id)!;
    expect(rows).toHaveLength(2);
    expect(rowA.activation).toEqual({
      due: 3,
      timely: 2,
      late: 1,
      missing: 0,
      derived: 0,
      timeliness: rate(2, 3, 67),
    });
    expect(rowA.outreach).toEqual({
      citizens: 4,
      internship: 2,
      progression: 1,
      reached: 2,
      share: rate(2, 4, 50),
    });
    expect(rowB.activation).toEqual({
      due: 1,
      timely: 0,
      late: 0,
      missing: 1,
      derived: 1,
      timeliness: rate(0, 1, 0),
    });
    expect(rowB.outreach).toEqual({
      citizens: 1,
      internship: 0,
      progression: 0,
      reached: 0,
      share: rate(0, 1, 0),
    });
    expect(total.activation.timeliness).toEqual(rate(2, 4, 50));
    expect(total.outreach.share).toEqual(rate(2, 5, 40));
    // c1 timely, c2 late, c3 and c5 missing; c4 is under 30 and c6 not activity-ready.
    expect(comparison).toEqual({
      due: 4,
      timely: 1,
      late: 1,
      missing: 2,
      derived: 1,
      timeliness: rate(1, 4, 25),
    });
    expect(rules.map((r) => r.validFrom)).toEqual(['2020-01-01', '2026-07-01']);
    expect(rules[0]!.source).toContain('LAB § 102');
    expect(expectedOutreachPercent).toBe(50);
  });

  it("gives a provider's lead only their own provider's rows, with the same comparison", async () => {
    const client = await signedIn('providerLead');
    const response = await client.get<FollowUpMeasures>(PERIOD);
    expect(response.status).toBe(200);
    expect(response.body.rows.map((r) => r.providerId)).toEqual([world.organisations.providerA.id]);
    expect(response.body.comparison.due).toBe(4);
  });

  it('counts nothing due in a period whose deadlines have not come', async () => {
    const client = await signedIn('analyst');
    const response = await client.get<FollowUpMeasures>(
      '/api/followup/measures?from=2024-01-01&to=2024-06-30',
    );
    expect(response.body.comparison.due).toBe(0);
    expect(response.body.total.activation.timeliness.percent).toBeNull();
  });

  it('refuses a period that ends before it begins, in Danish', async () => {
    const client = await signedIn('analyst');
    const response = await client.get<{ error: { fields: Record<string, string> } }>(
      '/api/followup/measures?from=2024-12-31&to=2024-01-01',
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ to: 'Slutdatoen må ikke ligge før startdatoen.' });
  });
  it("puts the provider's measures in the follow-up meeting's agenda, beside job talks", async () => {
    const ctx = ctxFor(server.database.db, server.runtime.keys, world.users.procurement);
    const { id } = await createMeeting(ctx, world.organisations.providerA.id, {
      heldOn: todayInCopenhagen(),
    });
    const meeting = await generateAgenda(ctx, id);
    const talks = meeting.agenda!.sections.find((s) => s.key === 'talks')!;
    // The agenda looks back over the last 12 whole months: this data set (2024) has no deadline in them.
    expect(talks.figures.map((f) => [f.key, f.unit])).toEqual([
      ['talks_due', 'count'],
      ['talks_on_time', 'percent'],
      ['talks_attended', 'percent'],
      ['activation_on_time', 'percent'],
      ['outreach_reached', 'percent'],
    ]);
  });
});
