// The billing walk on day numbers against a plain walk kept here: ISO dates stepped with addDays, one
// indexedPriceOn per block, pauses checked day by day as ISO strings (the billing rules as they were
// written before issue 13's speed work). Random courses, agreements (price changes, gaps, drafts,
// indexations, excluded pause kinds) and pauses from the file's seed, printed on failure.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type IsoDate } from '../../../shared/dates.ts';
import { PAUSE_KINDS, type PauseKind } from '../../../shared/courses/pause.constants.ts';
import { indexedPriceOn } from '../agreements/agreement.service.ts';
import type { PriceKind } from '../../platform/db/schema.ts';
import { testRng } from '../../../../test/support/seed.ts';
import {
  billCourses,
  courseBlocks,
  firstDayOf,
  lastDayOf,
  monthOf,
  type BillableCourse,
  type BillingAgreement,
  type BillingPeriod,
  type BillingProblem,
  type CourseMonthLine,
  type KindAmount,
  type LeftOutWeeks,
  type WeekBlock,
} from './billing.rules.ts';
import { billedOreByMonth } from './billed-runs.rules.ts';
import { PriceSteps } from './billing-walk.rules.ts';

// ---- the plain walk ------------------------------------------------------------------------------

function plainStretch(
  kind: PriceKind,
  startsOn: IsoDate,
  endsOn: IsoDate | null,
  period: BillingPeriod,
  asOf: IsoDate,
) {
  const from = firstDayOf(period.from);
  const to = lastDayOf(period.to);
  const last = [endsOn ?? asOf, to].reduce((a, b) => (a < b ? a : b));
  const blocks: WeekBlock[] = [];
  for (let start = startsOn; start <= last; start = addDays(start, 7)) {
    if (start >= from) blocks.push({ kind, startsOn: start, month: monthOf(start) });
  }
  return blocks;
}

function plainBlocks(c: BillableCourse, period: BillingPeriod, asOf: IsoDate): WeekBlock[] {
  const blocks = plainStretch('programme', c.startsOn, c.endsOn, period, asOf);
  if (c.aftercareStartsOn)
    blocks.push(...plainStretch('aftercare', c.aftercareStartsOn, c.aftercareEndsOn, period, asOf));
  return blocks;
}

function plainPause(
  c: BillableCourse,
  agreement: BillingAgreement,
  block: WeekBlock,
  asOf: IsoDate,
): PauseKind | null {
  const excluded = new Set(agreement.excludedPauseKinds ?? []);
  const stretchEnd = (block.kind === 'programme' ? c.endsOn : c.aftercareEndsOn) ?? asOf;
  const seventh = addDays(block.startsOn, 6);
  const last = seventh < stretchEnd ? seventh : stretchEnd;
  const pauses = (c.pauses ?? []).filter(
    (p) => excluded.has(p.kind) && p.fromDate <= last && p.toDate >= block.startsOn,
  );
  if (pauses.length === 0) return null;
  for (let day = block.startsOn; day <= last; day = addDays(day, 1)) {
    if (!pauses.some((p) => p.fromDate <= day && day <= p.toDate)) return null;
  }
  return pauses.find((p) => p.fromDate <= block.startsOn && block.startsOn <= p.toDate)!.kind;
}

function addWeek(amount: KindAmount, weeklyOre: number, baseWeeklyOre: number) {
  amount.weeks += 1;
  amount.ore += weeklyOre;
  const base = baseWeeklyOre === weeklyOre ? undefined : baseWeeklyOre;
  const price = amount.prices.find((p) => p.weeklyOre === weeklyOre && p.baseWeeklyOre === base);
  if (price) price.weeks += 1;
  else {
    amount.prices.push(
      base === undefined ? { weeklyOre, weeks: 1 } : { weeklyOre, weeks: 1, baseWeeklyOre: base },
    );
    amount.prices.sort((a, b) => a.weeklyOre - b.weeklyOre);
  }
}

