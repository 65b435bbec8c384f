import { addDays, addMonthsKeepingMonthEnd, copenhagenDate } from '../../../shared/dates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { withActorTransaction } from '../../platform/context.ts';
import {
  addAgreementPrice,
  createAgreement,
  exerciseExtension,
  getAgreement,
  getPartnershipRequirement,
  getProvider,
  listAgreedPrices,
  listAgreements,
  previewTermination,
  terminateAgreement,
  updateAgreement,
} from './agreement.service.ts';
import { addTenderArea, createTender } from '../tenders/tender.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const today = copenhagenDate(new Date());
// A running agreement: started a year ago, ends in 18 months, one optional year (under 4 years in all).
const startsOn = addMonthsKeepingMonthEnd(today, -12);
const endsOn = addMonthsKeepingMonthEnd(today, 18);

let tenderId: string;
let areaId: string;
let agreementA: string;
let agreementB: string;

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code, ...(fields ? { fields } : {}) });
  return error as AppError;
}

async function auditRows(entityType: string, entityId: string) {
  return database.db
    .selectFrom('auditEvent')
    .select(['action', 'entityType', 'actorUsername', 'criteria'])
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('seq')
    .execute();
}

async function newAgreement(
  providerId: string,
  options: { start?: string; end?: string; extensions?: number[] } = {},
) {
  const detail = await createAgreement(ctx('procurement'), {
    tenderAreaId: areaId,
    providerId,
    startsOn: options.start ?? startsOn,
    originalEndsOn: options.end ?? endsOn,
    extensions: (options.extensions ?? [12]).map((months) => ({ months })),
  });
  return detail.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const tender = await createTender(ctx('procurement'), {
    name: 'Trædesten-udbud (test)',
    caseNumber: '2023-0104249',
    decidedOn: '2023-03-14',
    minBindingPartnerships: 10,
    maxBindingPartnerships: 15,
    priceBands: { programme: { min: '1.850', max: '2.150' }, aftercare: { min: '575', max: '700' } },
  });
  tenderId = tender.id;
  const withArea = await addTenderArea(ctx('procurement'), tenderId, {
    number: 1,
    name: 'Aktivitetsparate over 30 år',
    providersToSelect: 2,
  });
  areaId = withArea.areas[0]!.id;
  agreementA = await newAgreement(world.organisations.providerA.id);
  agreementB = await newAgreement(world.organisations.providerB.id);
});
afterAll(() => database?.close());

describe('agreements: scope', () => {
  it("shows a provider user only their own provider's agreements", async () => {
    const mine = await listAgreements(ctx('providerStaff'), {});
    expect(mine.items.map((a) => a.id)).toEqual([agreementA]);
    const asked = await listAgreements(ctx('providerLead'), { providerId: world.organisations.providerB.id });
    expect(asked.items).toEqual([]);
  });

  it("answers NOT_FOUND for another provider's agreement, and for changes to it", async () => {
    await expectAppError(getAgreement(ctx('providerStaff'), agreementB), 'NOT_FOUND');
    await expectAppError(getAgreement(ctx('otherProviderStaff'), agreementA), 'NOT_FOUND');
    await expect(getAgreement(ctx('providerStaff'), agreementA)).resolves.toMatchObject({ id: agreementA });
  });

  it('lets caseworkers and analysts read every agreement', async () => {
    for (const who of ['caseworker', 'analyst'] as const) {
      const ids = (await listAgreements(ctx(who), { tenderId })).items.map((a) => a.id);
      expect(ids).toEqual(expect.arrayContaining([agreementA, agreementB]));
      await expect(getAgreement(ctx(who), agreementB)).resolves.toMatchObject({ id: agreementB });
    }
  });

  it("shows any provider's details to a provider user, but not that provider's agreements", async () => {
    const other = await getProvider(ctx('providerStaff'), world.organisations.providerB.id);
    expect(other.agreements).toEqual([]);
    const own = await getProvider(ctx('providerStaff'), world.organisations.providerA.id);
    expect(own.agreements.map((a) => a.id)).toEqual([agreementA]);
    expect(own.firstAgreementYear).toBe(Number(startsOn.slice(0, 4)));
  });
});

