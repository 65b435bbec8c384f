// The agenda's fair comparison and capacity use (issue 14) against a real database: the provider's rows of
// the fair comparison for the agenda's period (outcomes module), or an empty section when the comparison has
// no row for it, and today's running courses and pending referrals against the places this year's frame buys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInCopenhagen as today } from '../../../shared/dates.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { insertAgreementWithPrices, insertTenderWithArea } from '../budgets/budget.fixtures.ts';
import { createBudgetFrame } from '../budgets/budget.service.ts';
import { insertCompletedCourse, insertFixtureCodebook } from '../outcomes/outcome.fixtures.ts';
import { agendaPeriod } from './agenda.rules.ts';
import { createMeeting, generateAgenda } from './meeting.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const kr = (amount: number) => amount * 100;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const sectionOf = async (key: string) => {
  const { id } = await createMeeting(ctx('procurement'), world.organisations.providerA.id, {
    heldOn: today(),
  });
  const meeting = await generateAgenda(ctx('procurement'), id);
  return meeting.agenda!.sections.find((s) => s.key === key)!;
};

describe('the agenda’s fair comparison', () => {
  it('says there is none when the comparison has no row for the provider in the period', async () => {
    const section = await sectionOf('fairness');
    const { from, to } = agendaPeriod(today());
    expect(section).toMatchObject({ available: true, from, to, fairness: [] });
  });

  it("lists the provider's own rows of the comparison when it has courses in the period", async () => {
    await insertFixtureCodebook(database.db);
    const { to } = agendaPeriod(today());
    const { jobCentre, providerA, providerB } = world.organisations;
    for (const providerId of [providerA.id, providerA.id, providerB.id]) {
      await insertCompletedCourse(database.db, keys, {
        jobCentreId: jobCentre.id,
        providerId,
        startsOn: addDays(to, -90),
        endsOn: addDays(to, -20),
      });
    }
    const section = await sectionOf('fairness');
    expect(section.available).toBe(true);
    // Only the provider's own rows (its two courses, not provider B's), with the comparison's figures.
    // (The exit table waits for the register's second month after the end, so it has no row yet.)
    expect(section.fairness).toEqual([
      { table: 'placement', courses: 2, observed: 0, expected: 0, oe: null, label: 'too_few' },
      { table: 'plan', courses: 2, observed: 0, expected: 0, oe: null, label: 'too_few' },
    ]);
  });
});

describe('the agenda’s capacity use', () => {
  it('shows running courses and pending referrals today against the places of the frame', async () => {
    const year = Number(today().slice(0, 4));
    const tender = await insertTenderWithArea(database.db);
    await insertAgreementWithPrices(database.db, {
      tenderAreaId: tender.tenderAreaId,
      providerId: world.organisations.providerA.id,
      startsOn: `${year - 1}-01-01`,
      endsOn: `${year + 1}-12-31`,
      programme: [{ validFrom: `${year - 1}-01-01`, weeklyOre: kr(2_000) }],
    });
    // 2.080.000 kr. / (52 weeks × 2.000 kr.) = 20 places at a time.
    await createBudgetFrame(ctx('procurement'), {
      programme: 'Dagsordenens ramme (test)',
      year,
      amountOre: kr(2_080_000),
      tenderId: tender.tenderId,
      expectedCourseWeeks: 26,
    });
    const { citizenId } = await insertCompletedCourse(database.db, keys, {
      jobCentreId: world.organisations.jobCentre.id,
      providerId: world.organisations.providerA.id,
      startsOn: addDays(today(), -400),
      endsOn: addDays(today(), -300),
    });
    await database.db
      .insertInto('course')
      .values({ citizenId, providerId: world.organisations.providerA.id, startsOn: addDays(today(), -10) })
      .execute();
    const section = await sectionOf('capacity');
    expect(section).toMatchObject({ available: true, from: `${year}-01-01`, to: `${year}-12-31` });
    const figures = Object.fromEntries(section.figures.map((f) => [f.key, [f.value, f.of]]));
    expect(figures.places_today).toEqual([20, null]);
    expect(figures.occupied_today).toEqual([1, null]);
    expect(figures.capacity_use).toEqual([5, 20]);
  });
});
