import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import { errorBody } from '../../platform/http/error-handler.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import { insertCourse, insertCourseAgreement } from './course.fixtures.ts';
import {
  createPlacement,
  createTreatmentReferral,
  deletePlacement,
  getCourse,
  sealPlaintextAssessmentNotes,
  summariseTreatmentReferrals,
  updatePlacement,
  updateTreatmentReferral,
} from './course.service.ts';
import { testRng } from '../../../../test/support/seed.ts';

let database: TestDatabase;
const keys = testKeys();
const rng = testRng('placement.service.test');
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreementA: string;
/** In provider A's network since 2025; with provider A until 2026-02-01 only; with provider B. */
let partner: string;
let formerPartner: string;
let partnerOfB: string;

async function insertCompany(name: string) {
  const row = await database.db
    .insertInto('company')
    .values({ cvr: syntheticCvr(rng), name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertPartnership(
  providerId: string,
  companyId: string,
  startsOn: string,
  endsOn: string | null,
) {
  await database.db
    .insertInto('companyPartnership')
    .values({ providerId, companyId, isBinding: false, startsOn, endsOn })
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const { providerA, providerB } = world.organisations;
  agreementA = (await insertCourseAgreement(database.db, providerA.id)).agreementId;
  partner = await insertCompany('Kantinen ApS');
  formerPartner = await insertCompany('Tidligere Partner ApS');
  partnerOfB = await insertCompany('B-partner ApS');
  await insertPartnership(providerA.id, partner, '2025-01-01', null);
  await insertPartnership(providerA.id, formerPartner, '2025-01-01', '2026-02-01');
  await insertPartnership(providerB.id, partnerOfB, '2025-01-01', null);
});
afterAll(() => database?.close());

type Who = keyof typeof world.users;
const ctx = (who: Who) => ctxFor(database.db, keys, world.users[who]);

async function expectAppError(promise: Promise<unknown>, expected: Record<string, unknown>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject(expected);
}

async function newCourse(providerId = world.organisations.providerA.id) {
  const citizen = await insertCitizen(database.db, keys, { jobCentreId: world.organisations.jobCentre.id });
  return insertCourse(database.db, {
    citizenId: citizen.id,
    providerId,
    agreementId: providerId === world.organisations.providerA.id ? agreementA : null,
    startsOn: '2026-01-05',
  });
}

const internship = (values: Record<string, unknown> = {}) => ({
  companyId: partner,
  kind: 'internship' as const,
  startsOn: '2026-02-02',
  endsOn: '2026-05-03', // 13 weeks
  extensionBasis: 'base' as const,
  specialNeedExtensions: 0,
  ...values,
});

describe('placements', () => {
  it('adds an internship of 13 weeks at a company in the network, without changing the stage', async () => {
    const id = await newCourse();
    const placement = await createPlacement(ctx('providerStaff'), id, internship());
    expect(placement).toMatchObject({
      courseId: id,
      company: { id: partner, name: 'Kantinen ApS' },
      kind: 'internship',
      internshipCheck: { weeks: 13, maxWeeks: 13, ok: true },
    });
    expect(placement.internshipCheck!.source).toContain('LAB § 61');
    const detail = await getCourse(ctx('caseworker'), id);
    expect(detail.placements.map((p) => p.id)).toEqual([placement.id]);
    expect(detail.currentStage).toBe('internal_training');
  });

  it('refuses a company outside the network on the start date', async () => {
    const id = await newCourse();
    for (const companyId of [partnerOfB, formerPartner]) {
      await expectAppError(createPlacement(ctx('providerStaff'), id, internship({ companyId })), {
        code: 'VALIDATION_FAILED',
        fields: { companyId: 'course.placement_not_in_network' },
      });
    }
    // The former partnership still covered a start on its last day.
    const placement = await createPlacement(
      ctx('providerStaff'),
      id,
      internship({ companyId: formerPartner, startsOn: '2026-02-01', endsOn: '2026-03-01' }),
    );
    expect(placement.company.id).toBe(formerPartner);
  });

  it('refuses an internship over 13 weeks with the weeks, the limit and the rule', async () => {
    const id = await newCourse();
    const attempt = createPlacement(ctx('providerStaff'), id, internship({ endsOn: '2026-05-04' }));
    await expectAppError(attempt, {
      fields: { endsOn: 'course.placement_too_long' },
      params: { weeks: 14, maxWeeks: 13 },
    });
    const error = await attempt.catch((e: AppError) => e);
    const body = errorBody(error as AppError, 'da', 'req');
    expect(body.error.fields!.endsOn).toMatch(
      /^Praktikken varer 14 uger, men må højst vare 13 uger\. Regel: LAB § 61/,
    );
    expect(errorBody(error as AppError, 'en', 'req').error.fields!.endsOn).toContain('at most 13 weeks');
  });

  it('allows 26 weeks after a concrete assessment, with the assessment written down', async () => {
    const id = await newCourse();
    const assessed = internship({ endsOn: '2026-08-02', extensionBasis: 'concrete_assessment' });
    await expectAppError(createPlacement(ctx('providerStaff'), id, assessed), {
      fields: { assessmentNote: 'course.placement_assessment_note_required' },
    });
    const placement = await createPlacement(ctx('providerStaff'), id, {
      ...assessed,
      assessmentNote: 'Behov for længere oplæring',
    });
    expect(placement.internshipCheck).toMatchObject({ weeks: 26, maxWeeks: 26, ok: true });
    expect(placement.assessmentNote).toBe('Behov for længere oplæring');
    // It may hold health information: stored sealed, never as text.
    const stored = await database.db
      .selectFrom('placement')
      .select(['assessmentNote', 'assessmentNoteEncrypted'])
      .where('id', '=', placement.id)
      .executeTakeFirstOrThrow();
    expect(stored.assessmentNote).toBeNull();
    expect(stored.assessmentNoteEncrypted!.toString('utf8')).not.toContain('oplæring');
    await expectAppError(
      createPlacement(ctx('providerStaff'), id, { ...assessed, endsOn: '2026-08-03', assessmentNote: 'x' }),
      { params: { weeks: 27, maxWeeks: 26 } },
    );
  });

  it('seals an assessment written as text before migration 0011, and reads it the same before and after', async () => {
    const id = await newCourse();
    const placement = await createPlacement(ctx('providerStaff'), id, internship({ endsOn: '2026-05-01' }));
    await database.db
      .updateTable('placement')
      .set({ extensionBasis: 'concrete_assessment', assessmentNote: 'Skrevet før 0011' })
      .where('id', '=', placement.id)
      .execute();
    const note = async () =>
      (await getCourse(ctx('providerStaff'), id)).placements.find((p) => p.id === placement.id)!
        .assessmentNote;
    expect(await note()).toBe('Skrevet før 0011');
    expect(await sealPlaintextAssessmentNotes(database.db, keys)).toBeGreaterThanOrEqual(1);
    expect(await sealPlaintextAssessmentNotes(database.db, keys)).toBe(0);
    expect(await note()).toBe('Skrevet før 0011');
    const stored = await database.db
      .selectFrom('placement')
      .select('assessmentNote')
      .where('id', '=', placement.id)
      .executeTakeFirstOrThrow();
    expect(stored.assessmentNote).toBeNull();
  });

  it('extends by 13 weeks at a time for a special need', async () => {
    const id = await newCourse();
    const special = internship({
      endsOn: '2026-11-01',
      extensionBasis: 'special_need',
      specialNeedExtensions: 1,
      assessmentNote: 'Helt særligt behov',
    });
    expect((await createPlacement(ctx('providerStaff'), id, special)).internshipCheck).toMatchObject({
      weeks: 39,
      maxWeeks: 39,
      ok: true,
    });
    await expectAppError(createPlacement(ctx('providerStaff'), id, { ...special, endsOn: '2026-11-02' }), {
      params: { weeks: 40, maxWeeks: 39 },
    });
  });

  it('needs paid hours for a small job and stores them in tenths', async () => {
    const id = await newCourse();
    const smallJob = { companyId: partner, kind: 'small_job' as const, startsOn: '2026-03-02' };
    await expectAppError(
      createPlacement(ctx('providerStaff'), id, {
        ...smallJob,
        extensionBasis: 'base',
        specialNeedExtensions: 0,
      }),
      { fields: { weeklyHours: 'course.placement_hours_required' } },
    );
    const placement = await createPlacement(ctx('providerStaff'), id, {
      ...smallJob,
      weeklyHours: 75,
      extensionBasis: 'special_need', // dropped: only internships are extended
      specialNeedExtensions: 2,
    });
    expect(placement).toMatchObject({
      weeklyHours: 7.5,
      endsOn: null,
      extensionBasis: 'base',
      specialNeedExtensions: 0,
      internshipCheck: null,
    });
    const stored = await database.db
      .selectFrom('placement')
      .select('weeklyHoursTenths')
      .where('id', '=', placement.id)
      .executeTakeFirstOrThrow();
    expect(stored.weeklyHoursTenths).toBe(75);
  });

  it('keeps placements within the course', async () => {
    const id = await newCourse();
    await expectAppError(
      createPlacement(ctx('providerStaff'), id, internship({ startsOn: '2026-01-04', endsOn: '2026-02-28' })),
      { fields: { startsOn: 'course.placement_before_course' }, params: { date: '05-01-2026' } },
    );
  });

  it('changes and deletes a placement, re-checking the rules, on the provider side only', async () => {
    const id = await newCourse();
    const placement = await createPlacement(ctx('providerStaff'), id, internship());
    const changed = await updatePlacement(ctx('providerLead'), placement.id, { endsOn: '2026-04-05' });
    expect(changed.internshipCheck).toMatchObject({ weeks: 9, ok: true });
    await expectAppError(updatePlacement(ctx('providerLead'), placement.id, { endsOn: '2026-06-30' }), {
      fields: { endsOn: 'course.placement_too_long' },
    });
    await expectAppError(updatePlacement(ctx('caseworker'), placement.id, { endsOn: '2026-04-01' }), {
      code: 'FORBIDDEN',
    });
    await expectAppError(updatePlacement(ctx('otherProviderStaff'), placement.id, { endsOn: '2026-04-01' }), {
      code: 'NOT_FOUND',
    });
    await expectAppError(deletePlacement(ctx('otherProviderStaff'), placement.id), { code: 'NOT_FOUND' });
    expect(await deletePlacement(ctx('providerStaff'), placement.id)).toEqual({ ok: true });
    expect((await getCourse(ctx('providerStaff'), id)).placements).toEqual([]);
    const audit = await database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityType', '=', 'placement')
      .where('entityId', '=', placement.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('referrals to abuse treatment', () => {
  it('records a referral and its outcome, which needs a date on or after the referral', async () => {
    const id = await newCourse();
    const referral = await createTreatmentReferral(ctx('providerStaff'), id, {
      referredOn: '2026-02-10',
      outreachWorker: 'SOF opsøgende team',
    });
    expect(referral).toMatchObject({
      outcome: 'pending',
      outcomeOn: null,
      outreachWorker: 'SOF opsøgende team',
    });
    await expectAppError(updateTreatmentReferral(ctx('providerStaff'), referral.id, { outcome: 'started' }), {
      fields: { outcomeOn: 'course.treatment_outcome_date_required' },
    });
    await expectAppError(
      updateTreatmentReferral(ctx('providerStaff'), referral.id, {
        outcome: 'started',
        outcomeOn: '2026-02-01',
      }),
      { fields: { outcomeOn: 'course.treatment_outcome_before_referral' } },
    );
    const started = await updateTreatmentReferral(ctx('providerStaff'), referral.id, {
      outcome: 'started',
      outcomeOn: '2026-03-01',
    });
    expect(started).toMatchObject({
      outcome: 'started',
      outcomeOn: '2026-03-01',
      outreachWorker: 'SOF opsøgende team',
    });
    expect((await getCourse(ctx('caseworker'), id)).treatmentReferrals).toEqual([started]);
    await expectAppError(
      updateTreatmentReferral(ctx('otherProviderStaff'), referral.id, {
        outcome: 'not_started',
        outcomeOn: '2026-03-01',
      }),
      { code: 'NOT_FOUND' },
    );
    await expectAppError(createTreatmentReferral(ctx('caseworker'), id, { referredOn: '2026-02-10' }), {
      code: 'FORBIDDEN',
    });
  });

  it('counts referred and started per provider; a provider gets its own row, an analyst all', async () => {
    const atA = await newCourse();
    const atB = await newCourse(world.organisations.providerB.id);
    const one = await createTreatmentReferral(ctx('providerStaff'), atA, { referredOn: '2027-03-01' });
    await createTreatmentReferral(ctx('providerStaff'), atA, { referredOn: '2027-03-05' });
    await createTreatmentReferral(ctx('otherProviderStaff'), atB, { referredOn: '2027-03-05' });
    await createTreatmentReferral(ctx('providerStaff'), atA, { referredOn: '2028-01-01' }); // outside
    await updateTreatmentReferral(ctx('providerStaff'), one.id, {
      outcome: 'started',
      outcomeOn: '2027-04-01',
    });
    const period = { from: '2027-01-01', to: '2027-12-31' };

    const analyst = ctx('analyst');
    const all = await summariseTreatmentReferrals(analyst, period);
    const rowOf = (providerId: string) => all.rows.find((r) => r.provider.id === providerId);
    expect(rowOf(world.organisations.providerA.id)).toMatchObject({ referred: 2, started: 1, pending: 1 });
    expect(rowOf(world.organisations.providerB.id)).toMatchObject({ referred: 1, started: 0 });
    const audit = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityType', 'citizenId'])
      .where('requestId', '=', analyst.requestId)
      .execute();
    expect(audit).toEqual([{ action: 'read', entityType: 'treatment_referral_summary', citizenId: null }]);

    const own = await summariseTreatmentReferrals(ctx('providerLead'), period);
    expect(own.rows.map((r) => r.provider.id)).toEqual([world.organisations.providerA.id]);
    await expectAppError(
      summariseTreatmentReferrals(ctx('caseworker'), { from: '2027-02-01', to: '2027-01-01' }),
      {
        fields: { to: 'course.period' },
      },
    );
    expect(translate('en', 'course.period')).toContain('end date');
  });
});
