import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPercentChange,
  computeCapacity,
  planCapacity,
  totalCapacity,
  yearWeeklyPrice,
  type AgreementPrices,
  type CapacityInput,
} from './capacity.rules.ts';

const kr = (kroner: number) => kroner * 100;

function agreement(
  id: string,
  programme: AgreementPrices['programme'],
  extra: Partial<AgreementPrices> = {},
) {
  return {
    agreementId: id,
    providerId: `provider-${id}`,
    providerName: `Provider ${id}`,
    tenderAreaId: 'area',
    tenderAreaName: 'Udsatte borgere',
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    programme,
    aftercare: [],
    ...extra,
  } satisfies AgreementPrices;
}

const inputArbitrary = fc.record({
  amountOre: fc.integer({ min: 0, max: 1_000_000_000_000 }),
  programmeWeeklyOre: fc.integer({ min: 1, max: 10_000_000 }),
  aftercareWeeklyOre: fc.integer({ min: 0, max: 5_000_000 }),
  courseWeeks: fc.integer({ min: 1, max: 156 }),
  aftercareWeeks: fc.integer({ min: 0, max: 52 }),
});

describe('capacity of an amount at weekly prices', () => {
  it('buys 67 citizens a year from 7 mio. kr. at 2.000 kr. a week for 52 weeks, with 32.000 kr. left over', () => {
    const capacity = computeCapacity({
      amountOre: kr(7_000_000),
      programmeWeeklyOre: kr(2_000),
      aftercareWeeklyOre: 0,
      courseWeeks: 52,
      aftercareWeeks: 0,
    });
    expect(capacity).toEqual({
      costPerCitizenOre: kr(104_000),
      citizensPerYear: 67,
      citizenWeeks: 3_500,
      concurrentTenths: 670,
      leftoverOre: kr(7_000_000 - 67 * 104_000),
    });
  });

  it('adds the aftercare weeks to the cost of a citizen: C·P + W·A', () => {
    const capacity = computeCapacity({
      amountOre: kr(5_000_000),
      programmeWeeklyOre: kr(2_000),
      aftercareWeeklyOre: kr(600),
      courseWeeks: 26,
      aftercareWeeks: 13,
    });
    expect(capacity.costPerCitizenOre).toBe(kr(26 * 2_000 + 13 * 600));
    expect(capacity.citizensPerYear).toBe(Math.floor(5_000_000 / 59_800));
    // Each programme week also pays its share of aftercare: floor(amount · C / cost).
    expect(capacity.citizenWeeks).toBe(Math.floor((5_000_000 * 26) / 59_800));
    // Concurrent citizens: citizens · C / 52, in tenths, rounded down (83 · 26 / 52 = 41,5).
    expect(capacity.concurrentTenths).toBe(415);
  });

  it('counts citizen-weeks as floor(frame / P) when there is no aftercare', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const capacity = computeCapacity({ ...input, aftercareWeeks: 0 });
        expect(capacity.citizenWeeks).toBe(Math.floor(input.amountOre / input.programmeWeeklyOre));
      }),
    );
  });

  it('accounts for every øre: citizens × cost per citizen + leftover = the amount', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const capacity = computeCapacity(input);
        expect(capacity.citizensPerYear * capacity.costPerCitizenOre + capacity.leftoverOre).toBe(
          input.amountOre,
        );
        expect(capacity.leftoverOre).toBeGreaterThanOrEqual(0);
        expect(capacity.leftoverOre).toBeLessThan(capacity.costPerCitizenOre);
      }),
    );
  });

  it('never gives more citizens, citizen-weeks or concurrent citizens for a higher price (seed 003)', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.integer({ min: 0, max: 1_000_000 }), (input: CapacityInput, rise) => {
        const before = computeCapacity(input);
        const after = computeCapacity({ ...input, programmeWeeklyOre: input.programmeWeeklyOre + rise });
        expect(after.citizensPerYear).toBeLessThanOrEqual(before.citizensPerYear);
        expect(after.citizenWeeks).toBeLessThanOrEqual(before.citizenWeeks);
        expect(after.concurrentTenths).toBeLessThanOrEqual(before.concurrentTenths);
      }),
    );
  });

  it('refuses a price of zero and fractions of an øre', () => {
    const base = {
      amountOre: 100,
      programmeWeeklyOre: 1,
      aftercareWeeklyOre: 0,
      courseWeeks: 1,
      aftercareWeeks: 0,
    };
    expect(() => computeCapacity({ ...base, programmeWeeklyOre: 0 })).toThrow(RangeError);
    expect(() => computeCapacity({ ...base, amountOre: 10.5 })).toThrow(RangeError);
  });
});

describe('a price change in percent', () => {
  it.each([
    [kr(2_000), 100, kr(2_200)],
    [kr(2_000), -50, kr(1_900)],
    [kr(1_850), 25, 189_625],
    [199, 25, 204], // 203,975 øre rounds half up to 204
    [kr(2_000), 0, kr(2_000)],
  ])('turns %i øre changed by %i tenths of a percent into %i øre', (price, tenths, expected) => {
    expect(applyPercentChange(price, tenths)).toBe(expected);
  });

  it('refuses a fall of 100 % or more', () => {
    expect(() => applyPercentChange(kr(2_000), -1000)).toThrow(RangeError);
  });
});

