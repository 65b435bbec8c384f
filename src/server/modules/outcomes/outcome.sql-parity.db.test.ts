// The SQL of the three tables (outcome.repository.ts) against the pure rules (outcome.rules.ts): for
// generated citizens, courses, register rows, placements and plans around every edge the rules have —
// extracts starting or ending inside M2, a missing month, ISO week 53, weeks straddling months, codes
// the codebook lacks, day 21 against day 22, six calendar months from a month's last day — the tables
// computed in the database equal the tables built from each course classified in memory.
import { addDays, addMonthsClamped } from '../../../shared/dates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld } from '../../../../test/support/factories.ts';
import type { PlacementKind } from '../../platform/db/schema.ts';
import { createRng } from '../../seed/synthetic.ts';
import {
  insertCompletedCourse,
  insertFixtureCodebook,
  insertImportBatch,
  insertPlacement,
  insertPlan,
  insertRegisterPerson,
} from './outcome.fixtures.ts';
import * as repo from './outcome.repository.ts';
import {
  classifyExit,
  exitWindow,
  hasPlan,
  isPlaced,
  observeExit,
  type RegisterPerson,
} from './outcome.rules.ts';
import { buildExitTable, buildPlacementTable, buildPlanTable } from './outcome-tables.ts';
import { computeOutcomes, resolveParameters } from './outcome.service.ts';

const rng = createRng(20261130);
const pick = <T>(values: readonly T[]): T => values[Math.floor(rng() * values.length)]!;
const between = (low: number, high: number) => low + Math.floor(rng() * (high - low + 1));

// 130 benefit, 651 education, 881 non-benefit, 999 exit register (the fixture codebook); 777 is not in it.
const CODES = [0, 0, 0, 130, 130, 651, 881, 999, 777];
// End dates on every kind of edge: month ends (31 Aug + 6 months = 28 Feb), leap days, the last days
// of 2020 (M2 = February 2021, after the 53-week 2020), and days whose M2 weeks straddle months.
const END_DATES = [
  '2019-01-31',
  '2019-03-31',
  '2019-08-31',
  '2019-10-15',
  '2019-12-31',
  '2020-02-29',
  '2020-08-31',
  '2020-10-31',
  '2020-11-30',
  '2020-12-31',
  '2021-01-31',
  '2021-06-30',
];
// Extract starts: before everything, or inside some M2s (the register starts late; May 2019 is M2 of
// March 2019, February 2021 of December 2020).
const FIRST_MONDAYS = ['2018-12-31', '2018-12-31', '2018-12-31', '2019-05-06', '2020-12-28', '2021-02-08'];
const FIRST_MONTHS: (string | null)[] = ['2019-01-01', '2019-01-01', '2019-06-01', '2020-03-01', null];
const PLACEMENT_KINDS: PlacementKind[] = ['internship', 'wage_subsidy', 'small_job'];
const PERIOD = { from: '2019-01-01', to: '2021-12-31' };

/** A register row as the import stores it: no null cells. */
interface GeneratedPerson extends RegisterPerson {
  weeklyCodes: number[];
  employmentDegrees: number[];
}

interface Generated {
  providerId: string;
  startsOn: string;
  endsOn: string;
  person: GeneratedPerson | null;
  placements: { kind: PlacementKind; startsOn: string }[];
  plans: string[];
}

let database: TestDatabase;
const courses: Generated[] = [];

