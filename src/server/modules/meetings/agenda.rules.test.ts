// The agenda's period and shape (issue 14): figures with their units, an unavailable section for a figure
// that could not be had, and the open actions.
import { describe, expect, it } from 'vitest';
import { agendaPeriod, buildAgenda, type AgendaFacts } from './agenda.rules.ts';
import { percentOf } from './meeting.rules.ts';

const rate = (count: number, of: number) => ({ count, of, percent: percentOf(count, of) });

const FACTS: AgendaFacts = {
  today: '2026-03-10',
  from: '2025-03-01',
  to: '2026-02-28',
  outcomes: {
    exit: rate(2, 28),
    placement: rate(4, 28),
    plan: rate(0, 28),
    totals: { exit: rate(16, 229), placement: rate(36, 345), plan: rate(22, 355) },
  },
  talks: {
    called: 40,
    timeliness: rate(30, 36),
    attendance: rate(36, 40),
    totals: { timeliness: rate(70, 100), attendance: rate(100, 125) },
  },
  capacity: null,
  billing: { totalOre: 18_500_000, weeks: 100 },
  actions: [
    { text: 'Send listen', ownerName: 'Bo', dueOn: '2026-03-01', overdue: true },
    { text: 'Ring op', ownerName: 'Ida', dueOn: '2026-04-01', overdue: false },
  ],
  complaints: null,
};

describe('agendaPeriod', () => {
  it.each([
    ['2026-03-10', '2025-03-01', '2026-02-28'],
    ['2026-01-01', '2025-01-01', '2025-12-31'],
    ['2024-03-31', '2023-03-01', '2024-02-29'],
  ])('on %s looks at %s to %s', (today, from, to) => {
    expect(agendaPeriod(today)).toEqual({ from, to });
  });
});

describe('percentOf', () => {
  it.each([
    [1, 40, 3],
    [1, 3, 33],
    [0, 28, 0],
    [5, 0, null],
  ])('%i of %i is %s %', (count, of, percent) => {
    expect(percentOf(count, of)).toBe(percent);
  });
});

describe('buildAgenda', () => {
  const agenda = buildAgenda(FACTS);
  const section = (key: string) => agenda.sections.find((s) => s.key === key)!;

  it('gives the provider its own rate of each result table beside the total, with the count it is of', () => {
    expect(section('outcomes').figures).toEqual([
      { key: 'exit', value: 7, unit: 'percent', of: 28, total: 7 },
      { key: 'placement', value: 14, unit: 'percent', of: 28, total: 10 },
      { key: 'plan', value: 0, unit: 'percent', of: 28, total: 6 },
    ]);
    expect(section('outcomes')).toMatchObject({ available: true, from: '2025-03-01', to: '2026-02-28' });
  });

  it('marks a section without figures unavailable rather than zero', () => {
    expect(section('capacity')).toMatchObject({ available: false, figures: [], from: null });
  });

  it('counts open and overdue actions and lists them', () => {
    expect(section('actions').figures.map((f) => [f.key, f.value])).toEqual([
      ['open', 2],
      ['overdue', 1],
    ]);
    expect(section('actions').items).toHaveLength(2);
  });

  it('leaves out complaints when none are recorded and keeps the snapshot version', () => {
    expect(agenda.sections.map((s) => s.key)).toEqual([
      'outcomes',
      'talks',
      'capacity',
      'billing',
      'actions',
    ]);
    expect(agenda).toMatchObject({ version: 1, generatedOn: '2026-03-10' });
  });
});

describe('buildAgenda: the provider’s promises', () => {
  const promise = {
    agreement: 'Udbud 2025, 1. Udsatte borgere',
    kind: 'binding_partnerships' as const,
    label: null,
    unit: null,
    source: 'bid' as const,
    promisedTenths: 100,
    recordedTenths: 70,
    status: 'not_met' as const,
  };

  it('adds the promises with how many are not kept, as of the day', () => {
    const other = {
      ...promise,
      kind: 'other' as const,
      recordedTenths: null,
      status: 'not_recorded' as const,
    };
    const section = buildAgenda({ ...FACTS, promises: [promise, other] }).sections.at(-1)!;
    expect(section).toMatchObject({ key: 'promises', available: true, from: '2026-03-10', to: '2026-03-10' });
    expect(section.figures.map((f) => [f.key, f.value])).toEqual([
      ['promises', 2],
      ['promises_not_met', 1],
    ]);
    expect(section.promises).toEqual([promise, other]);
  });

  it('leaves the section out without promises and marks it unavailable when they could not be had', () => {
    expect(buildAgenda({ ...FACTS, promises: [] }).sections.map((s) => s.key)).not.toContain('promises');
    expect(buildAgenda({ ...FACTS, promises: null }).sections.at(-1)).toMatchObject({
      key: 'promises',
      available: false,
    });
  });
});

describe('buildAgenda: the fair comparison and the use of the capacity', () => {
  const exit = {
    table: 'exit' as const,
    courses: 28,
    observed: 2,
    expected: 4.5,
    oe: 2 / 4.5,
    label: 'as_expected' as const,
  };

  it("puts the provider's rows of the fair comparison after the result tables, for the same period", () => {
    const agenda = buildAgenda({ ...FACTS, fairness: [exit] });
    expect(agenda.sections.map((s) => s.key).slice(0, 3)).toEqual(['outcomes', 'fairness', 'talks']);
    expect(agenda.sections[1]).toMatchObject({
      key: 'fairness',
      available: true,
      from: '2025-03-01',
      to: '2026-02-28',
      figures: [],
      fairness: [exit],
    });
  });

  it('keeps the section, empty, when the comparison has no row for the provider; unavailable on failure', () => {
    expect(buildAgenda({ ...FACTS, fairness: [] }).sections[1]).toMatchObject({
      key: 'fairness',
      available: true,
      fairness: [],
    });
    expect(buildAgenda({ ...FACTS, fairness: null }).sections[1]).toMatchObject({
      key: 'fairness',
      available: false,
    });
  });

  it("shows today's running courses and pending referrals against the places the frame buys", () => {
    const capacity = {
      year: 2026,
      shareOre: 100_000_000,
      citizensPerYear: 40,
      concurrentTenths: 125,
      use: { onDate: '2026-03-10', occupied: 9, places: 12 },
    };
    const section = buildAgenda({ ...FACTS, capacity }).sections.find((s) => s.key === 'capacity')!;
    expect(section.figures.map((f) => [f.key, f.value, f.of])).toEqual([
      ['frame', 100_000_000, null],
      ['places', 12.5, null],
      ['citizens_per_year', 40, null],
      ['places_today', 12, null],
      ['occupied_today', 9, null],
      ['capacity_use', 75, 12],
    ]);
    const unknown = buildAgenda({
      ...FACTS,
      capacity: { ...capacity, use: { ...capacity.use, places: null } },
    });
    expect(unknown.sections.find((s) => s.key === 'capacity')!.figures.at(-1)).toMatchObject({
      key: 'capacity_use',
      value: null,
    });
  });
});
