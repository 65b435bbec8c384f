import { describe, expect, it } from 'vitest';
import { billCourses, type BillableCourse, type BillingAgreement } from './billing.rules.ts';
import { blockLastDay, pauseLeavingOut } from './billing-pauses.rules.ts';

const FAR_FUTURE = '2099-12-31';
const ILLNESS = new Set(['illness'] as const);

const AGREEMENT: BillingAgreement = {
  id: 'a1',
  status: 'active',
  startsOn: '2024-01-01',
  endsOn: '2027-12-31',
  prices: [
    { priceKind: 'programme', validFrom: '2024-01-01', validTo: null, weeklyOre: 200_000 },
    { priceKind: 'aftercare', validFrom: '2024-01-01', validTo: null, weeklyOre: 60_000 },
  ],
  excludedPauseKinds: ['illness', 'hospital_stay'],
};

function course(values: Partial<BillableCourse>): BillableCourse {
  return {
    id: 'c1',
    providerId: 'p1',
    agreementId: 'a1',
    startsOn: '2026-01-05',
    endsOn: '2026-03-29',
    aftercareStartsOn: null,
    aftercareEndsOn: null,
    ...values,
  };
}

function bill(c: BillableCourse, agreement: BillingAgreement = AGREEMENT, asOf = FAR_FUTURE) {
  return billCourses([c], new Map([[agreement.id, agreement]]), { from: '2026-01', to: '2026-12' }, asOf);
}

describe('pauseLeavingOut: a week is left out only when all its counted days are paused', () => {
  const block = { startsOn: '2026-01-05', lastDay: '2026-01-11' };
  it.each([
    ['the whole week', [['2026-01-05', '2026-01-11']], 'illness'],
    ['a longer pause around it', [['2025-12-20', '2026-02-01']], 'illness'],
    ['six of seven days: billed in full', [['2026-01-05', '2026-01-10']], null],
    ['from the second day: billed in full', [['2026-01-06', '2026-01-20']], null],
    [
      'two pauses back to back',
      [
        ['2026-01-05', '2026-01-07'],
        ['2026-01-08', '2026-01-11'],
      ],
      'illness',
    ],
    [
      'two pauses with a gap day',
      [
        ['2026-01-05', '2026-01-07'],
        ['2026-01-09', '2026-01-11'],
      ],
      null,
    ],
  ])('%s', (_name, spans, expected) => {
    const pauses = spans.map(([fromDate, toDate]) => ({
      kind: 'illness' as const,
      fromDate: fromDate!,
      toDate: toDate!,
    }));
    expect(pauseLeavingOut(block.startsOn, block.lastDay, pauses, ILLNESS)).toBe(expected);
  });

  it('ignores a kind the agreement does not exclude', () => {
    const pauses = [{ kind: 'other' as const, fromDate: '2026-01-01', toDate: '2026-01-31' }];
    expect(pauseLeavingOut(block.startsOn, block.lastDay, pauses, ILLNESS)).toBeNull();
  });

  it('counts a last, short block only to the stretch’s end (or today)', () => {
    expect(blockLastDay('2026-03-23', '2026-03-25')).toBe('2026-03-25');
    expect(blockLastDay('2026-03-23', '2026-04-30')).toBe('2026-03-29');
    const pauses = [{ kind: 'illness' as const, fromDate: '2026-03-23', toDate: '2026-03-25' }];
    expect(pauseLeavingOut('2026-03-23', '2026-03-25', pauses, ILLNESS)).toBe('illness');
  });
});

describe('billing leaves out excluded pause weeks', () => {
  it('bills every week when the agreement excludes no pause (the default)', () => {
    const c = course({ pauses: [{ kind: 'illness', fromDate: '2026-01-05', toDate: '2026-03-29' }] });
    const { lines, leftOut } = bill(c, { ...AGREEMENT, excludedPauseKinds: [] });
    expect(lines.reduce((n, l) => n + l.programme.weeks, 0)).toBe(12);
    expect(leftOut).toEqual([]);
  });

  it('leaves out the weeks of a pause across a month boundary, in the month each week starts', () => {
    // Hospital stay Monday 26 January – Sunday 8 February: the weeks of 26 Jan (January) and 2 Feb (February).
    const c = course({ pauses: [{ kind: 'hospital_stay', fromDate: '2026-01-26', toDate: '2026-02-08' }] });
    const { lines, leftOut } = bill(c);
    const weeks = Object.fromEntries(lines.map((l) => [l.month, l.programme.weeks]));
    expect(weeks).toEqual({ '2026-01': 3, '2026-02': 3, '2026-03': 4 });
    expect(leftOut).toEqual([
      expect.objectContaining({ month: '2026-01', kind: 'programme', pauseKind: 'hospital_stay', weeks: 1 }),
      expect.objectContaining({ month: '2026-02', kind: 'programme', pauseKind: 'hospital_stay', weeks: 1 }),
    ]);
    expect(lines.reduce((n, l) => n + l.totalOre, 0)).toBe(10 * 200_000);
  });

  it('leaves out aftercare weeks that a pause overlapping the aftercare covers, not the programme’s last week', () => {
    // The programme ends Wednesday 4 March (its last block 2–4 March); aftercare from 5 March.
    const c = course({
      endsOn: '2026-03-04',
      aftercareStartsOn: '2026-03-05',
      aftercareEndsOn: '2026-04-29',
      pauses: [{ kind: 'illness', fromDate: '2026-03-04', toDate: '2026-03-18' }],
    });
    const { lines, leftOut } = bill(c);
    const programmeWeeks = lines.reduce((n, l) => n + l.programme.weeks, 0);
    const aftercareWeeks = lines.reduce((n, l) => n + l.aftercare.weeks, 0);
    // 2–4 March has 2 and 3 March unpaused: billed. Aftercare blocks 5–11 and 12–18 March are paused.
    expect(programmeWeeks).toBe(9);
    expect(aftercareWeeks).toBe(8 - 2);
    expect(leftOut).toEqual([
      expect.objectContaining({ kind: 'aftercare', month: '2026-03', pauseKind: 'illness', weeks: 2 }),
    ]);
  });

  it('uses indexed prices and says which agreed price they come from', () => {
    const agreement = { ...AGREEMENT, indexations: [{ effectiveFrom: '2026-02-04', basisPoints: 250 }] };
    const { lines } = bill(course({ endsOn: '2026-02-15' }), agreement);
    const february = lines.find((l) => l.month === '2026-02')!;
    // 2 Feb starts before the indexation (a Wednesday); 9 Feb after it.
    expect(february.programme.prices).toEqual([
      { weeklyOre: 200_000, weeks: 1 },
      { weeklyOre: 205_000, weeks: 1, baseWeeklyOre: 200_000 },
    ]);
    expect(february.programme.ore).toBe(405_000);
  });

  it('bills a paused week of an ongoing course until the pause no longer covers every day so far', () => {
    const c = course({
      endsOn: null,
      pauses: [{ kind: 'illness', fromDate: '2026-01-12', toDate: '2026-01-14' }],
    });
    expect(bill(c, AGREEMENT, '2026-01-14').leftOut).toHaveLength(1);
    expect(bill(c, AGREEMENT, '2026-01-15').leftOut).toHaveLength(0);
  });
});