describe('the weekly price of a year', () => {
  it('takes the price valid all year as it is', () => {
    const price = yearWeeklyPrice(
      [{ validFrom: '2021-01-01', validTo: null, weeklyOre: kr(2_000) }],
      2022,
      '2021-01-01',
      '2023-12-31',
    );
    expect(price).toEqual({ weeklyOre: kr(2_000), pricedDays: 365 });
  });

  it('weighs prices by the days each is valid when the price changes during the year', () => {
    // 181 days at 2.000 kr. (1 Jan–30 Jun 2022) and 184 days at 2.100 kr.
    const price = yearWeeklyPrice(
      [
        { validFrom: '2021-01-01', validTo: '2022-06-30', weeklyOre: kr(2_000) },
        { validFrom: '2022-07-01', validTo: null, weeklyOre: kr(2_100) },
      ],
      2022,
      '2021-01-01',
      '2023-12-31',
    );
    expect(price.pricedDays).toBe(365);
    expect(price.weeklyOre).toBe(Math.round((181 * kr(2_000) + 184 * kr(2_100)) / 365));
  });

  it('counts only the days the agreement runs, and has no price outside its periods', () => {
    const periods = [{ validFrom: '2021-01-01', validTo: null, weeklyOre: kr(2_000) }];
    expect(yearWeeklyPrice(periods, 2021, '2021-07-01', '2023-12-31').pricedDays).toBe(184);
    expect(yearWeeklyPrice(periods, 2020, '2021-01-01', '2023-12-31')).toEqual({
      weeklyOre: null,
      pricedDays: 0,
    });
  });
});

describe('a frame over its agreements', () => {
  const terms = { amountOre: kr(5_000_000), year: 2022, courseWeeks: 26, aftercareWeeks: 0 };

  it('splits the frame equally over agreements that run all year and sums their capacity', () => {
    const plan = planCapacity(terms, [
      agreement('a', [{ validFrom: '2021-01-01', validTo: null, weeklyOre: kr(2_000) }]),
      agreement('b', [{ validFrom: '2021-01-01', validTo: null, weeklyOre: kr(1_900) }]),
    ]);
    expect(plan.rows.map((r) => r.shareOre)).toEqual([kr(2_500_000), kr(2_500_000)]);
    expect(plan.rows.map((r) => r.capacity?.citizensPerYear)).toEqual([48, 50]);
    const total = totalCapacity(plan.rows);
    expect(total.citizensPerYear).toBe(98);
    expect(total.shareOre).toBe(terms.amountOre);
  });

  it('gives an agreement without a programme price no share and no capacity', () => {
    const plan = planCapacity(terms, [
      agreement('a', [{ validFrom: '2021-01-01', validTo: null, weeklyOre: kr(2_000) }]),
      agreement('b', []),
    ]);
    expect(plan.rows.map((r) => r.shareOre)).toEqual([terms.amountOre, 0]);
    expect(plan.rows[1]!.capacity).toBeNull();
  });

  it('shows what a higher price does: fewer citizens, and the difference per row', () => {
    const plan = planCapacity(
      terms,
      [agreement('a', [{ validFrom: '2021-01-01', validTo: null, weeklyOre: kr(2_000) }])],
      { kind: 'price', weeklyOre: kr(2_500) },
    );
    const row = plan.rows[0]!;
    expect(row.capacity?.citizensPerYear).toBe(96);
    expect(row.whatIf?.capacity.citizensPerYear).toBe(76);
    expect(row.whatIf?.difference.citizensPerYear).toBe(-20);
    expect(totalCapacity(plan.rows, 'whatIf').citizensPerYear).toBe(76);
  });

  it('always allocates exactly the frame, whatever the prices and periods', () => {
    const periodArbitrary = fc.record({
      start: fc.integer({ min: 0, max: 364 }),
      weeklyOre: fc.integer({ min: 1, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.array(fc.option(periodArbitrary, { nil: undefined }), { minLength: 1, maxLength: 6 }),
        (amountOre, periods) => {
          const agreements = periods.map((p, i) =>
            agreement(
              String(i),
              p
                ? [
                    {
                      validFrom: new Date(Date.UTC(2022, 0, 1 + p.start)).toISOString().slice(0, 10),
                      validTo: null,
                      weeklyOre: p.weeklyOre,
                    },
                  ]
                : [],
            ),
          );
          const plan = planCapacity({ ...terms, amountOre }, agreements);
          const anyPrice = periods.some(Boolean);
          const allocated = plan.rows.reduce((a, r) => a + r.shareOre, 0);
          expect(allocated).toBe(anyPrice ? amountOre : 0);
          const total = totalCapacity(plan.rows);
          const spent = plan.rows.reduce(
            (a, r) => a + (r.capacity ? r.capacity.citizensPerYear * r.capacity.costPerCitizenOre : 0),
            0,
          );
          expect(spent + total.leftoverOre).toBe(allocated);
        },
      ),
    );
  });
});