function plainBill(
  courses: readonly BillableCourse[],
  agreements: ReadonlyMap<string, BillingAgreement>,
  period: BillingPeriod,
  asOf: IsoDate,
) {
  const lines: CourseMonthLine[] = [];
  const problems: BillingProblem[] = [];
  const leftOut: LeftOutWeeks[] = [];
  for (const c of courses) {
    const agreement = c.agreementId ? (agreements.get(c.agreementId) ?? null) : null;
    const byMonth = new Map<string, CourseMonthLine>();
    const unpriced = new Map<string, BillingProblem>();
    const paused = new Map<string, LeftOutWeeks>();
    for (const block of plainBlocks(c, period, asOf)) {
      const pauseKind = agreement ? plainPause(c, agreement, block, asOf) : null;
      if (pauseKind !== null) {
        const key = `${block.kind}|${block.month}|${pauseKind}`;
        const entry = paused.get(key);
        if (entry) entry.weeks += 1;
        else
          paused.set(key, {
            ...{ courseId: c.id, providerId: c.providerId, agreementId: agreement!.id },
            ...{
              kind: block.kind,
              month: block.month,
              pauseKind,
              firstWeekStartsOn: block.startsOn,
              weeks: 1,
            },
          });
        continue;
      }
      const price = agreement ? indexedPriceOn(agreement, block.kind, block.startsOn) : null;
      if (price === null) {
        const reason = agreement ? 'no_price' : 'no_agreement';
        const key = `${block.kind}|${block.month}|${reason}`;
        const problem = unpriced.get(key);
        if (problem) problem.weeks += 1;
        else
          unpriced.set(key, {
            ...{ courseId: c.id, providerId: c.providerId, agreementId: c.agreementId, kind: block.kind },
            ...{ month: block.month, reason, firstWeekStartsOn: block.startsOn, weeks: 1 },
          });
        continue;
      }
      let line = byMonth.get(block.month);
      if (!line) {
        line = {
          ...{ courseId: c.id, providerId: c.providerId, agreementId: agreement!.id, month: block.month },
          programme: { weeks: 0, ore: 0, prices: [] },
          aftercare: { weeks: 0, ore: 0, prices: [] },
          totalOre: 0,
        };
        byMonth.set(block.month, line);
      }
      addWeek(line[block.kind], price.weeklyOre, price.baseWeeklyOre);
      line.totalOre = line.programme.ore + line.aftercare.ore;
    }
    leftOut.push(...paused.values());
    lines.push(...[...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)));
    problems.push(...unpriced.values());
  }
  return { lines, problems, leftOut };
}

// ---- random data ---------------------------------------------------------------------------------

const rng = testRng('billing-walk');
const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
const day = (from: IsoDate, span: number) => addDays(from, int(0, span));
const BASE = '2023-01-01';

function randomAgreement(id: string): BillingAgreement {
  const startsOn = day(BASE, 400);
  const endsOn = day(startsOn, 1500);
  const prices: BillingAgreement['prices'][number][] = [];
  for (const priceKind of ['programme', 'aftercare'] as const) {
    // Consecutive periods from around the start, sometimes with a gap, the last sometimes open.
    let from = addDays(startsOn, int(-30, 60));
    for (let n = int(0, 3); n > 0; n--) {
      const to = n === 1 && rng() < 0.5 ? null : day(from, 500);
      prices.push({ priceKind, validFrom: from, validTo: to, weeklyOre: int(1, 400) * 1_000 + int(0, 999) });
      if (to === null) break;
      from = addDays(to, rng() < 0.2 ? int(2, 40) : 1);
    }
  }
  const indexations = Array.from({ length: int(0, 3) }, (_, i) => ({
    effectiveFrom: day(`${2024 + i}-01-01`, 360),
    basisPoints: int(-200, 600),
  }));
  return {
    id,
    status: pick(['active', 'active', 'terminated', 'draft'] as const),
    startsOn,
    endsOn,
    prices,
    indexations,
    excludedPauseKinds: PAUSE_KINDS.filter(() => rng() < 0.4),
  };
}

