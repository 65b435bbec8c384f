// Test fixtures of the outcomes module (service, route and CLI tests, the authorisation matrix): a
// completed course of a new citizen, the citizen's register row, placements and plans, written straight
// to the database as the imports store them.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { lookupHash, type Keys } from '../../platform/crypto/keys.ts';
import { sealCpr } from '../../platform/crypto/citizen-cpr.ts';
import type { Db } from '../../platform/db/client.ts';
import { packWeeklyCodes } from '../../platform/db/register-codes.ts';
import type { PlacementKind } from '../../platform/db/schema.ts';
import { syntheticCpr, syntheticCvr } from '../../seed/synthetic.ts';
import { weekIndex } from './outcome.rules.ts';
import { testRng } from '../../../../test/support/seed.ts';

const rng = testRng('outcome.fixtures');

/** The fixtures' extract: from ISO week 2019-W01 (Monday 31 December 2018) and January 2019. */
export const FIXTURE_FIRST_MONDAY = '2018-12-31';
export const FIXTURE_FIRST_MONTH = '2019-01-01';

/** The codes the fixtures use: 130 kontanthjælp, 651 SU, 881 barsel, 999 death/emigration. */
export async function insertFixtureCodebook(db: Db): Promise<void> {
  await db
    .insertInto('registerCode')
    .values([
      { code: '130', meaning: 'Kontanthjælp', category: 'benefit' },
      { code: '651', meaning: 'SU', category: 'education' },
      { code: '881', meaning: 'Barsel', category: 'non_benefit' },
      { code: '999', meaning: 'Død eller udvandret', category: 'exit_register' },
    ])
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function insertImportBatch(db: Db, kind: 'register' | 'courses' = 'register'): Promise<string> {
  const row = await db
    .insertInto('importBatch')
    .values({
      kind,
      fileName: `fixture-${kind}.csv`,
      fileSha256: crypto.randomBytes(32).toString('hex'),
      status: 'succeeded',
      startedBy: 'test',
      finishedAt: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A new citizen with one completed course at the provider. */
export async function insertCompletedCourse(
  db: Db,
  keys: Keys,
  values: { jobCentreId: string; providerId: string; startsOn: string; endsOn: string },
) {
  const cpr = syntheticCpr(rng);
  const citizen = await db
    .insertInto('citizen')
    .values({
      jobCentreId: values.jobCentreId,
      ...sealCpr(keys, cpr),
      name: 'Outcome Testesen',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const course = await db
    .insertInto('course')
    .values({
      citizenId: citizen.id,
      providerId: values.providerId,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      endReason: 'other',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { cpr, citizenId: citizen.id, courseId: course.id };
}

/**
 * The person's register row: 130 every week from the extract's first Monday for `weeks` weeks, degree 0
 * for `months` months, then the given weeks (by Monday) and months (by first day) set.
 */
export async function insertRegisterPerson(
  db: Db,
  keys: Keys,
  cpr: string,
  values: {
    batchId: string;
    weeks?: number;
    months?: number;
    firstWeekMonday?: string;
    firstMonth?: string | null;
    codes?: Record<string, number>;
    degrees?: Record<string, number>;
  },
): Promise<void> {
  const firstWeekMonday = values.firstWeekMonday ?? FIXTURE_FIRST_MONDAY;
  const firstMonth = values.firstMonth === undefined ? FIXTURE_FIRST_MONTH : values.firstMonth;
  const codes = new Array<number>(values.weeks ?? 104).fill(130);
  for (const [monday, code] of Object.entries(values.codes ?? {}))
    codes[weekIndex(firstWeekMonday, monday)] = code;
  const degrees = new Array<number>(firstMonth === null ? 0 : (values.months ?? 24)).fill(0);
  for (const [month, degree] of Object.entries(values.degrees ?? {})) {
    const [fy, fm] = firstMonth!.split('-').map(Number) as [number, number];
    const [y, m] = month.split('-').map(Number) as [number, number];
    degrees[(y - fy) * 12 + (m - fm)] = degree;
  }
  await db
    .insertInto('registerPerson')
    .values({
      personHash: lookupHash(keys, cpr),
      firstWeekMonday,
      weeklyCodes: packWeeklyCodes(codes),
      firstMonth,
      employmentDegrees: sql<number[]>`${degrees}::real[]`,
      importBatchId: values.batchId,
    })
    .onConflict((oc) =>
      oc.column('personHash').doUpdateSet((eb) => ({
        weeklyCodes: eb.ref('excluded.weeklyCodes'),
        employmentDegrees: eb.ref('excluded.employmentDegrees'),
        firstWeekMonday: eb.ref('excluded.firstWeekMonday'),
        firstMonth: eb.ref('excluded.firstMonth'),
        // The bits are derived from the codes: a fixture's row has none until refreshBenefitWeeks.
        benefitWeeks: null,
        benefitKey: null,
      })),
    )
    .execute();
}

const companies = new WeakMap<Db, string>();

export async function insertPlacement(
  db: Db,
  values: { citizenId: string; kind: PlacementKind; startsOn: string },
): Promise<void> {
  let companyId = companies.get(db);
  if (!companyId) {
    companyId = (
      await db
        .insertInto('company')
        .values({ cvr: syntheticCvr(rng), name: 'Fixture Praktik ApS' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    companies.set(db, companyId);
  }
  await db
    .insertInto('placement')
    .values({ citizenId: values.citizenId, companyId, kind: values.kind, startsOn: values.startsOn })
    .execute();
}

export async function insertPlan(db: Db, values: { citizenId: string; startedOn: string }): Promise<void> {
  await db
    .insertInto('planStart')
    .values({ citizenId: values.citizenId, planType: 'forberedende_plan', startedOn: values.startedOn })
    .execute();
}
