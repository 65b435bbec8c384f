import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  JOB_TALK_FOLLOW_UP_KEY,
  LOCAL_SETTINGS,
  RETENTION_AUDIT_MONTHS_KEY,
  RETENTION_CASE_YEARS_KEY,
} from '../../../shared/local-settings.ts';
import { listLocalSettings, readLocalNumber, readLocalSetting, setLocalSetting } from './local-settings.ts';

let database: TestDatabase;
const admin = { userId: null, username: 'cli:tester', organisationId: null };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('local settings', () => {
  it('apply the registry default until one is set, and keep every change with its reason', async () => {
    expect(await readLocalNumber(database.db, RETENTION_CASE_YEARS_KEY)).toBe(5);
    expect(await readLocalSetting(database.db, JOB_TALK_FOLLOW_UP_KEY)).toBeNull();

    await setLocalSetting(database.db, admin, {
      key: RETENTION_CASE_YEARS_KEY,
      value: ' 07 ',
      reason: 'Byrådet',
    });
    expect(await readLocalNumber(database.db, RETENTION_CASE_YEARS_KEY)).toBe(7);
    const cleared = await setLocalSetting(database.db, admin, {
      key: RETENTION_CASE_YEARS_KEY,
      value: null,
      reason: 'Tilbage til standard',
    });
    expect(cleared).toMatchObject({ value: null, inForce: '5', defaultValue: '5' });
    expect(cleared.history.map((h) => [h.value, h.reason, h.changedBy])).toEqual([
      [null, 'Tilbage til standard', 'tester (kommandolinjen)'],
      ['7', 'Byrådet', 'tester (kommandolinjen)'],
    ]);

    const audit = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityType', 'entityId', 'actorUsername'])
      .where('entityType', '=', 'local_setting')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      action: 'update',
      entityId: RETENTION_CASE_YEARS_KEY,
      actorUsername: 'cli:tester',
    });
  });

  it('refuses a value outside the range, an empty reason and an unknown key, changing nothing', async () => {
    const error = await rejection(
      setLocalSetting(database.db, admin, { key: RETENTION_AUDIT_MONTHS_KEY, value: '3', reason: ' ' }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual({ value: 'settings.range', reason: 'validation.required' });
    expect(error.params).toMatchObject({ min: 6, max: 120 });
    expect(await readLocalNumber(database.db, RETENTION_AUDIT_MONTHS_KEY)).toBe(60);

    const unknown = await rejection(
      setLocalSetting(database.db, admin, { key: 'nope', value: '1', reason: 'x' }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('ignores a value put in with SQL that the registry does not accept', async () => {
    await database.db
      .insertInto('systemSetting')
      .values({ key: JOB_TALK_FOLLOW_UP_KEY, value: 'often' })
      .execute();
    expect(await readLocalSetting(database.db, JOB_TALK_FOLLOW_UP_KEY)).toBeNull();
    await database.db
      .updateTable('systemSetting')
      .set({ value: 'When_Needed' })
      .where('key', '=', JOB_TALK_FOLLOW_UP_KEY)
      .execute();
    expect(await readLocalSetting(database.db, JOB_TALK_FOLLOW_UP_KEY)).toBe('when_needed');
    await database.db.deleteFrom('systemSetting').where('key', '=', JOB_TALK_FOLLOW_UP_KEY).execute();
  });

  it('lists every registered setting with its source and allowed values', async () => {
    const states = await listLocalSettings(database.db);
    expect(states.map((s) => s.key)).toEqual(LOCAL_SETTINGS.map((s) => s.key));
    for (const state of states) {
      expect(state.source.length).toBeGreaterThan(10);
      expect(state.meaning.da && state.meaning.en && state.allowed.da).toBeTruthy();
      // Every default is a value the setting itself accepts.
      const definition = LOCAL_SETTINGS.find((s) => s.key === state.key)!;
      if (definition.defaultValue !== null)
        expect(definition.parse(definition.defaultValue)).toMatchObject({ ok: true });
    }
  });
});
