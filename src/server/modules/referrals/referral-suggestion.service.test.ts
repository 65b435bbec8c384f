// Suggested providers for a citizen's referral (issue 12, item 5), through the referral part's services:
// the target-group check per programme, the places the year's budget frames buy against those taken,
// and the citizen's district, ranked; the rest with why not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import { insertCourse } from '../courses/course.fixtures.ts';
import { insertSuggestedProvider } from './referral-suggestion.fixtures.ts';
import { refusalOf } from './referral.fixtures.ts';
import { listReferralSuggestions, updateCircumstances } from './referral.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let citizenId: string;
const ON = '2026-03-02';

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  // Synthetic: born 1 Jan 1980, last digit odd (a man); insertCitizen puts him in Valby.
  const citizen = await insertCitizen(db(), keys, {
    jobCentreId: world.organisations.jobCentre.id,
    cpr: '0101801235',
  });
  citizenId = citizen.id;
  await updateCircumstances(ctx('caseworker'), citizenId, {
    benefitType: 'cash_benefit',
    activityReady: true,
  });

  const adult = [{ kind: 'min_age' as const, years: 30 }];
  await insertSuggestedProvider(db(), { name: 'Beta Huset', district: 'Nørrebro', places: 10, rules: adult });
  await insertSuggestedProvider(db(), { name: 'Alfa Værksted', district: 'Valby', places: 2, rules: adult });
  const full = await insertSuggestedProvider(db(), { name: 'Gamma Hjørnet', district: 'Valby', places: 1 });
  await insertSuggestedProvider(db(), {
    name: 'Delta Kvinder',
    district: 'Valby',
    places: 5,
    rules: [{ kind: 'women_minority_background' }],
  });
  await insertSuggestedProvider(db(), {
    name: 'Epsilon Uden Ramme',
    district: 'Valby',
    places: null,
    rules: [{ kind: 'activity_ready_cash_benefit' }],
  });
  // Another citizen in course at Gamma takes its one place.
  const other = await insertCitizen(db(), keys, { jobCentreId: world.organisations.jobCentre.id });
  await insertCourse(db(), { citizenId: other.id, providerId: full.providerId, startsOn: '2026-01-05' });
});
afterAll(() => database?.close());

describe('suggested providers', () => {
  it('suggests eligible providers with free places, own district first, and says why not for the rest', async () => {
    const result = await listReferralSuggestions(ctx('caseworker'), citizenId, { date: ON });
    expect(result).toMatchObject({ citizenId, date: ON, year: 2026, citizenDistrict: 'Valby' });
    expect(result.suggested.map((s) => s.provider.name)).toEqual([
      'Alfa Værksted',
      'Beta Huset',
      'Epsilon Uden Ramme',
    ]);
    expect(result.suggested[0]).toMatchObject({
      eligible: true,
      ownDistrict: true,
      places: 2,
      freePlaces: 2,
      reasons: [
        { key: 'own_district', values: { district: 'Valby' } },
        { key: 'free_capacity', values: { year: 2026, free: 2, places: 2 } },
        { key: 'eligible' },
      ],
    });
    expect(result.suggested[2]).toMatchObject({
      places: null,
      reasons: [
        { key: 'own_district' },
        { key: 'capacity_unknown', values: { year: 2026 } },
        { key: 'eligible' },
      ],
    });
    expect(result.notSuggested.map((s) => s.provider.name)).toEqual(['Delta Kvinder', 'Gamma Hjørnet']);
    const [women, full] = result.notSuggested;
    expect(women?.reasons[0]).toEqual({
      key: 'not_eligible',
      tone: 'against',
      values: {
        rule: 'women_minority_background',
        reason: 'Forløbet er for kvinder, og borgeren er efter CPR-nummeret en mand.',
      },
    });
    expect(full?.reasons[0]).toEqual({
      key: 'no_capacity',
      tone: 'against',
      values: { year: 2026, occupied: 1, places: 1 },
    });
  });

  it('gives the failing rule in the user’s language', async () => {
    const english = { ...ctx('caseworker'), language: 'en' as const };
    const result = await listReferralSuggestions(english, citizenId, { date: ON });
    expect(result.notSuggested[0]?.reasons[0]?.values.reason).toBe(
      'The programme is for women, and by the CPR number the citizen is a man.',
    );
  });

  it('suggests nothing on a date without active agreements', async () => {
    const result = await listReferralSuggestions(ctx('caseworker'), citizenId, { date: '2031-01-02' });
    expect(result).toMatchObject({ year: 2031, suggested: [], notSuggested: [] });
  });

  it('audits the read as an eligibility check of the citizen', async () => {
    await listReferralSuggestions(ctx('caseworker'), citizenId, { date: ON });
    const last = await db()
      .selectFrom('auditEvent')
      .select(['action', 'entityType', 'criteria'])
      .where('citizenId', '=', citizenId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({
      action: 'read',
      entityType: 'citizen_eligibility',
      criteria: { purpose: 'referral_suggestions', date: ON, suggested: 3, notSuggested: 2 },
    });
  });

  it('answers NOT_FOUND for a citizen of another job centre', async () => {
    const refusal = await refusalOf(listReferralSuggestions(ctx('otherCaseworker'), citizenId, { date: ON }));
    expect(refusal?.code).toBe('NOT_FOUND');
  });
});
