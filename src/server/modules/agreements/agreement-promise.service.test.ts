// The provider's promises per agreement against what indsats records (issue 14), and the agreement's EAN
// number, on a database: binding partnerships, local partners and the mentor ratio counted from the
// companies and courses modules, the bid and sub-criterion linked through the tenders service, the scope
// of provider users, the refusals with their fields, audit rows, the meeting agenda's snapshot.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInCopenhagen } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen, insertUser } from '../../../../test/support/factories.ts';
import { insertAgreementWithPrices } from '../budgets/budget.fixtures.ts';
import { insertCourse } from '../courses/course.fixtures.ts';
import { createMeeting, generateAgenda } from '../meetings/meeting.service.ts';
import { insertEvaluatedTender, type EvaluatedTender } from '../tenders/evaluation.fixtures.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import { testRng } from '../../../../test/support/seed.ts';
import {
  comparePromisesOfProvider,
  createPromise,
  deletePromise,
  listPromises,
  setAgreementEan,
} from './agreement-promise.service.ts';

let database: TestDatabase;
const rng = testRng('agreement-promise.service');
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const today = todayInCopenhagen();
let tender: EvaluatedTender;
let agreementA: string;
let agreementB: string;

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function insertPartnership(
  providerId: string,
  isBinding: boolean,
  startsOn: string,
  endsOn: string | null,
) {
  const company = await database.db
    .insertInto('company')
    .values({ cvr: syntheticCvr(rng), name: 'Virksomhed (test)' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('companyPartnership')
    .values({ providerId, companyId: company.id, isBinding, startsOn, endsOn })
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const { providerA, providerB, jobCentre } = world.organisations;
  tender = await insertEvaluatedTender(database.db, {
    bids: [{ providerId: providerA.id, prices: [2000, 600], points: [8, 8, 8] }],
    decided: true,
  });
  const agreement = (providerId: string) =>
    insertAgreementWithPrices(database.db, {
      tenderAreaId: tender.areaId,
      providerId,
      startsOn: addDays(today, -365),
      endsOn: addDays(today, 365),
      programme: [{ validFrom: addDays(today, -365), weeklyOre: 200_000 }],
    });
  agreementA = await agreement(providerA.id);
  agreementB = await agreement(providerB.id);

  // Provider A's network: 3 binding partnerships active today, one ended, one not binding; 2 local partners.
  for (let i = 0; i < 3; i++) await insertPartnership(providerA.id, true, addDays(today, -100), null);
  await insertPartnership(providerA.id, true, addDays(today, -300), addDays(today, -1));
  await insertPartnership(providerA.id, false, addDays(today, -100), null);
  for (const name of ['Lokaludvalget (test)', 'Boligforeningen (test)']) {
    await database.db
      .insertInto('localPartner')
      .values({ providerId: providerA.id, kind: 'local_committee', name })
      .execute();
  }

  // Five running courses: two with the staff member, two with the lead, one without a mentor; one ended
  // course and one with a deactivated mentor's course that has ended do not count.
  const gone = await insertUser(database.db, providerA, ['provider_staff']);
  await database.db.updateTable('appUser').set({ isActive: false }).where('id', '=', gone.userId).execute();
  const mentors = [
    world.users.providerStaff.userId,
    world.users.providerStaff.userId,
    world.users.providerLead.userId,
    world.users.providerLead.userId,
    null,
  ];
  for (const mentorUserId of mentors) {
    const citizen = await insertCitizen(database.db, keys, {
      jobCentreId: jobCentre.id,
      providerIds: [providerA.id],
    });
    await insertCourse(database.db, {
      citizenId: citizen.id,
      providerId: providerA.id,
      agreementId: agreementA,
      mentorUserId,
      startsOn: addDays(today, -30),
    });
  }
  const ended = await insertCitizen(database.db, keys, {
    jobCentreId: jobCentre.id,
    providerIds: [providerA.id],
  });
  await insertCourse(database.db, {
    citizenId: ended.id,
    providerId: providerA.id,
    mentorUserId: gone.userId,
    startsOn: addDays(today, -200),
    endsOn: addDays(today, -100),
    endReason: 'dropped_out',
  });
});
afterAll(() => database?.close());

describe('promises', () => {
  it('compares what the provider promised with what indsats records today', async () => {
    const setup = await listPromises(ctx('procurement'), agreementA);
    expect(setup.recorded).toEqual({
      bindingPartnerships: 3,
      localPartners: 2,
      runningCourses: 5,
      mentors: 2,
    });
    expect(setup.sourceOptions!.bidId).toBe(tender.bidIds[0]);
    const local = setup.sourceOptions!.criteria.find((c) => c.name === 'Lokalt kendskab')!;

    await createPromise(ctx('procurement'), agreementA, {
      kind: 'binding_partnerships',
      promised: '4',
      source: 'bid',
      criterionId: local.id,
    });
    await createPromise(ctx('procurement'), agreementA, {
      kind: 'local_partners',
      promised: '2',
      source: 'agreement',
      sourceText: 'Bilag 2, pkt. 3: mindst to lokale samarbejdspartnere.',
    });
    await createPromise(ctx('admin'), agreementA, { kind: 'mentor_ratio', promised: '2,5', source: 'bid' });
    const list = await createPromise(ctx('procurement'), agreementA, {
      kind: 'other',
      label: 'Praktikpladser pr. år',
      unit: 'pladser',
      promised: '12',
      source: 'bid',
    });

    expect(
      list.items.map((p) => [p.kind, p.promisedTenths, p.comparison.status, p.comparison.recordedTenths]),
    ).toEqual([
      ['binding_partnerships', 40, 'not_met', 30],
      ['local_partners', 20, 'met', 20],
      // 5 running courses on 2 active mentors: 2,5 per mentor, within the promise.
      ['mentor_ratio', 25, 'met', 25],
      ['other', 120, 'not_recorded', null],
    ]);
    const [binding, clause] = list.items;
    expect(binding).toMatchObject({
      source: 'bid',
      bid: { id: tender.bidIds[0], tenderId: tender.tenderId },
      criterion: { id: local.id, name: 'Lokalt kendskab' },
      recordedBy: { id: world.users.procurement.userId },
    });
    expect(binding!.comparison.differenceTenths).toBe(-10);
    expect(clause).toMatchObject({
      source: 'agreement',
      bid: null,
      sourceText: expect.stringContaining('Bilag 2'),
    });

    const audit = await database.db
      .selectFrom('auditEvent')
      .select(['action'])
      .where('entityType', '=', 'agreement_promise')
      .where('action', '=', 'create')
      .execute();
    expect(audit).toHaveLength(4);
  });

  it('shows a provider lead its own provider’s promises without the recording choices, and hides others’', async () => {
    const own = await listPromises(ctx('providerLead'), agreementA);
    expect(own.items).toHaveLength(4);
    expect(own.sourceOptions).toBeNull();
    expect(own.items[0]!.criterion?.name).toBe('Lokalt kendskab');
    expect((await refusal(listPromises(ctx('providerLead'), agreementB))).code).toBe('NOT_FOUND');
    expect((await refusal(listPromises(ctx('otherProviderStaff'), agreementA))).code).toBe('NOT_FOUND');
    const analyst = await listPromises(ctx('analyst'), agreementA);
    expect(analyst.items).toHaveLength(4);
  });

  it('refuses a promise without what its kind and source need, on the field', async () => {
    const cases = [
      [{ kind: 'other', promised: '3', source: 'bid' }, 'label', 'promise.label_required'],
      [
        { kind: 'local_partners', promised: '3', source: 'agreement' },
        'sourceText',
        'promise.clause_required',
      ],
      [{ kind: 'local_partners', promised: '3,55', source: 'bid' }, 'promised', 'promise.value_format'],
      [
        { kind: 'local_partners', promised: '3', source: 'bid', criterionId: crypto.randomUUID() },
        'criterionId',
        'promise.criterion_unknown',
      ],
    ] as const;
    for (const [input, field, key] of cases) {
      const error = await refusal(createPromise(ctx('procurement'), agreementA, input));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fields).toMatchObject({ [field]: key });
    }
  });

  it('removes a promise of the agreement, and answers 404 for one of another agreement', async () => {
    const before = await listPromises(ctx('procurement'), agreementA);
    const other = await createPromise(ctx('procurement'), agreementB, {
      kind: 'local_partners',
      promised: '1',
      source: 'bid',
    });
    const otherId = other.items[0]!.id;
    expect((await refusal(deletePromise(ctx('procurement'), agreementA, otherId))).code).toBe('NOT_FOUND');
    const after = await deletePromise(ctx('procurement'), agreementB, otherId);
    expect(after.items).toEqual([]);
    expect((await listPromises(ctx('procurement'), agreementA)).items).toEqual(before.items);
  });

  it('gives the follow-up meeting’s agenda the promises of the agreements in force', async () => {
    const promises = await comparePromisesOfProvider(ctx('caseworker'), world.organisations.providerA.id);
    expect(promises.map((p) => [p.kind, p.status])).toEqual([
      ['binding_partnerships', 'not_met'],
      ['local_partners', 'met'],
      ['mentor_ratio', 'met'],
      ['other', 'not_recorded'],
    ]);
    expect(promises[0]!.agreement).toContain('Udsatte borgere');
    expect(await comparePromisesOfProvider(ctx('procurement'), world.organisations.providerB.id)).toEqual([]);

    const { id } = await createMeeting(ctx('procurement'), world.organisations.providerA.id, {
      heldOn: today,
    });
    const meeting = await generateAgenda(ctx('procurement'), id);
    const section = meeting.agenda!.sections.find((s) => s.key === 'promises')!;
    expect(section.available).toBe(true);
    expect(section.figures.map((f) => [f.key, f.value])).toEqual([
      ['promises', 4],
      ['promises_not_met', 1],
    ]);
    expect(section.promises).toEqual(promises);
  });
});

