import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import type { CreateReferralInput } from '../../../shared/courses/referral.schemas.ts';
import type { Actor } from '../../platform/context.ts';
import { withActorTransaction } from '../../platform/context.ts';
import { insertTenderWithArea } from '../budgets/budget.fixtures.ts';
import { requireCourse } from '../../platform/access/course-access.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';
import { insertProviderWithPlaces, refusalOf, setProviderDistrict } from './referral.fixtures.ts';
import { getCourse } from '../courses/course.service.ts';
import {
  acceptReferral,
  addEligibilityRule,
  createReferral,
  getReferral,
  listCitizenReferrals,
  listMentorOptions,
  listReferralOptions,
  listReferrals,
  rejectReferral,
  withdrawReferral,
} from './referral.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreementA: { tenderAreaId: string; agreementId: string };
let agreementB: { tenderAreaId: string; agreementId: string };
let full: { providerId: string; agreementId: string; staff: Actor };
const ON = '2026-03-02';

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const db = () => database.db;

async function newCitizen(values: { cpr?: string; jobCentreId?: string } = {}) {
  return insertCitizen(db(), keys, {
    jobCentreId: values.jobCentreId ?? world.organisations.jobCentre.id,
    ...values,
  });
}

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  const refusal = await refusalOf(promise);
  expect(refusal?.code).toBe(code);
  if (fields) expect(refusal?.fields).toEqual(fields);
}

const referBody = (agreementId: string, extra: Partial<CreateReferralInput> = {}): CreateReferralInput => ({
  agreementId,
  referredOn: ON,
  offerType: 'guidance_and_upskilling',
  offerFrom: '2026-03-09',
  offerTo: '2026-06-05',
  informedOn: '2026-02-25',
  citizenResponse: 'accepted',
  note: 'Drikker dagligt; ønsker ikke behandling endnu.',
  ...extra,
});

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  agreementA = await insertCourseAgreement(db(), world.organisations.providerA.id);
  agreementB = await insertCourseAgreement(db(), world.organisations.providerB.id);
  await setProviderDistrict(db(), world.organisations.providerA.id, 'Sydhavnen');
  await setProviderDistrict(db(), world.organisations.providerB.id, 'Valby');
  full = await insertProviderWithPlaces(db(), 1);
});
afterAll(() => database?.close());

