// Courses, placements and plans imported from the case system: history as it was, citizens and
// companies created when unknown, all or nothing, idempotent.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildCpr, insertOrganisation } from '../../../../test/support/factories.ts';
import { formatCpr } from '../../../shared/cpr.ts';
import { decrypt, lookupHash } from '../../platform/crypto/keys.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import { insertCourseAgreement } from '../courses/course.fixtures.ts';
import { importFile } from './import.fixtures.ts';
import { testRng } from '../../../../test/support/seed.ts';

let database: TestDatabase;
const keys = testKeys();
const rng = testRng('course-import.service.test');
let provider: { id: string; code: string };
let agreementId: string;
let jobCentre: { id: string; code: string };

beforeAll(async () => {
  database = await createTestDatabase();
  jobCentre = await insertOrganisation(database.db, 'job_centre');
  provider = await insertOrganisation(database.db, 'provider');
  // The agreement runs 2024-01-01 to 2027-12-31.
  ({ agreementId } = await insertCourseAgreement(database.db, provider.id));
});
afterAll(() => database?.close());

const db = () => database.db;
const ref = (name: string) => `${name}-${crypto.randomBytes(3).toString('hex')}`;
const COURSE_HEADER = 'course_ref,cpr,provider_code,start_date,end_date,end_reason';

async function courseByRef(externalRef: string) {
  return db().selectFrom('course').selectAll().where('externalRef', '=', externalRef).executeTakeFirst();
}

async function citizenByCpr(cpr: string) {
  return db()
    .selectFrom('citizen')
    .selectAll()
    .where('cprHash', '=', lookupHash(keys, cpr.replace('-', '')))
    .executeTakeFirst();
}