function generatePerson(): GeneratedPerson | null {
  if (rng() < 0.1) return null;
  const firstWeekMonday = pick(FIRST_MONDAYS);
  const firstMonth = pick(FIRST_MONTHS);
  const usual = pick(CODES);
  return {
    firstWeekMonday,
    // Mostly one code, as a person's weeks are, with some weeks of another. Some extracts end early,
    // some inside an M2: from 2018-12-31, 19 weeks end inside May 2019 (weeks 17–21), 21 just before
    // its last week, and 112 before the last week of February 2021 (weeks 109–112).
    weeklyCodes: Array.from({ length: pick([19, 21, 60, 112, 160, 200]) }, () =>
      rng() < 0.8 ? usual : pick(CODES),
    ),
    firstMonth,
    employmentDegrees:
      firstMonth === null ? [] : Array.from({ length: pick([10, 30, 40]) }, () => pick([0, 0, 0.25, 1])),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const keys = testKeys();
  const world = await buildWorld(db, keys);
  await insertFixtureCodebook(db);
  const batchId = await insertImportBatch(db);
  const providers = [world.organisations.providerA.id, world.organisations.providerB.id];
  for (let i = 0; i < 200; i++) {
    const endsOn = pick(END_DATES);
    const course: Generated = {
      providerId: pick(providers),
      startsOn: addDays(endsOn, -between(30, 400)),
      endsOn,
      person: generatePerson(),
      placements: [],
      plans: [],
    };
    const inserted = await insertCompletedCourse(db, keys, {
      jobCentreId: world.organisations.jobCentre.id,
      ...course,
    });
    if (course.person) {
      const { weeklyCodes, employmentDegrees, firstWeekMonday, firstMonth } = course.person;
      await insertRegisterPerson(db, keys, inserted.cpr, {
        batchId,
        firstWeekMonday,
        firstMonth,
        weeks: weeklyCodes.length,
        months: employmentDegrees.length,
        codes: Object.fromEntries(weeklyCodes.map((code, w) => [addDays(firstWeekMonday, 7 * w), code])),
        degrees: Object.fromEntries(
          employmentDegrees.map((degree, m) => [addMonthsClamped(firstMonth!, m).slice(0, 7), degree]),
        ),
      });
    }
    // Placements and plans around the windows' edges: the day before the start, day 21 and 22 after
    // the end, six months after the end and the day after that.
    for (let p = between(0, 2); p > 0; p--) {
      const startsOn = pick([
        addDays(course.startsOn, -1),
        course.startsOn,
        addDays(course.endsOn, between(19, 23)),
      ]);
      const placement = { kind: pick(PLACEMENT_KINDS), startsOn };
      course.placements.push(placement);
      await insertPlacement(db, { citizenId: inserted.citizenId, ...placement });
    }
    for (let p = between(0, 2); p > 0; p--) {
      const sixMonths = addMonthsClamped(course.endsOn, 6);
      const startedOn = pick([
        addDays(course.startsOn, -1),
        sixMonths,
        addDays(sixMonths, 1),
        addDays(sixMonths, -1),
      ]);
      course.plans.push(startedOn);
      await insertPlan(db, { citizenId: inserted.citizenId, startedOn });
    }
    courses.push(course);
  }
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe('the tables computed in the database', () => {
  it('equal the pure rules applied course by course', async () => {
    const db = database.db;
    const providers = await repo.listProviders(db);
    const codebook = await repo.loadCodebook(db);
    const categoryOf = (code: number) => codebook.get(code);
    const placementKinds: PlacementKind[] = ['internship', 'wage_subsidy'];

    const exitItems = courses.map((c) => ({
      providerId: c.providerId,
      status: classifyExit(c.person && observeExit(exitWindow(c.endsOn), c.person), categoryOf),
    }));
    const placementItems = courses.map((c) => ({
      providerId: c.providerId,
      counted: isPlaced(
        c,
        c.placements.filter((p) => placementKinds.includes(p.kind)).map((p) => p.startsOn),
      ),
    }));
    const planItems = courses.map((c) => ({ providerId: c.providerId, counted: hasPlan(c, c.plans) }));

    const report = await computeOutcomes(db, resolveParameters({ ...PERIOD, placementKinds }));
    expect(report.exit).toEqual(buildExitTable(PERIOD, providers, exitItems));
    expect(report.placement).toEqual(buildPlacementTable(PERIOD, placementKinds, providers, placementItems));
    expect(report.plan).toEqual(buildPlanTable(PERIOD, providers, planItems));

    // The data reaches every status and both sides of both windows, so the comparison means something.
    const statuses = new Set(exitItems.map((i) => i.status));
    expect([...statuses].sort()).toEqual(
      [
        'censored',
        'education',
        'job',
        'notInRegister',
        'otherSelfSupporting',
        'partTime',
        'pending',
        'publicBenefit',
      ].sort(),
    );
    expect(new Set(placementItems.map((i) => i.counted)).size).toBe(2);
    expect(new Set(planItems.map((i) => i.counted)).size).toBe(2);
  });
});
