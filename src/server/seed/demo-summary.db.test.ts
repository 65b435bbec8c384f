// Issue 15 item 11: `npm start` printed "36 new citizens" while the README said about 1,100 and the lead's
// page listed 315. The summary counts what the demo database holds, and the README states the same.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../test/support/db.ts';
import { seedDemo } from './demo.ts';
import { countDemoHoldings, demoSummaryLine, type DemoHoldings } from './demo-summary.ts';

let database: TestDatabase;
let holdings: DemoHoldings;
// One key for both loads, as `npm start` reads one key from data/secret.key: the CPR look-up hashes depend on it.
const keys = testKeys();

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, keys, 'test');
  holdings = await countDemoHoldings(database.db);
});
afterAll(() => database?.close());

const number = (value: number) => new Intl.NumberFormat('en-GB').format(value);

describe('the demo summary', () => {
  it('counts every loader’s citizens, not only the first loader’s', async () => {
    const db = database.db;
    const citizens = await db.selectFrom('citizen').select('id').execute();
    expect(holdings.citizens).toBe(citizens.length);
    // Far more than the 36 the first loader adds: the course and outcome loaders add theirs.
    expect(holdings.citizens).toBeGreaterThan(36);
    const atProviders = new Set([
      ...(await db.selectFrom('course').select('citizenId').execute()).map((r) => r.citizenId),
      ...(
        await db.selectFrom('referral').select('citizenId').where('status', '<>', 'withdrawn').execute()
      ).map((r) => r.citizenId),
      ...(await db.selectFrom('citizenProviderLink').select('citizenId').execute()).map((r) => r.citizenId),
    ]);
    expect(holdings.citizensAtProviders).toBe(atProviders.size);
    expect(holdings.courses).toBe((await db.selectFrom('course').select('id').execute()).length);
    expect(holdings.referrals).toBe((await db.selectFrom('referral').select('id').execute()).length);
    expect(holdings.organisations).toBe((await db.selectFrom('organisation').select('id').execute()).length);
  });

  it('prints what it counted', () => {
    const line = demoSummaryLine(holdings);
    expect(line).toContain(`${number(holdings.citizens)} synthetic citizens`);
    expect(line).toContain(`${number(holdings.citizensAtProviders)} of them`);
    expect(line).toContain(`${number(holdings.courses)} courses`);
    expect(line).toContain(`${number(holdings.referrals)} referrals`);
  });

  // `npm start` loads the demo on every start: a second load must find it all there.
  it('adds nothing when the demo is loaded again', async () => {
    await seedDemo(database.db, keys, 'test');
    expect(await countDemoHoldings(database.db)).toEqual(holdings);
  });

  it('says the same in the README', () => {
    const readme = fs
      .readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
      .replace(/\s+/g, ' ');
    expect(readme).toContain(`The demo holds ${number(holdings.citizens)} synthetic citizens`);
    expect(readme).toContain(
      `${number(holdings.citizensAtProviders)} of them with a course, referral or link`,
    );
    expect(readme).toContain(
      `${number(holdings.courses)} courses (${number(holdings.ongoingCourses)} ongoing)`,
    );
    expect(readme).toContain(`${number(holdings.referrals)} referrals`);
  });
});