describe('referring a citizen', () => {
  it('creates a pending referral with the offer decision, the note encrypted, and an audit row', async () => {
    const citizen = await newCitizen();
    const referral = await createReferral(ctx('caseworker'), citizen.id, referBody(agreementA.agreementId));
    expect(referral).toMatchObject({
      status: 'pending',
      offerType: 'guidance_and_upskilling',
      offerFrom: '2026-03-09',
      offerTo: '2026-06-05',
      citizenResponse: 'accepted',
      citizenResponseReason: null,
      outsideTargetGroup: false,
      targetGroupReason: null,
      informedOn: '2026-02-25',
      referredOn: ON,
      provider: { id: world.organisations.providerA.id },
      referredBy: { id: world.users.caseworker.userId },
      note: 'Drikker dagligt; ønsker ikke behandling endnu.',
      courseId: null,
    });
    const stored = await db()
      .selectFrom('referral')
      .select(['noteEncrypted', 'consentGiven'])
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    expect(stored.noteEncrypted!.toString('utf8')).not.toContain('Drikker');
    // The legacy consent column is no longer written (migration 0020).
    expect(stored.consentGiven).toBeNull();
    const audits = await db()
      .selectFrom('auditEvent')
      .select(['action', 'entityType'])
      .where('citizenId', '=', citizen.id)
      .execute();
    expect(audits).toContainEqual({ action: 'create', entityType: 'referral' });
  });

  it('marks a citizen from outside the provider’s district, and not one from inside', async () => {
    const outside = await createReferral(
      ctx('caseworker'),
      (await newCitizen()).id,
      referBody(agreementA.agreementId),
    );
    expect(outside.outsideDistrict).toBe(true);
    expect(outside.warnings.join(' ')).toContain('uden for leverandørens bydel (Valby / Sydhavnen)');
    const inside = await createReferral(
      ctx('caseworker'),
      (await newCitizen()).id,
      referBody(agreementB.agreementId),
    );
    expect(inside.outsideDistrict).toBe(false);
    expect(inside.warnings).toEqual([]);
  });

  it('warns when the provider is full, counting other job centres’ courses, and still creates the referral', async () => {
    const first = await createReferral(
      ctx('caseworker'),
      (await newCitizen()).id,
      referBody(full.agreementId),
    );
    expect(first.capacityWarning).toBe(false);
    // One place and one pending referral: full (occupied ≥ places).
    const second = await createReferral(
      ctx('caseworker'),
      (await newCitizen()).id,
      referBody(full.agreementId),
    );
    expect(second).toMatchObject({ status: 'pending', capacityWarning: true });
    expect(second.warnings[0]).toBe(
      'Leverandøren er fuld (1 af 1 pladser optaget). Henvisningen er oprettet og kan vente.',
    );
    // Read back while pending, it says it was full; once accepted, that is no longer a warning.
    const pending = await getReferral(ctx('caseworker'), second.id);
    expect(pending.warnings).toContain(
      'Leverandøren var fuld, da borgeren blev henvist. Henvisningen kan vente.',
    );
    const accepted = await acceptReferral(ctxFor(db(), keys, full.staff), second.id, {
      startsOn: '2026-03-09',
    });
    expect(accepted.referral).toMatchObject({ status: 'accepted', capacityWarning: true, warnings: [] });
    // A course of another job centre's citizen, which the caseworker cannot see, counts too.
    const other = await newCitizen({ jobCentreId: world.organisations.otherJobCentre.id });
    await insertCourse(db(), { citizenId: other.id, providerId: full.providerId, startsOn: '2026-01-05' });
    const options = await listReferralOptions(ctx('caseworker'), { date: ON });
    expect(options.items.find((o) => o.agreementId === full.agreementId)).toMatchObject({
      places: 1,
      occupied: 3,
      full: true,
    });
    // No frame covers provider A: capacity unknown, never full.
    expect(options.items.find((o) => o.agreementId === agreementA.agreementId)).toMatchObject({
      places: null,
      full: false,
      provider: { name: world.organisations.providerA.name, district: 'Sydhavnen' },
      tenderArea: { name: 'Udsatte borgere' },
    });
  });

  it('records a refusal with the reason as given, sealed, and still creates the referral', async () => {
    const citizen = await newCitizen();
    const referral = await createReferral(
      ctx('caseworker'),
      citizen.id,
      referBody(agreementB.agreementId, {
        citizenResponse: 'refused',
        responseReason: 'Syntetisk: vil hellere søge job selv.',
      }),
    );
    expect(referral).toMatchObject({
      status: 'pending',
      citizenResponse: 'refused',
      citizenResponseReason: 'Syntetisk: vil hellere søge job selv.',
    });
    expect(referral.warnings).toContain('Borgeren har sagt nej til tilbuddet. Svaret er registreret.');
    const stored = await db()
      .selectFrom('referral')
      .select('citizenResponseReasonEncrypted')
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    expect(stored.citizenResponseReasonEncrypted!.toString('utf8')).not.toContain('søge job');
  });

  it('refuses a refusal without the citizen’s reason, with a field error', async () => {
    const citizen = await newCitizen();
    await expectAppError(
      createReferral(
        ctx('caseworker'),
        citizen.id,
        referBody(agreementA.agreementId, { citizenResponse: 'refused', responseReason: '  ' }),
      ),
      'VALIDATION_FAILED',
      { responseReason: 'referral.refusal_reason_required' },
    );
  });

  it('refuses an agreement not active on the referral date', async () => {
    const citizen = await newCitizen();
    await expectAppError(
      createReferral(
        ctx('caseworker'),
        citizen.id,
        referBody(agreementA.agreementId, { referredOn: '2023-12-31', informedOn: '2023-12-20' }),
      ),
      'VALIDATION_FAILED',
      { agreementId: 'referral.agreement_not_active' },
    );
    const { tenderAreaId } = await insertTenderWithArea(db());
    const draft = await db()
      .insertInto('frameworkAgreement')
      .values({
        tenderAreaId,
        providerId: world.organisations.providerA.id,
        startsOn: '2024-01-01',
        originalEndsOn: '2027-12-31',
        endsOn: '2027-12-31',
        status: 'draft',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expectAppError(
      createReferral(ctx('caseworker'), citizen.id, referBody(draft.id)),
      'VALIDATION_FAILED',
      { agreementId: 'referral.agreement_not_active' },
    );
    const options = await listReferralOptions(ctx('caseworker'), { date: ON });
    expect(options.items.map((o) => o.agreementId)).not.toContain(draft.id);
  });

  it('refuses a second pending referral and a citizen in an active course', async () => {
    const citizen = await newCitizen();
    await createReferral(ctx('caseworker'), citizen.id, referBody(agreementA.agreementId));
    await expectAppError(
      createReferral(ctx('caseworker'), citizen.id, referBody(agreementB.agreementId)),
      'CONFLICT',
      { agreementId: 'referral.already_pending' },
    );
    const inCourse = await newCitizen();
    await insertCourse(db(), { citizenId: inCourse.id, providerId: world.organisations.providerB.id });
    await expectAppError(
      createReferral(ctx('caseworker'), inCourse.id, referBody(agreementA.agreementId)),
      'CONFLICT',
      { agreementId: 'referral.already_in_course' },
    );
  });

  it("answers 404 for another job centre's citizen", async () => {
    await expectAppError(
      createReferral(ctx('otherCaseworker'), (await newCitizen()).id, referBody(agreementA.agreementId)),
      'NOT_FOUND',
    );
  });
});

describe('the provider’s decision', () => {
  async function pendingAtA() {
    const citizen = await newCitizen();
    return createReferral(ctx('caseworker'), citizen.id, referBody(agreementA.agreementId));
  }

  it('accepts: creates the course with first stage, caseworker and mentor, visible to provider A only', async () => {
    const referral = await pendingAtA();
    const mentors = await listMentorOptions(ctx('providerLead'), referral.id);
    expect(mentors.items.map((m) => m.id)).toEqual(
      expect.arrayContaining([world.users.providerStaff.userId, world.users.providerLead.userId]),
    );
    const result = await acceptReferral(ctx('providerStaff'), referral.id, {
      startsOn: '2026-03-09',
      mentorUserId: world.users.providerStaff.userId,
      firstStage: 'external_internship',
    });
    expect(result.referral).toMatchObject({
      status: 'accepted',
      decidedBy: { id: world.users.providerStaff.userId },
      courseId: result.courseId,
    });
    const course = await withActorTransaction(ctx('providerStaff'), (tx) =>
      requireCourse(tx, world.users.providerStaff, result.courseId, 'provider'),
    );
    expect(course).toMatchObject({
      referralId: referral.id,
      agreementId: agreementA.agreementId,
      mentorUserId: world.users.providerStaff.userId,
      startsOn: '2026-03-09',
      endsOn: null,
    });
    const stages = await db()
      .selectFrom('courseStage')
      .selectAll()
      .where('courseId', '=', result.courseId)
      .execute();
    expect(stages).toMatchObject([{ stage: 'external_internship', startsOn: '2026-03-09', endsOn: null }]);
    const caseworkers = await db()
      .selectFrom('courseCaseworker')
      .select('userId')
      .where('courseId', '=', result.courseId)
      .execute();
    expect(caseworkers).toEqual([{ userId: world.users.caseworker.userId }]);
    // Row-level security without the application's filter: provider B sees neither course nor referral.
    const seenByB = await withActorTransaction(ctx('otherProviderStaff'), (tx) =>
      tx.selectFrom('course').select('id').where('id', '=', result.courseId).execute(),
    );
    expect(seenByB).toEqual([]);
    await expectAppError(getReferral(ctx('otherProviderStaff'), referral.id), 'NOT_FOUND');
    // The caseworker sees the course on the citizen's referrals.
    const own = await listCitizenReferrals(ctx('caseworker'), referral.citizen.id);
    expect(own.items).toMatchObject([{ id: referral.id, courseId: result.courseId }]);
  });

  it('refuses a mentor from another provider, a start before the referral, and a second decision', async () => {
    const referral = await pendingAtA();
    await expectAppError(
      acceptReferral(ctx('providerStaff'), referral.id, {
        startsOn: '2026-03-09',
        mentorUserId: world.users.otherProviderStaff.userId,
      }),
      'VALIDATION_FAILED',
      { mentorUserId: 'referral.mentor_unknown' },
    );
    await expectAppError(
      acceptReferral(ctx('providerStaff'), referral.id, { startsOn: '2026-03-01' }),
      'VALIDATION_FAILED',
      { startsOn: 'referral.start_before_referral' },
    );
    const accepted = await acceptReferral(ctx('providerStaff'), referral.id, { startsOn: ON });
    const stage = await db()
      .selectFrom('courseStage')
      .select('stage')
      .where('courseId', '=', accepted.courseId)
      .execute();
    expect(stage).toEqual([{ stage: 'internal_training' }]);
    await expectAppError(
      rejectReferral(ctx('providerLead'), referral.id, { reason: 'For sent' }),
      'INVALID_STATE',
    );
  });

  it('rejects with the reason; provider B cannot decide provider A’s referral', async () => {
    const referral = await pendingAtA();
    await expectAppError(
      rejectReferral(ctx('otherProviderStaff'), referral.id, { reason: 'Nej' }),
      'NOT_FOUND',
    );
    const rejected = await rejectReferral(ctx('providerLead'), referral.id, {
      reason: '  Ingen ledig mentor  ',
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      decisionReason: 'Ingen ledig mentor',
      decidedBy: { id: world.users.providerLead.userId },
      courseId: null,
    });
    // A rejected referral no longer blocks a new one.
    const again = await createReferral(
      ctx('caseworker'),
      referral.citizen.id,
      referBody(agreementB.agreementId),
    );
    expect(again.status).toBe('pending');
  });

  it('lets the job centre withdraw a pending referral, which the provider then no longer sees', async () => {
    const referral = await pendingAtA();
    await expectAppError(withdrawReferral(ctx('otherCaseworker'), referral.id), 'NOT_FOUND');
    const withdrawn = await withdrawReferral(ctx('caseworker'), referral.id);
    expect(withdrawn.status).toBe('withdrawn');
    await expectAppError(getReferral(ctx('providerStaff'), referral.id), 'NOT_FOUND');
    await expectAppError(withdrawReferral(ctx('caseworker'), referral.id), 'INVALID_STATE');
  });

  it('lists referrals in scope, pending first: the job centre its citizens’, a provider those to it', async () => {
    const mine = await listReferrals(ctx('caseworker'), { page: 1 });
    expect(mine.total).toBeGreaterThan(5);
    const statuses = mine.items.map((r) => r.status);
    expect(statuses.indexOf('pending')).toBe(0);
    expect(statuses.lastIndexOf('pending')).toBeLessThan(
      Math.max(statuses.indexOf('accepted'), statuses.indexOf('rejected')),
    );
    const atA = await listReferrals(ctx('providerStaff'), { status: 'pending', page: 1 });
    expect(
      atA.items.every((r) => r.provider.id === world.organisations.providerA.id && r.status === 'pending'),
    ).toBe(true);
    expect(atA.pendingCount).toBe(atA.total);
    const atB = await listReferrals(ctx('otherProviderStaff'), { page: 1 });
    expect(atB.items.every((r) => r.provider.id === world.organisations.providerB.id)).toBe(true);
    expect((await listReferrals(ctx('otherCaseworker'), { page: 1 })).total).toBe(0);
  });
});

describe('a referral outside the target group (issue 12, item 2)', () => {
  // A programme whose rule no synthetic citizen meets: at least 100 years old (the age comes from the CPR).
  async function agreementWithImpossibleRule() {
    const provider = await insertProviderWithPlaces(db(), 5);
    const { tenderAreaId } = await db()
      .selectFrom('frameworkAgreement')
      .select('tenderAreaId')
      .where('id', '=', provider.agreementId)
      .executeTakeFirstOrThrow();
    await addEligibilityRule(ctx('procurement'), tenderAreaId, {
      kind: 'min_age',
      params: { years: 100 },
      validFrom: '2020-01-01',
    });
    return provider;
  }

  it('requires a reason, stores it sealed, and marks the referral, the list and the course', async () => {
    const provider = await agreementWithImpossibleRule();
    const citizen = await newCitizen();
    await expectAppError(
      createReferral(ctx('caseworker'), citizen.id, referBody(provider.agreementId)),
      'VALIDATION_FAILED',
      { targetGroupReason: 'referral.target_group_reason_required' },
    );
    const referral = await createReferral(
      ctx('caseworker'),
      citizen.id,
      referBody(provider.agreementId, { targetGroupReason: 'Syntetisk: tæt på målgruppen, særligt behov.' }),
    );
    expect(referral).toMatchObject({
      outsideTargetGroup: true,
      targetGroupReason: 'Syntetisk: tæt på målgruppen, særligt behov.',
    });
    expect(referral.warnings).toContain(
      'Borgeren opfyldte ikke forløbets målgruppekrav på henvisningsdatoen. Henvist med begrundelse og markeret.',
    );
    const stored = await db()
      .selectFrom('referral')
      .select(['outsideTargetGroup', 'targetGroupReasonEncrypted'])
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    expect(stored.outsideTargetGroup).toBe(true);
    expect(stored.targetGroupReasonEncrypted!.toString('utf8')).not.toContain('målgruppen');
    const list = await listReferrals(ctx('caseworker'), { page: 1 });
    expect(list.items.find((r) => r.id === referral.id)).toMatchObject({ outsideTargetGroup: true });

    const providerCtx = ctxFor(db(), keys, provider.staff);
    const { courseId } = await acceptReferral(providerCtx, referral.id, { startsOn: '2026-03-09' });
    const course = await getCourse(providerCtx, courseId);
    expect(course.referral).toMatchObject({
      outsideTargetGroup: true,
      offerType: 'guidance_and_upskilling',
      citizenResponse: 'accepted',
    });
  });

  it('needs no reason when the citizen meets the rules', async () => {
    const referral = await createReferral(
      ctx('caseworker'),
      (await newCitizen()).id,
      referBody(agreementB.agreementId, { targetGroupReason: 'ignored' }),
    );
    expect(referral).toMatchObject({ outsideTargetGroup: false, targetGroupReason: null });
  });
});
