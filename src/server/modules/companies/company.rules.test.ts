import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countActiveBinding,
  indicatorStatus,
  isActiveOn,
  isValidPeriod,
  normaliseOffers,
  periodsOverlap,
  type Period,
} from './company.rules.ts';

const DAY = 86_400_000;
const BASE = Date.UTC(2015, 0, 1);
const isoDay = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);

/** A period within 2015–2030 (offsets in days), open-ended one time in four. */
const periodArb: fc.Arbitrary<Period> = fc
  .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 2000 }), fc.boolean(), fc.boolean())
  .map(([start, length, open, alsoOpen]) => ({
    startsOn: isoDay(start),
    endsOn: open && alsoOpen ? null : isoDay(start + length),
  }));
const dayArb = fc.integer({ min: -100, max: 7200 }).map(isoDay);

describe('isActiveOn', () => {
  it.each([
    ['2021-01-01', null, '2021-01-01', true],
    ['2021-01-01', null, '2020-12-31', false],
    ['2021-01-01', '2023-12-31', '2023-12-31', true],
    ['2021-01-01', '2023-12-31', '2024-01-01', false],
    ['2021-03-01', '2021-03-01', '2021-03-01', true],
  ] as const)('counts %s–%s as active on %s: %s', (startsOn, endsOn, onDate, expected) => {
    expect(isActiveOn({ startsOn, endsOn }, onDate)).toBe(expected);
  });

  it('is active on a date exactly when the date lies within the period, bounds included', () => {
    fc.assert(
      fc.property(periodArb, dayArb, (period, onDate) => {
        const inside = onDate >= period.startsOn && (period.endsOn === null || onDate <= period.endsOn);
        expect(isActiveOn(period, onDate)).toBe(inside);
      }),
    );
  });

  it('is active on its first and last day', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(isActiveOn(period, period.startsOn)).toBe(true);
        if (period.endsOn) expect(isActiveOn(period, period.endsOn)).toBe(true);
      }),
    );
  });
});

describe('periods', () => {
  it('accepts an end on or after the start, and no end', () => {
    expect(isValidPeriod({ startsOn: '2021-01-01', endsOn: null })).toBe(true);
    expect(isValidPeriod({ startsOn: '2021-01-01', endsOn: '2021-01-01' })).toBe(true);
    expect(isValidPeriod({ startsOn: '2021-01-02', endsOn: '2021-01-01' })).toBe(false);
  });

  it('finds an overlap exactly when some day is active in both periods', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        const later = a.startsOn > b.startsOn ? a.startsOn : b.startsOn;
        const shared = isActiveOn(a, later) && isActiveOn(b, later);
        expect(periodsOverlap(a, b)).toBe(shared);
        expect(periodsOverlap(b, a)).toBe(periodsOverlap(a, b));
      }),
    );
  });
});

describe('countActiveBinding', () => {
  it('counts only binding partnerships that are active on the date', () => {
    const partnerships = [
      { isBinding: true, startsOn: '2021-01-01', endsOn: null },
      { isBinding: true, startsOn: '2021-01-01', endsOn: '2022-06-30' },
      { isBinding: false, startsOn: '2021-01-01', endsOn: null },
      { isBinding: true, startsOn: '2026-01-01', endsOn: null },
    ];
    expect(countActiveBinding(partnerships, '2022-06-30')).toBe(2);
    expect(countActiveBinding(partnerships, '2023-01-01')).toBe(1);
    expect(countActiveBinding(partnerships, '2026-01-01')).toBe(2);
  });

  it('never counts more than the binding partnerships, nor any non-binding one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(periodArb, fc.boolean())), dayArb, (rows, onDate) => {
        const partnerships = rows.map(([period, isBinding]) => ({ ...period, isBinding }));
        const count = countActiveBinding(partnerships, onDate);
        expect(count).toBeLessThanOrEqual(partnerships.filter((p) => p.isBinding).length);
        expect(
          countActiveBinding(
            partnerships.filter((p) => !p.isBinding),
            onDate,
          ),
        ).toBe(0);
      }),
    );
  });
});

describe('indicatorStatus', () => {
  it.each([
    [7, 10, 15, 'below', 3, 0],
    [10, 10, 15, 'within', 0, 0],
    [15, 10, 15, 'within', 0, 0],
    [16, 10, 15, 'above', 0, 1],
    [0, 10, 15, 'below', 10, 0],
  ] as const)('gives %i of %i–%i the status %s', (count, min, max, status, missing, excess) => {
    expect(indicatorStatus(count, { min, max })).toEqual({ status, missing, excess });
  });

  it('says there is no requirement without a tender, or with neither bound', () => {
    expect(indicatorStatus(12, undefined).status).toBe('no_requirement');
    expect(indicatorStatus(12, { min: null, max: null }).status).toBe('no_requirement');
  });

  it('handles a requirement with only a minimum or only a maximum', () => {
    expect(indicatorStatus(3, { min: 5, max: null })).toEqual({ status: 'below', missing: 2, excess: 0 });
    expect(indicatorStatus(30, { min: 5, max: null }).status).toBe('within');
    expect(indicatorStatus(3, { min: null, max: 2 })).toEqual({ status: 'above', missing: 0, excess: 1 });
  });

  it('is below, within or above exactly as the count compares with min and max', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (count, min, span) => {
          const max = min + span;
          const result = indicatorStatus(count, { min, max });
          const expected = count < min ? 'below' : count > max ? 'above' : 'within';
          expect(result.status).toBe(expected);
          // Adding the missing ones reaches the minimum; removing the excess reaches the maximum.
          expect(result.missing).toBe(Math.max(0, min - count));
          expect(result.excess).toBe(Math.max(0, count - max));
          if (result.status === 'within') expect(count >= min && count <= max).toBe(true);
        },
      ),
    );
  });
});

describe('normaliseOffers', () => {
  it('keeps each offer once, in the order internship, small job, job', () => {
    expect(normaliseOffers(['job', 'internship', 'job'])).toEqual(['internship', 'job']);
    expect(normaliseOffers([])).toEqual([]);
  });
});
