import { addDays } from '../../../shared/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPriceBand,
  periodsOverlap,
  planPriceInsert,
  priceOn,
  type PricePeriod,
} from './agreement.rules.ts';

const isoDate = fc.integer({ min: 0, max: 70 * 366 }).map((days) => addDays('1990-01-01', days));

describe('price bands', () => {
  const bands = [
    { priceKind: 'programme' as const, minWeeklyOre: 185_000, maxWeeklyOre: 215_000 },
    { priceKind: 'aftercare' as const, minWeeklyOre: 57_500, maxWeeklyOre: 70_000 },
  ];

  it.each([
    ['programme', 185_000, null],
    ['programme', 215_000, null],
    ['programme', 184_999, 'agreement.price_outside_band_programme'],
    ['programme', 215_001, 'agreement.price_outside_band_programme'],
    ['aftercare', 60_000, null],
    ['aftercare', 70_050, 'agreement.price_outside_band_aftercare'],
  ] as const)('checks %s at %i øre: %s', (kind, ore, key) => {
    const problem = checkPriceBand(bands, kind, ore);
    if (key === null) expect(problem).toBeNull();
    else expect(problem).toMatchObject({ key, field: 'weekly' });
  });

  it('names the band in kroner (seed 002: 1.850–2.150 kr.)', () => {
    expect(checkPriceBand(bands, 'programme', 100_000)?.params).toEqual({
      min: '1.850,00 kr.',
      max: '2.150,00 kr.',
    });
  });

  it('accepts any price when the tender has no band for the kind', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (ore) => {
        expect(checkPriceBand(bands.slice(0, 1), 'aftercare', ore)).toBeNull();
        expect(checkPriceBand([], 'programme', ore)).toBeNull();
      }),
    );
  });
});

describe('price periods', () => {
  const agreement = { startsOn: '2021-01-01', maxEndsOn: '2024-12-31' };
  const base: PricePeriod = {
    id: 'p1',
    priceKind: 'programme',
    validFrom: '2021-01-01',
    validTo: '2022-12-31',
    weeklyOre: 190_000,
  };

  it('accepts a period after the existing one, and a period of the other kind at the same time', () => {
    expect(planPriceInsert(agreement, [base], { ...base, validFrom: '2023-01-01', validTo: null })).toEqual({
      ok: true,
      value: {},
    });
    expect(planPriceInsert(agreement, [base], { ...base, priceKind: 'aftercare' })).toEqual({
      ok: true,
      value: {},
    });
  });

  it('refuses an overlapping period of the same kind, naming the period it overlaps', () => {
    expect(
      planPriceInsert(agreement, [base], { ...base, validFrom: '2022-06-01', validTo: '2023-06-30' }),
    ).toMatchObject({
      ok: false,
      problem: {
        key: 'agreement.price_overlap',
        field: 'validFrom',
        params: { from: '01-01-2021', to: '31-12-2022' },
      },
    });
  });

  it('ends an open-ended earlier price the day before a new price starts', () => {
    const open = { ...base, validTo: null };
    expect(planPriceInsert(agreement, [open], { ...base, validFrom: '2024-01-01', validTo: null })).toEqual({
      ok: true,
      value: { close: { id: 'p1', validTo: '2023-12-31' } },
    });
  });

  it('still refuses a new open-ended price before a later period', () => {
    const later = { ...base, id: 'p2', validFrom: '2023-01-01', validTo: '2023-12-31' };
    expect(
      planPriceInsert(agreement, [{ ...base, validTo: null }, later], {
        ...base,
        validFrom: '2022-06-01',
        validTo: null,
      }),
    ).toMatchObject({ ok: false, problem: { key: 'agreement.price_overlap' } });
  });

  it.each([
    [{ validFrom: '2020-12-31' }, 'validFrom', 'agreement.price_outside_agreement'],
    [{ validFrom: '2025-01-01', validTo: null }, 'validFrom', 'agreement.price_outside_agreement'],
    [{ validFrom: '2024-01-01', validTo: '2025-01-31' }, 'validTo', 'agreement.price_outside_agreement'],
    [{ validFrom: '2024-01-01', validTo: '2023-12-31' }, 'validTo', 'agreement.price_period_order'],
  ])('refuses %o on %s: %s', (change, field, key) => {
    expect(planPriceInsert(agreement, [], { ...base, ...change })).toMatchObject({
      ok: false,
      problem: { field, key },
    });
  });

  it('treats periods as overlapping exactly when they share a day', () => {
    fc.assert(
      fc.property(isoDate, fc.nat(400), isoDate, fc.nat(400), (a, aLength, b, bLength) => {
        const first = { validFrom: a, validTo: addDays(a, aLength) };
        const second = { validFrom: b, validTo: addDays(b, bLength) };
        const shareDay = first.validFrom <= second.validTo && second.validFrom <= first.validTo;
        expect(periodsOverlap(first, second)).toBe(shareDay);
        expect(periodsOverlap(second, first)).toBe(shareDay);
      }),
    );
  });

  it('never leaves two accepted periods of one kind overlapping', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: fc.nat(1400), length: fc.option(fc.nat(500)) }), { maxLength: 8 }),
        (requests) => {
          let prices: PricePeriod[] = [];
          requests.forEach((request, index) => {
            const validFrom = addDays('2021-01-01', request.from);
            const candidate: PricePeriod = {
              priceKind: 'programme',
              validFrom,
              validTo: request.length === null ? null : addDays(validFrom, request.length),
              weeklyOre: 200_000,
            };
            const plan = planPriceInsert(
              { startsOn: '2021-01-01', maxEndsOn: '2030-12-31' },
              prices,
              candidate,
            );
            if (!plan.ok) return;
            const close = plan.value.close;
            prices = prices.map((p) => (close && p.id === close.id ? { ...p, validTo: close.validTo } : p));
            prices.push({ ...candidate, id: `p${index}` });
          });
          for (const a of prices)
            for (const b of prices) if (a !== b) expect(periodsOverlap(a, b)).toBe(false);
        },
      ),
    );
  });
});

describe('price on a date', () => {
  const agreement = {
    status: 'active' as const,
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    prices: [
      { priceKind: 'programme' as const, validFrom: '2021-01-01', validTo: '2022-12-31', weeklyOre: 190_000 },
      { priceKind: 'programme' as const, validFrom: '2023-01-01', validTo: null, weeklyOre: 195_000 },
      { priceKind: 'aftercare' as const, validFrom: '2021-01-01', validTo: null, weeklyOre: 60_000 },
    ],
  };

  it.each([
    ['programme', '2021-01-01', 190_000],
    ['programme', '2022-12-31', 190_000],
    ['programme', '2023-01-01', 195_000],
    ['aftercare', '2023-06-01', 60_000],
    ['programme', '2020-12-31', null], // before the agreement
    ['programme', '2024-01-01', null], // after its end, although the price is open-ended
  ] as const)('%s on %s costs %s øre a week', (kind, date, expected) => {
    expect(priceOn(agreement, kind, date)).toBe(expected);
  });

  it('gives no price for a draft or a terminated agreement after its end', () => {
    expect(priceOn({ ...agreement, status: 'draft' }, 'programme', '2022-01-01')).toBeNull();
    expect(
      priceOn({ ...agreement, status: 'terminated', endsOn: '2022-02-28' }, 'programme', '2022-03-01'),
    ).toBeNull();
    expect(
      priceOn({ ...agreement, status: 'terminated', endsOn: '2022-02-28' }, 'programme', '2022-02-28'),
    ).toBe(190_000);
  });
});
