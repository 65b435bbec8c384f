// What the demo database holds, as `indsats serve --demo` and `indsats seed demo` print it (issue 15 item
// 11: the line said "36 new citizens" — only the first loader's — while the demo holds the course,
// outcome and register loaders' citizens too). Counted in the database, so it says what is there, not what
// one loader added. Read with the owner connection: these are counts, no personal data.
import { sql } from 'kysely';
import type { Db } from '../platform/db/client.ts';

export interface DemoHoldings {
  organisations: number;
  users: number;
  citizens: number;
  /** Citizens a provider sees: a course, a referral (not withdrawn) or a link at a provider (citizen-scope.ts). */
  citizensAtProviders: number;
  courses: number;
  /** Courses not ended. */
  ongoingCourses: number;
  referrals: number;
}

export async function countDemoHoldings(db: Db): Promise<DemoHoldings> {
  const count = sql<string>`count(*)`.as('n');
  const [organisations, users, citizens, courses, ongoingCourses, referrals, atProviders] = await Promise.all(
    [
      db.selectFrom('organisation').select(count).executeTakeFirstOrThrow(),
      db.selectFrom('appUser').select(count).executeTakeFirstOrThrow(),
      db.selectFrom('citizen').select(count).executeTakeFirstOrThrow(),
      db.selectFrom('course').select(count).executeTakeFirstOrThrow(),
      db.selectFrom('course').select(count).where('endsOn', 'is', null).executeTakeFirstOrThrow(),
      db.selectFrom('referral').select(count).executeTakeFirstOrThrow(),
      db
        .selectFrom(
          db
            .selectFrom('course')
            .select('citizenId')
            .union(db.selectFrom('referral').select('citizenId').where('status', '<>', 'withdrawn'))
            .union(db.selectFrom('citizenProviderLink').select('citizenId'))
            .as('seen'),
        )
        .select(count)
        .executeTakeFirstOrThrow(),
    ],
  );
  return {
    organisations: Number(organisations.n),
    users: Number(users.n),
    citizens: Number(citizens.n),
    citizensAtProviders: Number(atProviders.n),
    courses: Number(courses.n),
    ongoingCourses: Number(ongoingCourses.n),
    referrals: Number(referrals.n),
  };
}

const number = (value: number) => new Intl.NumberFormat('en-GB').format(value);

/** "Demo data: 10 organisations, 24 users, 1,113 citizens (…)": what the database holds after loading. */
export function demoSummaryLine(holdings: DemoHoldings): string {
  return (
    `Demo data: ${number(holdings.organisations)} organisations, ${number(holdings.users)} users, ` +
    `${number(holdings.citizens)} synthetic citizens (${number(holdings.citizensAtProviders)} of them with a ` +
    `course, referral or link at a provider), ${number(holdings.courses)} courses ` +
    `(${number(holdings.ongoingCourses)} ongoing) and ${number(holdings.referrals)} referrals.`
  );
}
