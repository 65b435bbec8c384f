import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.ts';
import { createUser } from '../../modules/organisations/user.service.ts';
import { demoUserProblems } from './production-checks.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db
    .insertInto('organisation')
    .values({ kind: 'administration', code: 'checks-admin', name: 'Checks' })
    .execute();
  for (const [username, password] of [
    ['admin', 'demo'],
    ['mentor', 'demo'],
    ['sagsbehandler', 'a real password of length'],
  ] as const) {
    await createUser(database.db, {
      username,
      displayName: username,
      organisationCode: 'checks-admin',
      roles: ['admin'],
      password,
      allowShortPassword: true,
    });
  }
});
afterAll(() => database?.close());

const DEMO_NAMES = ['admin', 'mentor', 'sagsbehandler', 'analytiker'];

describe('demoUserProblems', () => {
  it('names the active demo users who still have the demo password', async () => {
    const problems = await demoUserProblems(database.db, DEMO_NAMES, 'demo', {});
    expect(problems).toEqual([
      { level: 'refuse', message: expect.stringContaining('The demo users admin, mentor can sign in') },
    ]);
    expect(
      await demoUserProblems(database.db, DEMO_NAMES, 'demo', { INDSATS_ALLOW_DEMO_USERS: 'true' }),
    ).toEqual([]);
  });

  it('lets a deactivated demo user be', async () => {
    await database.db
      .updateTable('appUser')
      .set({ isActive: false })
      .where('username', 'in', ['admin', 'mentor'])
      .execute();
    expect(await demoUserProblems(database.db, DEMO_NAMES, 'demo', {})).toEqual([]);
  });
});