function randomCourse(id: string, agreementIds: readonly string[]): BillableCourse {
  const startsOn = day(BASE, 1200);
  const endsOn = rng() < 0.2 ? null : day(startsOn, 400);
  const aftercareStartsOn = endsOn !== null && rng() < 0.4 ? addDays(endsOn, int(1, 10)) : null;
  const aftercareEndsOn = aftercareStartsOn !== null && rng() < 0.8 ? day(aftercareStartsOn, 120) : null;
  const pauses = Array.from({ length: int(0, 3) }, () => {
    const fromDate = day(startsOn, 300);
    return { kind: pick(PAUSE_KINDS), fromDate, toDate: day(fromDate, pick([3, 8, 20, 60])) };
  });
  return {
    id,
    providerId: `p${int(1, 3)}`,
    agreementId: rng() < 0.1 ? null : pick([...agreementIds, 'missing']),
    startsOn,
    endsOn,
    aftercareStartsOn,
    aftercareEndsOn,
    ...(pauses.length > 0 ? { pauses } : {}),
  };
}

function randomPeriod(): BillingPeriod {
  const from = monthOf(day('2022-06-01', 1400));
  const to = monthOf(day(`${from}-01`, 900));
  return { from, to };
}

// ---- the comparison ------------------------------------------------------------------------------

describe('the billing walk on day numbers bills as the plain walk does', () => {
  it('on random courses, agreements, pauses, periods and days', () => {
    for (let round = 0; round < 60; round++) {
      const agreements = new Map(['a1', 'a2', 'a3'].map((id) => [id, randomAgreement(id)]));
      const courses = Array.from({ length: 25 }, (_, i) => randomCourse(`c${i}`, [...agreements.keys()]));
      const period = randomPeriod();
      const asOf = day('2023-01-01', 1800);
      const plain = plainBill(courses, agreements, period, asOf);
      expect(billCourses(courses, agreements, period, asOf)).toEqual(plain);
      // The amounts alone (the reports' billedOreByMonth) are the lines' totals.
      expect(billedOreByMonth(courses, agreements, period, asOf)).toEqual(
        plain.lines.map(({ courseId, month, totalOre }) => ({ courseId, month, totalOre })),
      );
      for (const c of courses) expect(courseBlocks(c, period, asOf)).toEqual(plainBlocks(c, period, asOf));
    }
  });

  it('gives the same amounts priced a run at a time, on courses without pauses to leave out', () => {
    for (let round = 0; round < 60; round++) {
      const agreements = new Map(['a1', 'a2', 'a3'].map((id) => [id, randomAgreement(id)]));
      const courses = Array.from({ length: 25 }, (_, i) => {
        const { pauses: _pauses, ...course } = randomCourse(`c${i}`, [...agreements.keys()]);
        return course;
      });
      const period = randomPeriod();
      const asOf = day('2023-01-01', 1800);
      expect(billedOreByMonth(courses, agreements, period, asOf)).toEqual(
        plainBill(courses, agreements, period, asOf).lines.map(({ courseId, month, totalOre }) => ({
          courseId,
          month,
          totalOre,
        })),
      );
    }
  });

  it('prices each day as indexedPriceOn does, on and around every price and indexation edge', () => {
    for (let round = 0; round < 40; round++) {
      const agreement = randomAgreement('a1');
      for (const kind of ['programme', 'aftercare'] as const) {
        const steps = new PriceSteps(agreement, kind);
        const priceOf = (day: number) => steps.price(steps.indexOf(day));
        const first = addDays(agreement.startsOn, -90);
        const days = daysBetween(first, addDays(agreement.endsOn, 90));
        const wrong: string[] = [];
        for (let d = 0; d <= days; d++) {
          const date = addDays(first, d);
          const expected = indexedPriceOn(agreement, kind, date);
          if (JSON.stringify(priceOf(daysBetween('1970-01-01', date))) !== JSON.stringify(expected))
            wrong.push(date);
        }
        expect(wrong).toEqual([]);
      }
    }
  });
});
