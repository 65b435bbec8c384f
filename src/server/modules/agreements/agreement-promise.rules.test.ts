// The promise rules (issue 14): what each kind is compared with, the direction of the comparison, the
// mentor ratio, a kind indsats does not record, and what a promise must hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTenths, parsePromisedValue } from '../../../shared/agreements/promise-values.ts';
import { parseEan } from '../../../shared/ean.ts';
import {
  checkPromise,
  comparePromise,
  mentorRatioTenths,
  type RecordedFigures,
} from './agreement-promise.rules.ts';

const FIGURES: RecordedFigures = { bindingPartnerships: 7, localPartners: 3, runningCourses: 25, mentors: 2 };

describe('comparePromise', () => {
  it.each([
    // kind, promised (tenths), status, recorded (tenths), difference
    ['binding_partnerships', 100, 'not_met', 70, -30],
    ['binding_partnerships', 70, 'met', 70, 0],
    ['local_partners', 30, 'met', 30, 0],
    ['local_partners', 40, 'not_met', 30, -10],
    // 25 courses on 2 mentors: 12,5 per mentor; the promise is a maximum.
    ['mentor_ratio', 125, 'met', 125, 0],
    ['mentor_ratio', 120, 'not_met', 125, 5],
    ['mentor_ratio', 150, 'met', 125, -25],
  ] as const)('%s promised %i is %s (recorded %i)', (kind, promisedTenths, status, recorded, difference) => {
    expect(comparePromise({ kind, promisedTenths }, FIGURES)).toEqual({
      status,
      recordedTenths: recorded,
      differenceTenths: difference,
    });
  });

  it('says a kind indsats does not record is not recorded, with no number', () => {
    expect(comparePromise({ kind: 'other', promisedTenths: 120 }, FIGURES)).toEqual({
      status: 'not_recorded',
      recordedTenths: null,
      differenceTenths: null,
    });
  });

  it('cannot measure a mentor ratio while no running course has a mentor', () => {
    expect(comparePromise({ kind: 'mentor_ratio', promisedTenths: 120 }, { ...FIGURES, mentors: 0 })).toEqual(
      {
        status: 'not_measurable',
        recordedTenths: null,
        differenceTenths: null,
      },
    );
  });

  it('keeps a count promise exactly when the count reaches it, for any figures', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(5000), (count, promised) => {
        const result = comparePromise(
          { kind: 'binding_partnerships', promisedTenths: promised },
          { ...FIGURES, bindingPartnerships: count },
        );
        expect(result.status === 'met').toBe(count * 10 >= promised);
        expect(result.differenceTenths).toBe(count * 10 - promised);
      }),
    );
  });
});

describe('mentorRatioTenths', () => {
  it.each([
    [25, 2, 125],
    [10, 3, 33],
    [0, 1, 0],
    [3, 0, null],
  ])('%i courses on %i mentors is %s tenths', (courses, mentors, tenths) => {
    expect(mentorRatioTenths(courses, mentors)).toBe(tenths);
  });
});

describe('checkPromise', () => {
  const base = {
    kind: 'binding_partnerships' as const,
    label: null,
    unit: null,
    source: 'bid' as const,
    criterionId: null,
    sourceText: null,
  };

  it('accepts a recorded kind from the bid without a quote', () => {
    expect(checkPromise(base)).toEqual([]);
  });

  it('asks another kind for its name and unit, and refuses them on a recorded kind', () => {
    expect(checkPromise({ ...base, kind: 'other' }).map((p) => p.key)).toEqual([
      'promise.label_required',
      'promise.unit_required',
    ]);
    expect(checkPromise({ ...base, label: 'Pladser' })).toEqual([
      { field: 'label', key: 'promise.label_only_other' },
    ]);
  });

  it('asks a promise in the agreement for its clause and no sub-criterion', () => {
    expect(checkPromise({ ...base, source: 'agreement', criterionId: 'c' })).toEqual([
      { field: 'sourceText', key: 'promise.clause_required' },
      { field: 'criterionId', key: 'promise.criterion_only_bid' },
    ]);
    expect(checkPromise({ ...base, source: 'agreement', sourceText: '§ 4.2' })).toEqual([]);
  });
});

describe('promised values as typed', () => {
  it.each([
    ['12', 120],
    ['12,5', 125],
    [' 0 ', 0],
    ['1.000', 10_000],
  ])('reads %j as %i tenths', (text, tenths) => {
    expect(parsePromisedValue(text)).toEqual({ ok: true, tenths });
  });

  it.each(['', '12,55', '-1', '12.5', 'tolv', '1.00'])('refuses %j', (text) => {
    expect(parsePromisedValue(text)).toEqual({ ok: false, problem: 'promise.value_format' });
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), (tenths) => {
        expect(parsePromisedValue(formatTenths(tenths, 'da'))).toEqual({ ok: true, tenths });
      }),
    );
  });
});

describe('parseEan', () => {
  it('takes the municipality’s EAN from seed 003’s appendix, also typed in groups', () => {
    expect(parseEan('5798009710178')).toEqual({ ok: true, ean: '5798009710178' });
    expect(parseEan('5798 0097 1017 8')).toEqual({ ok: true, ean: '5798009710178' });
  });

  it('tells a wrong length from a wrong check digit', () => {
    expect(parseEan('579800971017')).toEqual({ ok: false, problem: 'agreement.ean_format' });
    expect(parseEan('5798009710177')).toEqual({ ok: false, problem: 'agreement.ean_check_digit' });
  });
});
