// Typed fixtures: organisations, users and citizens inserted the way the app stores them.
import crypto from 'node:crypto';
import type { Role } from '../../src/shared/permissions.ts';
import type { Actor, Ctx } from '../../src/server/platform/context.ts';
import type { Db } from '../../src/server/platform/db/client.ts';
import type { OrganisationKind } from '../../src/server/platform/db/schema.ts';
import { encrypt, type Keys } from '../../src/server/platform/crypto/keys.ts';
import { sealCpr } from '../../src/server/platform/crypto/citizen-cpr.ts';
import { insertUser as insertUserRow } from '../../src/server/modules/organisations/organisation.repository.ts';
import { hashPassword } from '../../src/server/platform/auth/password.ts';
import { syntheticCpr, syntheticName } from '../../src/server/seed/synthetic.ts';
import { testRng } from './seed.ts';

const rng = testRng('factories');

export function buildCpr(options: { modulus11?: boolean; bornFrom?: number; bornTo?: number } = {}): string {
  return syntheticCpr(rng, options);
}

export async function insertOrganisation(db: Db, kind: OrganisationKind, name?: string) {
  const code = `${kind.replace('_', '-')}-${crypto.randomBytes(4).toString('hex')}`;
  return db
    .insertInto('organisation')
    .values({ kind, code, name: name ?? `${kind} ${code}` })
    .returning(['id', 'kind', 'code', 'name'])
    .executeTakeFirstOrThrow();
}

export const TEST_PASSWORD = 'correct horse battery staple';

// One argon2id hash of TEST_PASSWORD for every user a test file inserts: hashing (19 MiB, 2 passes) is
// most of a user's cost, and the stored form is the app's own. Tests of creating users go through
// createUser (user.service.ts), which hashes each password itself.
let testPasswordHash: Promise<string> | undefined;

export async function insertUser(
  db: Db,
  organisation: { id: string; code: string; kind: OrganisationKind; name: string },
  roles: Role[],
) {
  const username = `u${crypto.randomBytes(5).toString('hex')}`;
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const user = await insertUserRow(db, {
    organisationId: organisation.id,
    username,
    displayName: `Test ${username}`,
    passwordHash: await testPasswordHash,
    roles,
    oidcSubject: null,
  });
  const actor: Actor = {
    userId: user.id,
    username,
    displayName: `Test ${username}`,
    organisationId: organisation.id,
    organisationKind: organisation.kind,
    organisationName: organisation.name,
    roles,
  };
  return actor;
}

export async function insertCitizen(
  db: Db,
  keys: Keys,
  values: { jobCentreId: string; providerIds?: string[]; name?: string; cpr?: string; notes?: string },
) {
  const cpr = values.cpr ?? buildCpr();
  const name = values.name ?? syntheticName(rng);
  const row = await db
    .insertInto('citizen')
    .values({
      jobCentreId: values.jobCentreId,
      ...sealCpr(keys, cpr),
      name,
      district: 'Valby',
      notesEncrypted: values.notes ? encrypt(keys, values.notes) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const providerId of values.providerIds ?? []) {
    await db.insertInto('citizenProviderLink').values({ citizenId: row.id, providerId }).execute();
  }
  return { id: row.id, cpr, name };
}

export function ctxFor(db: Db, keys: Keys, actor: Actor): Ctx {
  return { actor, db, keys, requestId: crypto.randomUUID(), language: 'da' };
}

/**
 * Two job centres and two providers, a user for every role in each, and citizens: one per
 * job centre, one of them linked to provider A. Enough to test "own" and "other organisation".
 */
export async function buildWorld(db: Db, keys: Keys) {
  const administration = await insertOrganisation(db, 'administration');
  const jobCentre = await insertOrganisation(db, 'job_centre');
  const otherJobCentre = await insertOrganisation(db, 'job_centre');
  const providerA = await insertOrganisation(db, 'provider');
  const providerB = await insertOrganisation(db, 'provider');
  const users = {
    admin: await insertUser(db, administration, ['admin']),
    analyst: await insertUser(db, administration, ['analyst']),
    procurement: await insertUser(db, administration, ['procurement']),
    caseworker: await insertUser(db, jobCentre, ['caseworker']),
    otherCaseworker: await insertUser(db, otherJobCentre, ['caseworker']),
    providerStaff: await insertUser(db, providerA, ['provider_staff']),
    providerLead: await insertUser(db, providerA, ['provider_lead']),
    otherProviderStaff: await insertUser(db, providerB, ['provider_staff']),
  };
  const citizenAtA = await insertCitizen(db, keys, {
    jobCentreId: jobCentre.id,
    providerIds: [providerA.id],
    notes: 'Synthetic note',
  });
  const citizenUnlinked = await insertCitizen(db, keys, { jobCentreId: jobCentre.id });
  const citizenOtherJobCentre = await insertCitizen(db, keys, {
    jobCentreId: otherJobCentre.id,
    providerIds: [providerB.id],
  });
  return {
    organisations: { administration, jobCentre, otherJobCentre, providerA, providerB },
    users,
    citizens: { citizenAtA, citizenUnlinked, citizenOtherJobCentre },
  };
}
