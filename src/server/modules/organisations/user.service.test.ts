import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.ts';
import { insertOrganisation } from '../../../../test/support/factories.ts';
import { createUser } from './user.service.ts';

let database: TestDatabase;
let organisationCode: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ code: organisationCode } = await insertOrganisation(database.db, 'administration'));
});
afterAll(() => database?.close());

describe('createUser', () => {
  it.each([
    ['a NUL', 'Sara\u0000 Berg', 'U+0000'],
    ['a right-to-left override', 'Sara\u202e Berg', 'U+202E'],
    ['a zero-width joiner', 'Sara\u200d Berg', 'U+200D'],
  ])('refuses %s in the display name with a field error naming it', async (_label, displayName, code) => {
    const error = await createUser(database.db, {
      username: 'sara',
      displayName,
      organisationCode,
      roles: ['analyst'],
      password: 'a long enough password',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const { fields, params } = error as AppError;
    expect(translate('da', fields!.displayName!, params)).toBe(
      `Feltet indeholder et ugyldigt tegn (${code}) på plads 5.`,
    );
    const stored = await database.db
      .selectFrom('appUser')
      .select('id')
      .where('username', '=', 'sara')
      .execute();
    expect(stored).toEqual([]);
  });
});