describe('the agreement’s EAN number', () => {
  it('is set, changed and removed, with the check digit checked and the change audited', async () => {
    const set = await setAgreementEan(ctx('procurement'), agreementA, { ean: '5798 0097 1017 8' });
    expect(set.ean).toBe('5798009710178');
    const wrongDigit = await refusal(
      setAgreementEan(ctx('procurement'), agreementA, { ean: '5798009710177' }),
    );
    expect(wrongDigit).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { ean: 'agreement.ean_check_digit' },
    });
    const short = await refusal(setAgreementEan(ctx('admin'), agreementA, { ean: '579800971017' }));
    expect(short.fields).toEqual({ ean: 'agreement.ean_format' });
    // Another valid GLN (check digit computed by the same rule), then removed.
    expect((await setAgreementEan(ctx('admin'), agreementA, { ean: '5790000000005' })).ean).toBe(
      '5790000000005',
    );
    expect((await setAgreementEan(ctx('admin'), agreementA, { ean: null })).ean).toBeNull();
    const audit = await database.db
      .selectFrom('auditEvent')
      .select('criteria')
      .where('entityId', '=', agreementA)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => (a.criteria as { change?: string }).change)).toEqual(['ean', 'ean', 'ean']);
  });

  it('is another provider’s to nobody: a provider user gets 404', async () => {
    expect((await refusal(setAgreementEan(ctx('providerLead'), agreementB, { ean: null }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('is checked by the database as well', async () => {
    const error = await sql`UPDATE framework_agreement SET ean = '5798009710177' WHERE id = ${agreementA}`
      .execute(database.db)
      .then(
        () => null,
        (e: unknown) => e as { code?: string },
      );
    expect(error?.code).toBe('23514');
  });
});
