// The follow-up statistics of job talks (talk.service.ts) on a known small data set: exact counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import type { Actor } from '../../platform/context.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';
import {
  insertFixtureCodebook,
  insertImportBatch,
  insertRegisterPerson,
} from '../outcomes/outcome.fixtures.ts';
import { createCitizenTalk, exportTalkFollowUp, getTalkFollowUp, updateTalk } from './talk.service.ts';
import { testRng } from '../../../../test/support/seed.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const rng = testRng('talk-followup.service.test');

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const db = () => database.db;
const ctxOf = (actor: Actor) => ctxFor(database.db, keys, actor);
const ctx = (who: keyof typeof world.users) => ctxOf(world.users[who]);

describe('follow-up statistics', () => {
  // 2025 holds only this data set; the tests above schedule their talks in 2026.
  const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
  let courseA1 = '';
  let areaA = '';
  let areaB = '';

  /** A citizen born on the date (from the CPR number) with their activity-readiness recorded. */
  async function citizen(jobCentreId: string, cpr: string, activityReady: boolean) {
    const row = await insertCitizen(db(), keys, { jobCentreId, cpr });
    await db().insertInto('citizenCircumstance').values({ citizenId: row.id, activityReady }).execute();
    return row.id;
  }

  async function talk(
    citizenId: string,
    courseId: string | null,
    scheduledOn: string,
    outcome: 'planned' | 'held' | 'not_attended' | 'cancelled',
    values: { heldOn?: string; deadline?: string | null } = {},
  ) {
    await db()
      .insertInto('jobTalk')
      .values({
        citizenId,
        courseId,
        obligation: 'follow_up',
        deadline: values.deadline === undefined ? '2025-06-30' : values.deadline,
        scheduledOn,
        venue: 'provider',
        outcome,
        heldOn: outcome === 'held' ? (values.heldOn ?? scheduledOn) : null,
      })
      .execute();
  }

  const suffix = () => String(1000 + Math.floor(rng() * 8999)).slice(0, 4);

  beforeAll(async () => {
    const { jobCentre, otherJobCentre, providerA, providerB } = world.organisations;
    ({ tenderAreaId: areaA } = await insertCourseAgreement(db(), providerA.id));
    const agreementA = await db()
      .selectFrom('frameworkAgreement')
      .select('id')
      .where('tenderAreaId', '=', areaA)
      .executeTakeFirstOrThrow();
    const { agreementId: agreementB, tenderAreaId } = await insertCourseAgreement(db(), providerB.id);
    areaB = tenderAreaId;
    // c1: born 10 May 1980, activity-ready, at provider A under an agreement.
    const c1 = await citizen(jobCentre.id, `100580${suffix().replace(/^./, '1')}`, true);
    // c2: born 1 Jan 2000 (aged 25), activity-ready, at provider A without an agreement.
    const c2 = await citizen(jobCentre.id, `010100${suffix().replace(/^./, '4')}`, true);
    // c3: aged 50, not activity-ready, at provider B (another job centre).
    const c3 = await citizen(otherJobCentre.id, `020275${suffix().replace(/^./, '2')}`, false);
    // c4: no course; turns 30 on 15 June 2025.
    const c4 = await citizen(jobCentre.id, `150695${suffix().replace(/^./, '3')}`, true);
    courseA1 = await insertCourse(db(), {
      citizenId: c1,
      providerId: providerA.id,
      agreementId: agreementA.id,
      startsOn: '2025-01-06',
    });
    const courseA2 = await insertCourse(db(), {
      citizenId: c2,
      providerId: providerA.id,
      startsOn: '2025-01-06',
    });
    const courseB = await insertCourse(db(), {
      citizenId: c3,
      providerId: providerB.id,
      agreementId: agreementB,
      startsOn: '2025-01-06',
    });
    await talk(c1, courseA1, '2025-03-01', 'held', { heldOn: '2025-03-01' });
    await talk(c1, courseA1, '2025-07-01', 'held', { heldOn: '2025-07-02' });
    await talk(c1, courseA1, '2025-08-01', 'not_attended');
    await talk(c1, courseA1, '2025-09-01', 'cancelled');
    await talk(c1, courseA1, '2025-12-20', 'planned');
    await talk(c1, courseA1, '2024-12-31', 'held'); // outside the period
    await talk(c2, courseA2, '2025-02-01', 'held');
    await talk(c3, courseB, '2025-02-01', 'held');
    await talk(c3, courseB, '2025-05-01', 'held');
    await talk(c3, courseB, '2025-06-01', 'not_attended');
    await talk(c4, null, '2025-06-14', 'not_attended'); // aged 29: not compared
    await talk(c4, null, '2025-06-15', 'held', { deadline: null }); // aged 30, no deadline: timely
  });

  const counts = (called: number, held: number, timely: number) => ({
    called,
    held,
    notAttended: called - held,
    timely,
    timeliness: {
      numerator: timely,
      denominator: held,
      percent: held ? Math.round((100 * timely) / held) : null,
    },
    attendance: {
      numerator: held,
      denominator: called,
      percent: called ? Math.round((100 * held) / called) : null,
    },
  });

  it('counts per provider and programme, with the comparison group, as exact fractions', async () => {
    const result = await getTalkFollowUp(ctx('analyst'), PERIOD);
    const { providerA, providerB } = world.organisations;
    expect(result).toMatchObject(PERIOD);
    expect(
      result.rows.map(
        ({ providerId, tenderAreaId, programmeName, providerName: _p, tenderName: _t, ...rest }) => ({
          providerId,
          tenderAreaId,
          programmeName,
          ...rest,
        }),
      ),
    ).toEqual(
      [
        { providerId: providerA.id, tenderAreaId: null, programmeName: null, ...counts(1, 1, 1) },
        {
          providerId: providerA.id,
          tenderAreaId: areaA,
          programmeName: 'Udsatte borgere',
          ...counts(3, 2, 1),
        },
        {
          providerId: providerB.id,
          tenderAreaId: areaB,
          programmeName: 'Udsatte borgere',
          ...counts(3, 2, 2),
        },
      ].sort((a, b) => {
        const name = (id: string) => (id === providerA.id ? providerA.name : providerB.name);
        return (
          name(a.providerId).localeCompare(name(b.providerId), 'da') ||
          (a.programmeName ?? '').localeCompare(b.programmeName ?? '')
        );
      }),
    );
    expect(result.total).toEqual(counts(7, 5, 4));
    // c1 (45) and c4 from the day she turned 30; not c2 (25) nor c3 (not activity-ready).
    expect(result.comparison).toEqual(counts(4, 3, 2));
    expect(result.comparison.attendance).toEqual({ numerator: 3, denominator: 4, percent: 75 });
    expect(result.comparison.timeliness).toEqual({ numerator: 2, denominator: 3, percent: 67 });
  });

  it('gives a provider lead only their own provider’s rows, and the same comparison', async () => {
    const result = await getTalkFollowUp(ctx('providerLead'), PERIOD);
    expect(new Set(result.rows.map((r) => r.providerId))).toEqual(
      new Set([world.organisations.providerA.id]),
    );
    expect(result.total).toEqual(counts(4, 3, 2));
    expect(result.comparison).toEqual(counts(4, 3, 2));
  });

  it('gives caseworkers every provider, as counts', async () => {
    const result = await getTalkFollowUp(ctx('caseworker'), PERIOD);
    expect(result.rows).toHaveLength(3);
    expect(result.total).toEqual(counts(7, 5, 4));
  });

  it('audits the statistics without a citizen, and exports the same numbers', async () => {
    await getTalkFollowUp(ctx('procurement'), PERIOD);
    const exported = await exportTalkFollowUp(ctx('procurement'), { ...PERIOD, format: 'csv' });
    const rows = await db()
      .selectFrom('auditEvent')
      .select(['action', 'citizenId', 'criteria'])
      .where('entityType', '=', 'job_talk_statistics')
      .where('actorUsername', '=', world.users.procurement.username)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => [r.action, r.citizenId])).toEqual([
      ['read', null],
      ['export', null],
    ]);
    const table = exported.tables[0] as unknown as {
      rows: unknown[];
      totals: { provider: string; called: number }[];
    };
    expect(table.rows).toHaveLength(3);
    expect(table.totals.map((t) => [t.provider, t.called])).toEqual([
      ['I alt', 7],
      ['Alle aktivitetsparate over 30 år', 4],
    ]);
  });

  it('keeps talks of the course outside the period out', async () => {
    const result = await getTalkFollowUp(ctx('analyst'), { from: '2024-12-01', to: '2024-12-31' });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ tenderAreaId: areaA, held: 1, called: 1 });
    expect(courseA1).not.toBe('');
  });

  it('judges timeliness by the benefit period, not the course start: the register and talks without a course', async () => {
    // 2023 holds only this case. Born 1 Mar 1980, activity-ready; cash benefit (130) in the register from
    // Monday 2 Jan 2023, the course from 16 Jan 2023.
    const { jobCentre, providerA } = world.organisations;
    const cpr = `010380${suffix().replace(/^./, '1')}`;
    const id = await citizen(jobCentre.id, cpr, true);
    await insertFixtureCodebook(db());
    await insertRegisterPerson(db(), keys, cpr, {
      batchId: await insertImportBatch(db()),
      firstWeekMonday: '2023-01-02',
      weeks: 52,
    });
    const courseId = await insertCourse(db(), {
      citizenId: id,
      providerId: providerA.id,
      startsOn: '2023-01-16',
    });
    const cw = ctx('caseworker');
    // The first talk, without a course: due 9 Jan (a week from the first benefit week), held on 12 Jan.
    const first = await createCitizenTalk(cw, id, { scheduledOn: '2023-01-12', venue: 'job_centre' });
    expect(first).toMatchObject({ courseId: null, obligation: 'first', deadline: '2023-01-09' });
    await updateTalk(cw, first.id, { outcome: 'held', heldOn: '2023-01-12' });
    // On the course: talks 2–4 are due within the period's first 6 months, counted from 2 Jan.
    const second = await createCitizenTalk(cw, id, { scheduledOn: '2023-06-30', venue: 'phone', courseId });
    expect(second).toMatchObject({ obligation: 'follow_up', deadline: '2023-07-01' });
    await updateTalk(cw, second.id, { outcome: 'held', heldOn: '2023-07-03' });
    const result = await getTalkFollowUp(ctx('analyst'), { from: '2023-01-01', to: '2023-12-31' });
    // The course's row has its own talk (late by the period); the comparison has both, neither timely
    // (counted from the course start both would have been).
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject(counts(1, 1, 0));
    expect(result.comparison).toEqual(counts(2, 2, 0));
  });
});
