import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildCpr, buildWorld, insertCitizen } from '../../../../test/support/factories.ts';
import { encrypt } from '../../platform/crypto/keys.ts';
import { insertImportBatch, insertRegisterPerson } from '../outcomes/outcome.fixtures.ts';
import { CITIZEN_ACTIVITY, CITIZEN_TABLES_WITH_OWN_RULE } from './retention.repository.ts';
import { claimDailyRun, listDeletionLog, runRetention } from './retention.service.ts';

let database: TestDatabase;
const keys = testKeys();
const actor = { userId: null, username: 'cli:tester', organisationId: null };
const NOW = new Date('2026-12-06T10:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const db = () => database.db;

async function citizenWithCourse(
  jobCentreId: string,
  providerId: string,
  startsOn: string,
  endsOn: string | null,
) {
  const citizen = await insertCitizen(db(), keys, { jobCentreId, providerIds: [providerId] });
  const course = await db()
    .insertInto('course')
    .values({ citizenId: citizen.id, providerId, startsOn, endsOn, endReason: endsOn ? 'other' : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db()
    .insertInto('courseEntry')
    .values({
      courseId: course.id,
      citizenId: citizen.id,
      entryOn: startsOn,
      kind: 'note',
      textEncrypted: encrypt(keys, 'Synthetic'),
    })
    .execute();
  // A pause names no citizen (only its course): it must go with the course (ON DELETE CASCADE).
  await db()
    .insertInto('coursePause')
    .values({ courseId: course.id, kind: 'illness', fromDate: startsOn, toDate: startsOn })
    .execute();
  await db()
    .insertInto('jobTalk')
    .values({
      citizenId: citizen.id,
      courseId: course.id,
      obligation: 'first',
      scheduledOn: startsOn,
      venue: 'phone',
    })
    .execute();
  // As if nothing was touched since the course: the rows' own timestamps are the course's.
  for (const table of ['citizen', 'course', 'job_talk']) {
    await sql`UPDATE ${sql.table(table)} SET updated_at = ${startsOn}::date WHERE ${sql.ref(table === 'citizen' ? 'id' : 'citizen_id')} = ${citizen.id}`.execute(
      db(),
    );
  }
  for (const table of ['citizen_provider_link', 'course_entry', 'job_talk']) {
    await sql`UPDATE ${sql.table(table)} SET created_at = ${startsOn}::date WHERE citizen_id = ${citizen.id}`.execute(
      db(),
    );
  }
  return citizen;
}

async function citizenIds(): Promise<string[]> {
  return (await db().selectFrom('citizen').select('id').execute()).map((r) => r.id);
}

describe('the retention run', () => {
  it('considers every table that names a citizen', async () => {
    const { rows } = await sql<{ table: string }>`
      SELECT table_name AS table FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'citizen_id'`.execute(db());
    const listed = [...CITIZEN_ACTIVITY.map((t) => t.table), ...CITIZEN_TABLES_WITH_OWN_RULE];
    expect(rows.map((r) => r.table).sort()).toEqual([...listed].sort());
  });

  it('deletes citizens whose case ended before the period, with their rows and register data, and logs counts', async () => {
    const world = await buildWorld(db(), keys);
    const { jobCentre, providerA } = world.organisations;
    const old = await citizenWithCourse(jobCentre.id, providerA.id, '2019-03-04', '2021-06-30');
    const recent = await citizenWithCourse(jobCentre.id, providerA.id, '2021-03-01', '2023-01-31');
    const running = await citizenWithCourse(jobCentre.id, providerA.id, '2015-01-05', null);
    const batch = await insertImportBatch(db());
    await insertRegisterPerson(db(), keys, old.cpr, { batchId: batch });
    await insertRegisterPerson(db(), keys, recent.cpr, { batchId: batch });
    // Register persons who are no citizen here: one whose weeks ended in 2020, one still current.
    await insertRegisterPerson(db(), keys, buildCpr(), {
      batchId: batch,
      firstWeekMonday: '2018-12-31',
      weeks: 60,
    });
    await insertRegisterPerson(db(), keys, buildCpr(), {
      batchId: batch,
      firstWeekMonday: '2022-01-03',
      weeks: 200,
    });
    const registerBefore = await db().selectFrom('registerPerson').select('personHash').execute();

    const dry = await runRetention(db(), keys, { dryRun: true, now: NOW, actor });
    const count = (result: typeof dry, rule: string, entity: string) =>
      result.lines.find((l) => l.rule === rule && l.entity === entity)?.count;
    expect(count(dry, 'citizen_case', 'citizen')).toBe(1);
    expect(count(dry, 'register_person', 'register_person')).toBe(1);
    expect(await citizenIds()).toContain(old.id);
    expect(await listDeletionLog(db())).toEqual([]);

    const run = await runRetention(db(), keys, { now: NOW, actor });
    expect(count(run, 'citizen_case', 'citizen')).toBe(1);
    expect(count(run, 'citizen_case', 'register_person')).toBe(1);
    expect(count(run, 'register_person', 'register_person')).toBe(1);
    const left = await citizenIds();
    expect(left).not.toContain(old.id);
    expect(left).toEqual(expect.arrayContaining([recent.id, running.id]));
    for (const table of CITIZEN_ACTIVITY.map((t) => t.table)) {
      const { rows } = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE citizen_id = ${old.id}`.execute(db());
      expect(rows[0]!.n, table).toBe(0);
    }
    expect(await db().selectFrom('registerPerson').select('personHash').execute()).toHaveLength(
      registerBefore.length - 2,
    );
    // Rows without citizen_id go with their course: the old citizen's pause is gone, the others' stay.
    expect(await db().selectFrom('coursePause').select('id').execute()).toHaveLength(2);

    const log = await listDeletionLog(db());
    expect(log.map((l) => [l.rule, l.entity, l.deleted, l.ranBy])).toEqual(
      expect.arrayContaining([
        ['citizen_case', 'citizen', 1, 'cli:tester'],
        ['register_person', 'register_person', 1, 'cli:tester'],
        ['audit', 'audit_event', 0, 'cli:tester'],
      ]),
    );
    expect(log.find((l) => l.rule === 'citizen_case')).toMatchObject({
      period: '5 years',
      cutoff: '2021-12-06T10:00:00.000Z',
    });
    // The log holds no personal data: nothing in it names a citizen.
    expect(JSON.stringify(log)).not.toContain(old.id);
    const audit = await db()
      .selectFrom('auditEvent')
      .select(['action', 'citizenId'])
      .where('entityType', '=', 'retention_run')
      .execute();
    expect(audit).toEqual([{ action: 'delete', citizenId: null }]);

    // Again: nothing more is due.
    const again = await runRetention(db(), keys, { now: NOW, actor });
    expect(again.lines.filter((l) => l.rule !== 'sign_in').every((l) => l.count === 0)).toBe(true);
  });

  it('keeps an import that a register row or a saved report names, and deletes an old one nothing names', async () => {
    const named = await insertImportBatch(db());
    const unnamed = await insertImportBatch(db(), 'courses');
    await insertRegisterPerson(db(), keys, buildCpr(), {
      batchId: named,
      firstWeekMonday: '2026-01-05',
      weeks: 40,
    });
    await sql`UPDATE import_batch SET started_at = '2024-01-01' WHERE id IN (${named}, ${unnamed})`.execute(
      db(),
    );
    await runRetention(db(), keys, { now: NOW, actor });
    const ids = (await db().selectFrom('importBatch').select('id').execute()).map((r) => r.id);
    expect(ids).toContain(named);
    expect(ids).not.toContain(unnamed);
  });

  it('lets one instance a day claim the daily run', async () => {
    expect(await claimDailyRun(db())).toBe(true);
    expect(await claimDailyRun(db())).toBe(false);
    await sql`UPDATE system_setting SET updated_at = now() - interval '24 hours' WHERE key = 'retention_daily_claim'`.execute(
      db(),
    );
    expect(await claimDailyRun(db())).toBe(true);
  });
});