describe('framework agreements', () => {
  it('gives a new agreement 8 weeks of notice (seed 003) and shows its optional year', async () => {
    const detail = await getAgreement(ctx('procurement'), agreementA);
    expect(detail).toMatchObject({
      noticeWeeks: 8,
      status: 'active',
      displayStatus: 'active',
      endsOn,
      maxEndsOn: addMonthsKeepingMonthEnd(endsOn, 12),
      extensions: [{ position: 1, months: 12, exercisedOn: null, isNext: true }],
      canExercise: true,
      canTerminate: true,
    });
    expect(await auditRows('framework_agreement', agreementA)).toMatchObject([{ action: 'create' }]);
  });

  it('needs a written justification for more than 4 years with extensions, stores it and warns', async () => {
    const input = {
      tenderAreaId: areaId,
      providerId: world.organisations.providerA.id,
      startsOn: '2030-01-01',
      originalEndsOn: '2033-12-31',
      extensions: [{ months: 12 }],
    };
    await expectAppError(createAgreement(ctx('procurement'), input), 'VALIDATION_FAILED', {
      longDurationJustification: 'agreement.justification_required',
    });
    const detail = await createAgreement(ctx('procurement'), {
      ...input,
      longDurationJustification: 'Light-regimet: lang indkøring af virksomhedsnetværket.',
    });
    expect(detail.isLongDuration).toBe(true);
    expect(detail.longDurationJustification).toBe('Light-regimet: lang indkøring af virksomhedsnetværket.');
    expect(detail.warnings[0]?.message).toContain('mere end 4 år');
    await expectAppError(
      updateAgreement(ctx('procurement'), detail.id, { longDurationJustification: '' }),
      'VALIDATION_FAILED',
    );
  });

  it('refuses a second agreement for the same provider, area and start date', async () => {
    await expectAppError(
      createAgreement(ctx('procurement'), {
        tenderAreaId: areaId,
        providerId: world.organisations.providerA.id,
        startsOn,
        originalEndsOn: endsOn,
      }),
      'CONFLICT',
    );
  });

  it('refuses an unknown area or provider on its field', async () => {
    const base = { startsOn: '2031-01-01', originalEndsOn: '2031-12-31' };
    await expectAppError(
      createAgreement(ctx('procurement'), {
        ...base,
        tenderAreaId: areaId,
        providerId: world.organisations.jobCentre.id,
      }),
      'VALIDATION_FAILED',
      { providerId: 'agreement.unknown_provider' },
    );
    await expectAppError(
      createAgreement(ctx('procurement'), {
        ...base,
        tenderAreaId: tenderId,
        providerId: world.organisations.providerA.id,
      }),
      'VALIDATION_FAILED',
      { tenderAreaId: 'agreement.unknown_area' },
    );
  });

  it('activates a draft once, and gives a draft no price and no termination', async () => {
    const draft = await createAgreement(ctx('procurement'), {
      tenderAreaId: areaId,
      providerId: world.organisations.providerA.id,
      startsOn: addDays(startsOn, 1),
      originalEndsOn: endsOn,
      status: 'draft',
    });
    expect(draft).toMatchObject({ displayStatus: 'draft', canTerminate: false });
    await expectAppError(previewTermination(ctx('procurement'), draft.id, today), 'INVALID_STATE');
    const active = await updateAgreement(ctx('procurement'), draft.id, { status: 'active' });
    expect(active.status).toBe('active');
    await expectAppError(
      updateAgreement(ctx('procurement'), draft.id, { status: 'active' }),
      'INVALID_STATE',
    );
  });
});

describe('agreements ending soon', () => {
  it('lists running agreements that end within the months asked, soonest first', async () => {
    const soon = await newAgreement(world.organisations.providerB.id, {
      start: addDays(startsOn, 9),
      end: addMonthsKeepingMonthEnd(today, 3),
    });
    const sooner = await newAgreement(world.organisations.providerB.id, {
      start: addDays(startsOn, 10),
      end: addMonthsKeepingMonthEnd(today, 1),
    });
    const ids = (await listAgreements(ctx('procurement'), { expiringWithinMonths: 6 })).items.map(
      (a) => a.id,
    );
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(soon));
    expect(ids).toContain(soon);
    expect(ids).not.toContain(agreementA);
    const providerView = await listAgreements(ctx('providerStaff'), { expiringWithinMonths: 6 });
    expect(providerView.items.map((a) => a.id)).not.toContain(soon);
  });
});

describe('termination and extensions', () => {
  it('previews and then records termination at the notice date plus 8 weeks, audited', async () => {
    const id = await newAgreement(world.organisations.providerA.id, { start: addDays(startsOn, 2) });
    const preview = await previewTermination(ctx('procurement'), id, today);
    expect(preview).toEqual({
      noticeGivenOn: today,
      noticeWeeks: 8,
      endsOn: addDays(today, 56),
      currentEndsOn: endsOn,
    });
    expect((await getAgreement(ctx('procurement'), id)).status).toBe('active');

    const terminated = await terminateAgreement(ctx('procurement'), id, {
      noticeGivenOn: today,
      reason: 'Test',
    });
    expect(terminated).toMatchObject({
      status: 'terminated',
      displayStatus: 'terminated',
      endsOn: addDays(today, 56),
      noticeGivenOn: today,
      terminationReason: 'Test',
      canTerminate: false,
      canExercise: false,
    });
    const audit = await auditRows('framework_agreement', id);
    expect(audit.at(-1)).toMatchObject({
      action: 'update',
      criteria: { change: 'terminate', endsOn: addDays(today, 56) },
    });
    await expectAppError(
      terminateAgreement(ctx('procurement'), id, { noticeGivenOn: today }),
      'INVALID_STATE',
    );
  });

  it('refuses notice that would end the agreement after its current end', async () => {
    const id = await newAgreement(world.organisations.providerA.id, {
      start: addDays(startsOn, 3),
      end: addDays(today, 30),
    });
    const error = await expectAppError(
      terminateAgreement(ctx('procurement'), id, { noticeGivenOn: today }),
      'INVALID_STATE',
    );
    expect(error.message).toBe('agreement.notice_after_end');
  });

  it('exercises the optional year once, moving the end by 12 months, audited', async () => {
    const id = await newAgreement(world.organisations.providerA.id, { start: addDays(startsOn, 4) });
    const extended = await exerciseExtension(ctx('procurement'), id, { position: 1 });
    expect(extended).toMatchObject({
      endsOn: addMonthsKeepingMonthEnd(endsOn, 12),
      extensions: [{ position: 1, exercisedOn: today, isNext: false }],
      canExercise: false,
    });
    expect((await auditRows('framework_agreement', id)).at(-1)).toMatchObject({
      criteria: { change: 'exercise_extension', position: 1 },
    });
    const error = await expectAppError(exerciseExtension(ctx('procurement'), id, {}), 'INVALID_STATE');
    expect(error.message).toBe('agreement.no_extension_left');
  });
});

