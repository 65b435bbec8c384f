// Issue 12, item 3: ending a course with placements still running. The end is refused until each running
// placement is decided — ended on the course's end day, or continued as part of aftercare — so the
// timeline is never left inconsistent silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import { insertCourse } from './course.fixtures.ts';
import { endCourse } from './course.service.ts';
import { testRng } from '../../../../test/support/seed.ts';

let database: TestDatabase;
const keys = testKeys();
const rng = testRng('course-end-placements.service.test');
let world: Awaited<ReturnType<typeof buildWorld>>;
let companyId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  companyId = (
    await database.db
      .insertInto('company')
      .values({ cvr: syntheticCvr(rng), name: 'Syntetisk Praktik ApS' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => database?.close());

const staff = () => ctxFor(database.db, keys, world.users.providerStaff);

async function courseWithPlacements(placements: { startsOn: string; endsOn: string | null }[]) {
  const citizen = await insertCitizen(database.db, keys, { jobCentreId: world.organisations.jobCentre.id });
  const courseId = await insertCourse(database.db, {
    citizenId: citizen.id,
    providerId: world.organisations.providerA.id,
    startsOn: '2026-09-07',
  });
  const ids: string[] = [];
  for (const p of placements) {
    const row = await database.db
      .insertInto('placement')
      .values({ courseId, citizenId: citizen.id, companyId, kind: 'wage_subsidy', ...p })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return { courseId, ids };
}

async function endsOf(ids: string[]) {
  const rows = await database.db
    .selectFrom('placement')
    .select(['id', 'endsOn'])
    .where('id', 'in', ids)
    .execute();
  return ids.map((id) => rows.find((r) => r.id === id)!.endsOn);
}

async function expectRefused(promise: Promise<unknown>, fields: Record<string, string>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields });
}

describe('ending a course with running placements', () => {
  it('refuses an end that leaves a placement running past it undecided, and leaves everything as it was', async () => {
    // One ended before the end day (not asked about), one running to 19-02-2027, one without an end.
    const { courseId, ids } = await courseWithPlacements([
      { startsOn: '2026-09-14', endsOn: '2026-10-30' },
      { startsOn: '2026-11-02', endsOn: '2027-02-19' },
      { startsOn: '2026-11-16', endsOn: null },
    ]);
    await expectRefused(
      endCourse(staff(), courseId, { endsOn: '2026-12-04', endReason: 'job', aftercare: {} }),
      {
        placements: 'course.placements_undecided',
      },
    );
    // Deciding one of two is not enough.
    await expectRefused(
      endCourse(staff(), courseId, {
        endsOn: '2026-12-04',
        endReason: 'job',
        aftercare: {},
        placements: [{ id: ids[1]!, decision: 'end' }],
      }),
      { placements: 'course.placements_undecided' },
    );
    const course = await database.db
      .selectFrom('course')
      .select('endsOn')
      .where('id', '=', courseId)
      .executeTakeFirstOrThrow();
    expect(course.endsOn).toBeNull();
    expect(await endsOf(ids)).toEqual(['2026-10-30', '2027-02-19', null]);
  });

  it('ends a placement on the course end day, or lets it continue in aftercare', async () => {
    const { courseId, ids } = await courseWithPlacements([
      { startsOn: '2026-11-02', endsOn: '2027-02-19' },
      { startsOn: '2026-11-16', endsOn: null },
    ]);
    const ended = await endCourse(staff(), courseId, {
      endsOn: '2026-12-04',
      endReason: 'job',
      aftercare: {},
      placements: [
        { id: ids[0]!, decision: 'continue_in_aftercare' },
        { id: ids[1]!, decision: 'end' },
      ],
    });
    expect(ended.endsOn).toBe('2026-12-04');
    expect(await endsOf(ids)).toEqual(['2027-02-19', '2026-12-04']);
    const audit = await database.db
      .selectFrom('auditEvent')
      .select('criteria')
      .where('entityId', '=', courseId)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.criteria)).toContain('continue_in_aftercare');
  });

  it('refuses continuing in aftercare without aftercare, and ending a placement that starts after the end', async () => {
    const { courseId, ids } = await courseWithPlacements([
      { startsOn: '2026-11-02', endsOn: '2027-02-19' },
      { startsOn: '2026-12-14', endsOn: '2027-01-29' },
    ]);
    await expectRefused(
      endCourse(staff(), courseId, {
        endsOn: '2026-12-04',
        endReason: 'dropped_out',
        placements: [
          { id: ids[0]!, decision: 'continue_in_aftercare' },
          { id: ids[1]!, decision: 'end' },
        ],
      }),
      {
        [`placements.${ids[0]}`]: 'course.placement_continue_needs_aftercare',
        [`placements.${ids[1]}`]: 'course.placement_starts_after_end',
      },
    );
  });

  it('ends a course without running placements as before', async () => {
    const { courseId } = await courseWithPlacements([{ startsOn: '2026-09-14', endsOn: '2026-10-30' }]);
    expect((await endCourse(staff(), courseId, { endsOn: '2026-12-04', endReason: 'moved' })).endsOn).toBe(
      '2026-12-04',
    );
  });
});
