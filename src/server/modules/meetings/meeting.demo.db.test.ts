// The demo's follow-up meetings (issue 14) belong to the clearly synthetic provider only: nothing is
// invented about the real organisations the seeds name; loading the demo twice adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDemoDatabase } from '../../../../test/support/demo-db.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { TestDatabase } from '../../../../test/support/db.ts';
import { SYNTHETIC_PROVIDER_CODE } from '../agreements/agreement.demo-data.ts';
import { seedMeetingsDemo } from './meeting.demo.ts';

let database: TestDatabase;
let keys: Keys;

beforeAll(async () => {
  ({ database, keys } = await seededDemoDatabase());
});
afterAll(() => database?.close());

describe('demo meetings', () => {
  it('are held with the synthetic provider only, and are not added twice', async () => {
    const count = () =>
      database.db
        .selectFrom('providerMeeting as m')
        .innerJoin('organisation as o', 'o.id', 'm.providerId')
        .select(['o.code'])
        .execute();
    const before = await count();
    expect(before.length).toBe(2);
    expect(new Set(before.map((m) => m.code))).toEqual(new Set([SYNTHETIC_PROVIDER_CODE]));
    await seedMeetingsDemo(database.db, keys);
    expect((await count()).length).toBe(2);
  });
});
