// The schedule's due dates and what is still due (committee.rules.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDateAt, dueReport, nextDueDate, periodOpensAt, type ScheduleLine } from './committee.rules.ts';

const halfYearly: ScheduleLine = { cadence: 'half_yearly', firstDueOn: '2026-03-31', dueDates: [] };
const quarterly: ScheduleLine = { cadence: 'quarterly', firstDueOn: '2026-02-28', dueDates: [] };
const listed: ScheduleLine = {
  cadence: 'dates',
  firstDueOn: '2026-05-01',
  dueDates: ['2026-11-15', '2026-05-01', '2026-05-01'],
};

describe('due dates of a schedule line', () => {
  it.each([
    [halfYearly, 0, '2026-03-31'],
    [halfYearly, 1, '2026-09-30'],
    [halfYearly, 2, '2027-03-31'],
    [quarterly, 1, '2026-05-28'],
    [quarterly, 4, '2027-02-28'],
    [listed, 0, '2026-05-01'],
    [listed, 1, '2026-11-15'],
    [listed, 2, null],
  ] as const)('%o: due date %i is %s', (line, k, expected) => {
    expect(dueDateAt(line, k)).toBe(expected);
  });

  it('opens the first period one step before the first due date, later ones at the previous date', () => {
    expect(periodOpensAt(halfYearly, 0)).toBe('2025-09-30');
    expect(periodOpensAt(halfYearly, 1)).toBe('2026-03-31');
    expect(periodOpensAt(quarterly, 0)).toBe('2025-11-28');
    expect(periodOpensAt(listed, 0)).toBe('2025-11-01');
  });
});

describe('the next due report', () => {
  it('is the first due date while nothing is delivered', () => {
    expect(nextDueDate(halfYearly, [])).toBe('2026-03-31');
  });

  it('moves on when a pack is delivered in the period, also when it is late', () => {
    expect(nextDueDate(halfYearly, ['2026-03-20'])).toBe('2026-09-30');
    expect(nextDueDate(halfYearly, ['2026-04-15'])).toBe('2026-09-30');
    expect(nextDueDate(halfYearly, ['2026-04-15', '2026-09-01'])).toBe('2027-03-31');
  });

  it('counts a second pack in the same period once, and a pack from before the schedule not at all', () => {
    expect(nextDueDate(halfYearly, ['2026-02-01', '2026-03-01'])).toBe('2026-09-30');
    expect(nextDueDate(halfYearly, ['2025-06-01'])).toBe('2026-03-31');
    expect(nextDueDate(halfYearly, ['2025-09-30'])).toBe('2026-03-31');
  });

  it('ends when every listed date is delivered', () => {
    expect(nextDueDate(listed, ['2026-04-01'])).toBe('2026-11-15');
    expect(nextDueDate(listed, ['2026-04-01', '2026-10-01'])).toBeNull();
  });

  it('is overdue from the day after its due date', () => {
    expect(dueReport(halfYearly, [], '2026-03-31')).toEqual({ nextDueOn: '2026-03-31', overdue: false });
    expect(dueReport(halfYearly, [], '2026-04-01')).toEqual({ nextDueOn: '2026-03-31', overdue: true });
  });

  it('never goes back when a pack is added, and the order the packs are given in does not matter', () => {
    const day = fc
      .integer({ min: 0, max: 2000 })
      .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 8 }), day, (packs, extra) => {
        const before = nextDueDate(quarterly, packs)!;
        const after = nextDueDate(quarterly, [...packs, extra])!;
        expect(after >= before).toBe(true);
        expect(nextDueDate(quarterly, [...packs].reverse())).toBe(before);
      }),
    );
  });
});
