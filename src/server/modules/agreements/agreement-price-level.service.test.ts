// The tender's price band is an estimate (a warning with a reason); a tender's real cap is a limit
// (issue 12). Seed 002's bands: 1.850–2.150 kr. (programme) and 575–700 kr. (aftercare) a week.
import { addMonthsKeepingMonthEnd, copenhagenDate } from '../../../shared/dates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { addAgreementPrice, createAgreement, getAgreement } from './agreement.service.ts';
import { addTenderArea, createTender, getTender, updateTender } from '../tenders/tender.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const today = copenhagenDate(new Date());
const startsOn = addMonthsKeepingMonthEnd(today, -12);
let tenderId: string;
let agreementId: string;

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const tender = await createTender(ctx('procurement'), {
    name: 'Trædesten-udbud (test)',
    priceBands: { programme: { min: '1.850', max: '2.150' }, aftercare: { min: '575', max: '700' } },
    priceCaps: { programme: '2.400' },
  });
  tenderId = tender.id;
  const withArea = await addTenderArea(ctx('procurement'), tenderId, {
    number: 1,
    name: 'Aktivitetsparate over 30 år',
    providersToSelect: 2,
  });
  const agreement = await createAgreement(ctx('procurement'), {
    tenderAreaId: withArea.areas[0]!.id,
    providerId: world.organisations.providerA.id,
    startsOn,
    originalEndsOn: addMonthsKeepingMonthEnd(today, 18),
    extensions: [{ months: 12 }],
  });
  agreementId = agreement.id;
});
afterAll(() => database?.close());

describe('tender price caps', () => {
  it('stores a real cap per kind apart from the estimated band, and removes it with null', async () => {
    expect((await getTender(ctx('caseworker'), tenderId)).priceCaps).toEqual({
      programme: 240_000,
      aftercare: null,
    });
    const capped = await updateTender(ctx('procurement'), tenderId, { priceCaps: { aftercare: '750' } });
    expect(capped.priceCaps).toEqual({ programme: 240_000, aftercare: 75_000 });
    expect(capped.priceBands).toHaveLength(2);
    const cleared = await updateTender(ctx('procurement'), tenderId, { priceCaps: { aftercare: null } });
    expect(cleared.priceCaps).toEqual({ programme: 240_000, aftercare: null });
  });
});

describe('agreement prices against the price level', () => {
  it('asks for a reason for a price above the band (yearly indexation), naming the band', async () => {
    const error = await refusal(
      addAgreementPrice(ctx('procurement'), agreementId, {
        priceKind: 'programme',
        validFrom: startsOn,
        weekly: '2.210',
        outsideBandReason: '   ',
      }),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { outsideBandReason: 'agreement.outside_band_reason_programme' },
      params: { range: '1.850–2.150 kr.' },
    });
    expect((await getAgreement(ctx('procurement'), agreementId)).prices).toEqual([]);
  });

  it('refuses a price above the real cap with a message naming the cap, even with a reason', async () => {
    const error = await refusal(
      addAgreementPrice(ctx('procurement'), agreementId, {
        priceKind: 'programme',
        validFrom: startsOn,
        weekly: '2.400,01',
        outsideBandReason: 'Indeksering',
      }),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { weekly: 'agreement.price_above_cap_programme' },
      params: { cap: '2.400,00 kr.' },
    });
  });

  it('stores a price outside the band with its reason, shows the band it lies outside, and audits both', async () => {
    const detail = await addAgreementPrice(ctx('procurement'), agreementId, {
      priceKind: 'programme',
      validFrom: startsOn,
      weekly: '2.210',
      outsideBandReason: ' Årlig indeksering 2025 (PL-regulering) ',
    });
    expect(detail.priceCaps).toEqual({ programme: 240_000, aftercare: null });
    const [price] = detail.prices;
    expect(price).toMatchObject({
      weeklyOre: 221_000,
      outsideBand: { priceKind: 'programme', minWeeklyOre: 185_000, maxWeeklyOre: 215_000 },
      outsideBandReason: 'Årlig indeksering 2025 (PL-regulering)',
    });
    const audit = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'criteria'])
      .where('entityType', '=', 'agreement_price')
      .where('entityId', '=', price!.id)
      .execute();
    expect(audit).toMatchObject([
      {
        action: 'create',
        criteria: {
          weeklyOre: 221_000,
          outsideBand: { minWeeklyOre: 185_000, maxWeeklyOre: 215_000 },
          outsideBandReason: 'Årlig indeksering 2025 (PL-regulering)',
        },
      },
    ]);
  });

  it('keeps no reason for a price inside the band, and allows one below the band with a reason', async () => {
    const inside = await addAgreementPrice(ctx('procurement'), agreementId, {
      priceKind: 'aftercare',
      validFrom: startsOn,
      validTo: addMonthsKeepingMonthEnd(startsOn, 1),
      weekly: '600',
      outsideBandReason: 'Ikke nødvendig',
    });
    expect(inside.prices.find((p) => p.priceKind === 'aftercare')).toMatchObject({
      weeklyOre: 60_000,
      outsideBand: null,
      outsideBandReason: null,
    });
    const below = await addAgreementPrice(ctx('procurement'), agreementId, {
      priceKind: 'aftercare',
      validFrom: addMonthsKeepingMonthEnd(startsOn, 2),
      weekly: '550',
      outsideBandReason: 'Lavere pris aftalt ved genforhandling',
    });
    expect(below.prices.filter((p) => p.priceKind === 'aftercare').at(-1)).toMatchObject({
      weeklyOre: 55_000,
      outsideBand: { minWeeklyOre: 57_500, maxWeeklyOre: 70_000 },
      outsideBandReason: 'Lavere pris aftalt ved genforhandling',
    });
  });
});