describe('prices', () => {
  it('asks for a reason for a price outside the estimated band, naming the band (more: price-level test)', async () => {
    const error = await expectAppError(
      addAgreementPrice(ctx('procurement'), agreementA, {
        priceKind: 'programme',
        validFrom: startsOn,
        weekly: '1.800',
      }),
      'VALIDATION_FAILED',
      { outsideBandReason: 'agreement.outside_band_reason_programme' },
    );
    expect(error.params).toEqual({ range: '1.850–2.150 kr.' });
  });

  it('stores kroner with øre as øre, audits it, and ends the open price before a new one', async () => {
    const first = await addAgreementPrice(ctx('procurement'), agreementA, {
      priceKind: 'programme',
      validFrom: startsOn,
      weekly: '1.900,50',
    });
    expect(first.prices).toMatchObject([
      { priceKind: 'programme', validFrom: startsOn, validTo: null, weeklyOre: 190_050 },
    ]);
    expect(first.currentPrices.programme).toBe(190_050);
    await addAgreementPrice(ctx('procurement'), agreementA, {
      priceKind: 'aftercare',
      validFrom: startsOn,
      weekly: '600',
    });
    const second = await addAgreementPrice(ctx('procurement'), agreementA, {
      priceKind: 'programme',
      validFrom: addDays(today, 1),
      weekly: '2.000',
    });
    expect(second.prices.filter((p) => p.priceKind === 'programme')).toMatchObject([
      { validFrom: startsOn, validTo: today, weeklyOre: 190_050 },
      { validFrom: addDays(today, 1), validTo: null, weeklyOre: 200_000 },
    ]);
    expect(second.currentPrices).toEqual({ programme: 190_050, aftercare: 60_000 });
    const priceIds = second.prices.map((p) => p.id);
    const audited = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityId'])
      .where('entityType', '=', 'agreement_price')
      .execute();
    expect(audited.filter((a) => a.action === 'create').map((a) => a.entityId)).toEqual(
      expect.arrayContaining(priceIds),
    );
    expect(audited.some((a) => a.action === 'update')).toBe(true);
  });

  it('refuses an overlapping period and a period outside the agreement on their fields', async () => {
    await expectAppError(
      addAgreementPrice(ctx('procurement'), agreementA, {
        priceKind: 'aftercare',
        validFrom: startsOn,
        validTo: today,
        weekly: '650',
      }),
      'VALIDATION_FAILED',
      { validFrom: 'agreement.price_overlap' },
    );
    await expectAppError(
      addAgreementPrice(ctx('procurement'), agreementB, {
        priceKind: 'aftercare',
        validFrom: addDays(startsOn, -1),
        weekly: '650',
      }),
      'VALIDATION_FAILED',
      { validFrom: 'agreement.price_outside_agreement' },
    );
  });

  it("refuses a provider user's change to another provider's agreement as NOT_FOUND", async () => {
    // The route needs agreement.manage, which provider users lack; the service still keeps scope.
    await expectAppError(
      addAgreementPrice(ctx('providerStaff'), agreementB, {
        priceKind: 'aftercare',
        validFrom: startsOn,
        weekly: '650',
      }),
      'NOT_FOUND',
    );
  });

  it('hands the agreed prices and the partnership requirement to other modules', async () => {
    const prices = await withActorTransaction(ctx('analyst'), (tx) =>
      listAgreedPrices(tx, { providerId: world.organisations.providerA.id, year: Number(today.slice(0, 4)) }),
    );
    expect(prices.some((p) => p.agreementId === agreementA && p.weeklyOre === 190_050)).toBe(true);
    const requirement = await withActorTransaction(ctx('analyst'), (tx) =>
      getPartnershipRequirement(tx, world.organisations.providerA.id, today),
    );
    expect(requirement).toMatchObject({ tenderId, min: 10, max: 15 });
  });
});
