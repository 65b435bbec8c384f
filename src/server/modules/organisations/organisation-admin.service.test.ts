import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages.ts';
import type { Ctx } from '../../platform/context.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { ctxFor, insertOrganisation, insertUser } from '../../../../test/support/factories.ts';
import {
  createOrganisationByAdmin,
  listOrganisationsForAdmin,
  updateOrganisationByAdmin,
} from './organisation-admin.service.ts';

let database: TestDatabase;
let ctx: Ctx;

beforeAll(async () => {
  database = await createTestDatabase();
  const administration = await insertOrganisation(database.db, 'administration');
  ctx = ctxFor(database.db, testKeys(), await insertUser(database.db, administration, ['admin']));
});
afterAll(() => database?.close());

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function auditRows(id: string) {
  return database.db
    .selectFrom('auditEvent')
    .select(['action', 'criteria', 'actorUsername'])
    .where('entityType', '=', 'organisation')
    .where('entityId', '=', id)
    .orderBy('seq')
    .execute();
}

describe('organisations on the administration pages', () => {
  it('creates an organisation in the administrator’s name and lists it with its users', async () => {
    const created = await createOrganisationByAdmin(ctx, {
      kind: 'provider',
      code: 'syntetisk-lev',
      name: 'Syntetisk Leverandør',
    });
    expect(created).toMatchObject({ kind: 'provider', code: 'syntetisk-lev', userCount: 0 });
    expect(await auditRows(created.id)).toEqual([
      {
        action: 'create',
        criteria: { kind: 'provider', code: 'syntetisk-lev' },
        actorUsername: ctx.actor.username,
      },
    ]);
    await insertUser(database.db, { ...created }, ['provider_staff']);
    const listed = (await listOrganisationsForAdmin(ctx)).items.find((o) => o.id === created.id);
    expect(listed).toMatchObject({ userCount: 1, activeUserCount: 1 });
  });

  it('refuses a wrong kind and code, and a code in use, with messages on the fields', async () => {
    const error = await failure(createOrganisationByAdmin(ctx, { kind: 'school', code: 'Æ B', name: 'X' }));
    expect(translate('da', error.fields!.kind!)).toBe(
      'Typen skal være administration, job_centre eller provider.',
    );
    expect(error.fields!.code).toBe('organisation.code_format');
    await createOrganisationByAdmin(ctx, { kind: 'job_centre', code: 'jc-dublet', name: 'Jobcenter' });
    const duplicate = await failure(
      createOrganisationByAdmin(ctx, { kind: 'job_centre', code: 'jc-dublet', name: 'Jobcenter 2' }),
    );
    expect(duplicate.code).toBe('CONFLICT');
    expect(translate('en', duplicate.fields!.code!, duplicate.params)).toBe(
      'An organisation with the code jc-dublet already exists.',
    );
  });

  it('changes a code and name, audits the change, and keeps the kind', async () => {
    const created = await createOrganisationByAdmin(ctx, {
      kind: 'job_centre',
      code: 'jc-gammel',
      name: 'Jobcenter Gammel',
    });
    const updated = await updateOrganisationByAdmin(ctx, created.id, { code: 'jc-ny', name: 'Jobcenter Ny' });
    expect(updated).toMatchObject({ kind: 'job_centre', code: 'jc-ny', name: 'Jobcenter Ny' });
    expect((await auditRows(created.id)).at(-1)).toMatchObject({
      action: 'update',
      criteria: {
        changes: {
          code: { from: 'jc-gammel', to: 'jc-ny' },
          name: { from: 'Jobcenter Gammel', to: 'Jobcenter Ny' },
        },
      },
    });
    const taken = await failure(updateOrganisationByAdmin(ctx, created.id, { code: 'jc-dublet', name: 'X' }));
    expect(taken.code).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for an organisation that does not exist', async () => {
    const error = await failure(
      updateOrganisationByAdmin(ctx, crypto.randomUUID(), { code: 'findes-ikke', name: 'Findes ikke' }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});