describe('courses import', () => {
  const [a, b, c] = [ref('a'), ref('b'), ref('c')];
  const [cprA, cprB] = [buildCpr(), buildCpr()];
  const file = () => [
    COURSE_HEADER,
    `${a},${formatCpr(cprA)},${provider.code},2024-03-04,2024-09-30,job`,
    `${b},${cprB},${provider.code},2023-06-01,2024-02-15,Førtidspension`,
    `${c},${cprA},${provider.code},2025-01-06,,`,
  ];

  it('creates citizens for unknown CPR numbers at the only job centre, and the courses', async () => {
    const result = await importFile(db(), keys, 'courses', file());
    expect(result).toMatchObject({ status: 'succeeded', created: 3, updated: 0, unchanged: 0 });
    // Whether a CPR number was known is not part of the answer.
    expect(result.details).toEqual({});
    const citizen = (await citizenByCpr(cprA))!;
    expect(citizen).toMatchObject({ jobCentreId: jobCentre.id, name: '' });
    expect(decrypt(keys, citizen.cprEncrypted)).toBe(cprA);
    expect(await courseByRef(a)).toMatchObject({
      citizenId: citizen.id,
      providerId: provider.id,
      agreementId,
      startsOn: '2024-03-04',
      endsOn: '2024-09-30',
      endReason: 'job',
      referralId: null,
    });
    // Before the agreement: no agreement; Danish end reasons are understood.
    expect(await courseByRef(b)).toMatchObject({ agreementId: null, endReason: 'disability_pension' });
    expect(await courseByRef(c)).toMatchObject({ citizenId: citizen.id, endsOn: null, endReason: null });
  });

  it('changes nothing the second time, and updates a changed row', async () => {
    expect(await importFile(db(), keys, 'courses', file())).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    const changed = file();
    changed[3] = `${c},${cprA},${provider.code},2025-01-06,2025-04-30,frafald`;
    expect(await importFile(db(), keys, 'courses', changed)).toMatchObject({ updated: 1, unchanged: 2 });
    expect(await courseByRef(c)).toMatchObject({ endsOn: '2025-04-30', endReason: 'dropped_out' });
  });

  it('imports nothing when a row is bad: dates, end reasons, provider codes and CPR numbers', async () => {
    const before = await db()
      .selectFrom('citizen')
      .select(db().fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const badCpr = '310299-1234';
    const result = await importFile(db(), keys, 'courses', [
      COURSE_HEADER,
      `${ref('ok')},${buildCpr()},${provider.code},2024-03-04,,`,
      `${ref('x')},${buildCpr()},${provider.code},2024-02-30,,`,
      `${ref('x')},${buildCpr()},${provider.code},04-03-2024,,`,
      `${ref('x')},${buildCpr()},${provider.code},2024-03-04,2024-03-01,job`,
      `${ref('x')},${buildCpr()},${provider.code},2024-03-04,2024-05-01,`,
      `${ref('x')},${buildCpr()},${provider.code},2024-03-04,,job`,
      `${ref('x')},${buildCpr()},${provider.code},2024-03-04,2024-05-01,ferie`,
      `${ref('x')},${buildCpr()},ukendt-leverandoer,2024-03-04,,`,
      `${ref('x')},${badCpr},${provider.code},2024-03-04,,`,
    ]);
    expect(result.status).toBe('failed');
    expect(result.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [3, 'start_date', 'import.date'],
      [4, 'start_date', 'import.date'],
      [5, 'end_date', 'import.date_order'],
      [6, 'end_reason', 'import.end_reason_required'],
      [7, 'end_reason', 'import.end_reason_without_end'],
      [8, 'end_reason', 'import.end_reason'],
      [9, 'provider_code', 'import.unknown_provider'],
      [10, 'cpr', 'cpr.invalid_date'],
    ]);
    expect(JSON.stringify(result.errors)).not.toContain('310299');
    const after = await db()
      .selectFrom('citizen')
      .select(db().fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('needs a job centre chosen before it starts when there are several, and refuses an unknown one', async () => {
    const second = await insertOrganisation(db(), 'job_centre');
    const line = `${ref('jc')},${buildCpr()},${provider.code},2024-03-04,,`;
    // Refused whole, for known and unknown CPR numbers alike: a row error only on the rows with a new
    // CPR number would tell which were known.
    await expect(importFile(db(), keys, 'courses', [COURSE_HEADER, line])).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'import.job_centre_required',
      fields: { jobCentre: 'import.job_centre_required' },
    });
    const chosen = await importFile(db(), keys, 'courses', [COURSE_HEADER, line], { jobCentre: second.code });
    expect(chosen).toMatchObject({ status: 'succeeded', created: 1 });
    await expect(
      importFile(db(), keys, 'courses', [COURSE_HEADER, line], { jobCentre: 'findes-ikke' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: 'import.unknown_job_centre' });
    await expect(importFile(db(), keys, 'courses', [COURSE_HEADER, line])).rejects.toMatchObject({
      message: 'import.job_centre_required',
    });
  });

  it('is refused to an actor without import.personal_data, who may still import the codebook', async () => {
    const line = `${ref('pd')},${buildCpr()},${provider.code},2024-03-04,,`;
    for (const kind of ['courses', 'placements', 'plans'] as const) {
      await expect(
        importFile(db(), keys, kind, [COURSE_HEADER, line], { jobCentre: jobCentre.code }, ['import.run']),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const codebook = await importFile(
      db(),
      keys,
      'codebook',
      ['code,meaning,category', '130,K,benefit'],
      {},
      ['import.run'],
    );
    expect(codebook.status).toBe('succeeded');
  });
});

describe('placements import', () => {
  const cpr = buildCpr();
  const [p1, p2] = [ref('p1'), ref('p2')];
  const [knownCvr, newCvr] = [syntheticCvr(rng), syntheticCvr(rng)];
  let courseId: string;

  beforeAll(async () => {
    await db().insertInto('company').values({ cvr: knownCvr, name: 'Kendt ApS' }).execute();
    const courseRef = ref('course');
    await importFile(
      db(),
      keys,
      'courses',
      [COURSE_HEADER, `${courseRef},${cpr},${provider.code},2024-03-04,2024-09-30,job`],
      { jobCentre: jobCentre.code },
    );
    courseId = (await courseByRef(courseRef))!.id;
  });

  const file = () => [
    'placement_ref;cpr;type;start_date;end_date;company_cvr',
    `${p1};${cpr};virksomhedspraktik;2024-04-01;2024-05-31;${knownCvr}`,
    `${p2};${cpr};loentilskud;2024-10-01;;${newCvr}`,
  ];

  it('creates placements, the unknown company, and links the course running on the start date', async () => {
    const result = await importFile(db(), keys, 'placements', file(), { jobCentre: jobCentre.code });
    expect(result).toMatchObject({ status: 'succeeded', created: 2 });
    expect(result.details).toEqual({ companiesCreated: 1 });
    const rows = await db()
      .selectFrom('placement')
      .innerJoin('company', 'company.id', 'placement.companyId')
      .select([
        'placement.externalRef',
        'placement.kind',
        'placement.courseId',
        'placement.endsOn',
        'company.cvr',
      ])
      .where('placement.externalRef', 'in', [p1, p2])
      .orderBy('placement.startsOn')
      .execute();
    expect(rows).toEqual([
      { externalRef: p1, kind: 'internship', courseId, endsOn: '2024-05-31', cvr: knownCvr },
      { externalRef: p2, kind: 'wage_subsidy', courseId: null, endsOn: null, cvr: newCvr },
    ]);
  });

  it('is idempotent and refuses bad types and CVR numbers', async () => {
    expect(await importFile(db(), keys, 'placements', file(), { jobCentre: jobCentre.code })).toMatchObject({
      unchanged: 2,
      created: 0,
    });
    const bad = await importFile(
      db(),
      keys,
      'placements',
      [
        file()[0]!,
        `${ref('p3')};${cpr};praktik;2024-04-01;;${knownCvr}`,
        `${ref('p4')};${cpr};smaajob;2024-04-01;;12345678`,
      ],
      { jobCentre: jobCentre.code },
    );
    expect(bad.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'type', 'import.placement_type'],
      [3, 'company_cvr', 'cvr.checksum'],
    ]);
  });
});

describe('plans import', () => {
  it('creates plan starts linked to the running course, idempotently, and refuses unknown types', async () => {
    const cpr = buildCpr();
    const courseRef = ref('course');
    await importFile(
      db(),
      keys,
      'courses',
      [COURSE_HEADER, `${courseRef},${cpr},${provider.code},2024-03-04,,`],
      {
        jobCentre: jobCentre.code,
      },
    );
    const planRef = ref('plan');
    const file = ['plan_ref,cpr,start_date,type', `${planRef},${cpr},2024-05-02,forberedende_plan`];
    expect(await importFile(db(), keys, 'plans', file, { jobCentre: jobCentre.code })).toMatchObject({
      created: 1,
      status: 'succeeded',
    });
    expect(await importFile(db(), keys, 'plans', file, { jobCentre: jobCentre.code })).toMatchObject({
      created: 0,
      unchanged: 1,
    });
    const plan = await db()
      .selectFrom('planStart')
      .selectAll()
      .where('externalRef', '=', planRef)
      .executeTakeFirstOrThrow();
    expect(plan).toMatchObject({
      planType: 'forberedende_plan',
      startedOn: '2024-05-02',
      courseId: (await courseByRef(courseRef))!.id,
    });
    const bad = await importFile(db(), keys, 'plans', [file[0]!, `${ref('plan')},${cpr},2024-05-02,plan`], {
      jobCentre: jobCentre.code,
    });
    expect(bad.errors).toEqual([
      { line: 2, column: 'type', message: 'import.plan_type', params: { value: 'plan' } },
    ]);
  });
});
