// Citizens' circumstances, programmes' eligibility rules and the eligibility check, through the
// referral part's services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import { insertTenderWithArea } from '../budgets/budget.fixtures.ts';
import { sealPlaintextMinorityBackground } from './referral.service.ts';
import { insertCourseAgreement } from '../courses/course.fixtures.ts';
import { refusalOf } from './referral.fixtures.ts';
import {
  addEligibilityRule,
  checkCitizenEligibility,
  getCircumstances,
  listEligibilityRules,
  updateCircumstances,
  updateEligibilityRule,
} from './referral.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreementA: { tenderAreaId: string; agreementId: string };

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const db = () => database.db;

async function newCitizen(cpr: string) {
  return insertCitizen(db(), keys, { jobCentreId: world.organisations.jobCentre.id, cpr });
}

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  const refusal = await refusalOf(promise);
  expect(refusal?.code).toBe(code);
  if (fields) expect(refusal?.fields).toEqual(fields);
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  agreementA = await insertCourseAgreement(db(), world.organisations.providerA.id);
});
afterAll(() => database?.close());

describe('circumstances and eligibility', () => {
  // Born 15 Jun 1990, last digit even: a woman (36 on the check dates).
  const CPR = '1506901234';

  it('records circumstances at the job centre only, and audits reads and changes', async () => {
    const citizen = await newCitizen(CPR);
    expect(await getCircumstances(ctx('caseworker'), citizen.id)).toMatchObject({
      benefitType: null,
      updatedAt: null,
    });
    const saved = await updateCircumstances(ctx('caseworker'), citizen.id, {
      benefitType: 'cash_benefit',
      activityReady: true,
      onBenefitsSince: '2023-01-01',
      abuseProblem: true,
    });
    expect(saved).toMatchObject({
      benefitType: 'cash_benefit',
      minorityBackground: null,
      abuseProblem: true,
    });
    await expectAppError(
      updateCircumstances(ctx('otherCaseworker'), citizen.id, { abuseProblem: false }),
      'NOT_FOUND',
    );
    const audits = await db()
      .selectFrom('auditEvent')
      .select(['action', 'entityType'])
      .where('citizenId', '=', citizen.id)
      .orderBy('seq')
      .execute();
    expect(audits).toEqual([
      { action: 'read', entityType: 'citizen_circumstance' },
      { action: 'update', entityType: 'citizen_circumstance' },
    ]);
  });

  it('seals minority background, shows it to the job centre and hides it from the provider', async () => {
    const citizen = await insertCitizen(db(), keys, {
      jobCentreId: world.organisations.jobCentre.id,
      providerIds: [world.organisations.providerA.id],
    });
    await updateCircumstances(ctx('caseworker'), citizen.id, {
      minorityBackground: true,
      activityReady: true,
      firstRequestOn: '2026-02-16',
    });
    const stored = await db()
      .selectFrom('citizenCircumstance')
      .select(['minorityBackground', 'minorityBackgroundEncrypted'])
      .where('citizenId', '=', citizen.id)
      .executeTakeFirstOrThrow();
    expect(stored.minorityBackground).toBeNull();
    expect(stored.minorityBackgroundEncrypted?.toString('utf8')).not.toContain('true');
    expect(await getCircumstances(ctx('caseworker'), citizen.id)).toMatchObject({
      minorityBackground: true,
      minorityBackgroundHidden: false,
      firstRequestOn: '2026-02-16',
    });
    expect(await getCircumstances(ctx('providerStaff'), citizen.id)).toMatchObject({
      minorityBackground: null,
      minorityBackgroundHidden: true,
      activityReady: true,
    });
  });

  it('seals a minority background written in plain before migration 0017', async () => {
    const citizen = await insertCitizen(db(), keys, { jobCentreId: world.organisations.jobCentre.id });
    await db()
      .insertInto('citizenCircumstance')
      .values({ citizenId: citizen.id, minorityBackground: false })
      .execute();
    expect(await getCircumstances(ctx('caseworker'), citizen.id)).toMatchObject({
      minorityBackground: false,
    });
    expect(await sealPlaintextMinorityBackground(db(), keys)).toBeGreaterThanOrEqual(1);
    expect(await sealPlaintextMinorityBackground(db(), keys)).toBe(0);
    const stored = await db()
      .selectFrom('citizenCircumstance')
      .select(['minorityBackground', 'minorityBackgroundEncrypted'])
      .where('citizenId', '=', citizen.id)
      .executeTakeFirstOrThrow();
    expect(stored.minorityBackground).toBeNull();
    expect(stored.minorityBackgroundEncrypted).not.toBeNull();
    expect(await getCircumstances(ctx('caseworker'), citizen.id)).toMatchObject({
      minorityBackground: false,
    });
  });

  it("checks the citizen against the agreement's area rules in force, rule by rule, before and after a version change", async () => {
    const citizen = await newCitizen('1506901246');
    await updateCircumstances(ctx('caseworker'), citizen.id, {
      benefitType: 'cash_benefit',
      activityReady: true,
      onBenefitsSince: '2023-01-01',
    });
    const area = agreementA.tenderAreaId;
    await addEligibilityRule(ctx('procurement'), area, {
      kind: 'activity_ready_cash_benefit',
      validFrom: '2021-01-01',
    });
    const list = await addEligibilityRule(ctx('procurement'), area, {
      kind: 'min_age',
      params: { years: 30 },
      validFrom: '2023-01-01',
    });
    const oldAge = list.items.find((r) => r.kind === 'min_age')!;
    // From 1 Jul 2026 the programme takes citizens of 40 or over, and asks about abuse.
    await updateEligibilityRule(ctx('procurement'), oldAge.id, { validTo: '2026-06-30' });
    await addEligibilityRule(ctx('procurement'), area, {
      kind: 'min_age',
      params: { years: 40 },
      validFrom: '2026-07-01',
    });
    await addEligibilityRule(ctx('procurement'), area, { kind: 'abuse_problem', validFrom: '2026-07-01' });

    const before = await checkCitizenEligibility(ctx('caseworker'), citizen.id, {
      agreementId: agreementA.agreementId,
      date: '2026-06-30',
    });
    expect(before.eligible).toBe(true);
    expect(before.results.map((r) => [r.kind, r.ok])).toEqual([
      ['activity_ready_cash_benefit', true],
      ['min_age', true],
    ]);
    expect(before.results[1]!.reason).toBe('Borgeren er 36 år og dermed mindst 30 år.');

    const after = await checkCitizenEligibility(ctx('caseworker'), citizen.id, {
      agreementId: agreementA.agreementId,
      date: '2026-07-01',
    });
    expect(after.eligible).toBe(false);
    expect(after.results.map((r) => [r.kind, r.ok])).toEqual([
      ['activity_ready_cash_benefit', true],
      ['min_age', false],
      ['abuse_problem', null],
    ]);
    expect(after.results[2]!.reason).toContain('ikke registreret');

    const english = await checkCitizenEligibility({ ...ctx('caseworker'), language: 'en' }, citizen.id, {
      agreementId: agreementA.agreementId,
      date: '2026-07-01',
    });
    expect(english.results[1]!.reason).toBe('The citizen is 36 but must be at least 40.');
    // A provider cannot check a citizen it has no referral or course for.
    await expectAppError(
      checkCitizenEligibility(ctx('providerStaff'), citizen.id, { agreementId: agreementA.agreementId }),
      'NOT_FOUND',
    );
  });

  // Lov nr. 1655 af 30.12.2024: from 1 Jul 2025 uddannelseshjælp and selvforsørgelses- og hjemrejseydelse
  // are kontanthjælp (aktivloven §§ 16-20). Every run is after the reform, so "today" is after it.
  it('refuses to record a benefit that ceased on 30 Jun 2025, and keeps one recorded before', async () => {
    const citizen = await newCitizen('1506901254');
    const refusal: unknown = await updateCircumstances(ctx('caseworker'), citizen.id, {
      benefitType: 'education_benefit',
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { benefitType: 'referral.benefit_type_ceased' },
      params: { lastDay: '30-06-2025' },
    });
    // A value recorded before the reform stays readable, and saving other facts keeps it.
    await db()
      .insertInto('citizenCircumstance')
      .values({
        citizenId: citizen.id,
        benefitType: 'integration_benefit',
        activityReady: true,
        updatedAt: new Date(),
      })
      .execute();
    const kept = await updateCircumstances(ctx('caseworker'), citizen.id, {
      benefitType: 'integration_benefit',
      activityReady: true,
      abuseProblem: true,
    });
    expect(kept).toMatchObject({ benefitType: 'integration_benefit', abuseProblem: true });
    await expectAppError(
      updateCircumstances(ctx('caseworker'), citizen.id, { benefitType: 'education_benefit' }),
      'VALIDATION_FAILED',
    );
    const replaced = await updateCircumstances(ctx('caseworker'), citizen.id, {
      benefitType: 'cash_benefit',
      activityReady: true,
    });
    expect(replaced.benefitType).toBe('cash_benefit');
  });

  it('judges a recorded benefit by the benefit types in force on the referral date', async () => {
    const citizen = await newCitizen('1506901262');
    await db()
      .insertInto('citizenCircumstance')
      .values({
        citizenId: citizen.id,
        benefitType: 'education_benefit',
        activityReady: true,
        updatedAt: new Date(),
      })
      .execute();
    const agreement = await insertCourseAgreement(db(), world.organisations.providerA.id);
    await addEligibilityRule(ctx('procurement'), agreement.tenderAreaId, {
      kind: 'activity_ready_cash_benefit',
      validFrom: '2024-01-01',
    });
    const check = (date: string) =>
      checkCitizenEligibility(ctx('caseworker'), citizen.id, { agreementId: agreement.agreementId, date });
    const before = await check('2025-06-30');
    expect([before.eligible, before.results[0]!.reason]).toEqual([
      false,
      'Borgeren modtager ikke kontanthjælp.',
    ]);
    const after = await check('2025-07-01');
    expect(after.eligible).toBeNull();
    expect(after.results[0]!.reason).toBe(
      'Den registrerede forsørgelse ophørte 30-06-2025 og blev til kontanthjælp (aktivloven §§ 16-20). Registrér borgerens forsørgelse på datoen.',
    );
  });

  it('keeps rule versions per area and refuses a version ending before it starts or wrong params', async () => {
    const { tenderAreaId } = await insertTenderWithArea(db());
    const list = await addEligibilityRule(ctx('admin'), tenderAreaId, {
      kind: 'max_years_on_benefits',
      params: { years: 5 },
      validFrom: '2018-01-01',
    });
    expect(list.items).toMatchObject([
      { kind: 'max_years_on_benefits', params: { years: 5 }, isInForce: true },
    ]);
    await expectAppError(
      updateEligibilityRule(ctx('admin'), list.items[0]!.id, { validTo: '2017-12-31' }),
      'VALIDATION_FAILED',
      {
        validTo: 'referral.rule_period',
      },
    );
    await expectAppError(
      addEligibilityRule(ctx('admin'), tenderAreaId, { kind: 'min_age', validFrom: '2018-01-01' }),
      'VALIDATION_FAILED',
      { 'params.years': 'referral.rule_params' },
    );
    const read = await listEligibilityRules(ctx('providerStaff'), tenderAreaId);
    expect(read.items).toHaveLength(1);
    const changes = await db()
      .selectFrom('auditEvent')
      .select('action')
      .where('entityType', '=', 'eligibility_rule')
      .where('entityId', '=', list.items[0]!.id)
      .execute();
    expect(changes).toEqual([{ action: 'create' }]);
  });
});
