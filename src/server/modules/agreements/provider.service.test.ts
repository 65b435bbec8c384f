import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';
import { createProvider, updateProvider } from './agreement.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const rng = createRng(2013);

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, unknown>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code, ...(fields ? { fields } : {}) });
}

async function auditRows(entityType: string, entityId: string) {
  return database.db
    .selectFrom('auditEvent')
    .select(['action'])
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('seq')
    .execute();
}

describe('providers', () => {
  it('creates the organisation and its details, with a code made from the name, and audits it', async () => {
    const cvr = syntheticCvr(rng);
    const provider = await createProvider(ctx('procurement'), {
      name: 'Østerbro Værksted',
      cvr,
      neighbourhood: 'Nordvest',
      providerSince: 2013,
      contactName: 'Leder',
      contactEmail: 'kontakt@example.org',
    });
    expect(provider).toMatchObject({
      code: 'oesterbro-vaerksted',
      cvr,
      district: 'Bispebjerg',
      hasProfile: true,
    });
    const organisation = await database.db
      .selectFrom('organisation')
      .select(['kind', 'name'])
      .where('id', '=', provider.id)
      .executeTakeFirstOrThrow();
    expect(organisation).toEqual({ kind: 'provider', name: 'Østerbro Værksted' });
    expect(await auditRows('provider', provider.id)).toMatchObject([{ action: 'create' }]);

    const again = await createProvider(ctx('admin'), {
      name: 'Østerbro Værksted',
      cvr: syntheticCvr(rng),
      district: 'Østerbro',
    });
    expect(again.code).toBe('oesterbro-vaerksted-2');
  });

  it('refuses a bad CVR number, a CVR number in use and a neighbourhood in another district, on their fields', async () => {
    await expectAppError(
      createProvider(ctx('procurement'), { name: 'X', cvr: '12345678', district: 'Valby' }),
      'VALIDATION_FAILED',
      {
        cvr: 'cvr.checksum',
      },
    );
    const cvr = syntheticCvr(rng);
    await createProvider(ctx('procurement'), { name: 'Første', cvr, district: 'Valby' });
    await expectAppError(
      createProvider(ctx('procurement'), { name: 'Anden', cvr, district: 'Valby' }),
      'VALIDATION_FAILED',
      {
        cvr: 'agreement.provider_cvr_taken',
      },
    );
    await expectAppError(
      createProvider(ctx('procurement'), {
        name: 'Y',
        cvr: syntheticCvr(rng),
        district: 'Nørrebro',
        neighbourhood: 'Sydhavnen',
      }),
      'VALIDATION_FAILED',
      { neighbourhood: 'agreement.neighbourhood_district' },
    );
    await expectAppError(
      createProvider(ctx('procurement'), { name: 'Z', cvr: syntheticCvr(rng) }),
      'VALIDATION_FAILED',
      {
        district: 'agreement.provider_district',
      },
    );
  });

  it('adds details to a provider organisation that had none, and audits the change', async () => {
    const id = world.organisations.providerB.id;
    const cvr = syntheticCvr(rng);
    const updated = await updateProvider(ctx('procurement'), id, {
      cvr,
      district: 'Valby',
      description: 'Ny',
    });
    expect(updated).toMatchObject({ cvr, district: 'Valby', description: 'Ny', hasProfile: true });
    const renamed = await updateProvider(ctx('procurement'), id, { name: 'Nyt navn' });
    expect(renamed).toMatchObject({ name: 'Nyt navn', district: 'Valby', description: 'Ny' });
    expect((await auditRows('provider', id)).map((r) => r.action)).toEqual(['update', 'update']);
  });
});
