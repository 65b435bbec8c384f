// SQL of providers: organisations of kind 'provider' and their details (provider_profile).
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

function providers(db: Runner) {
  return db
    .selectFrom('organisation as o')
    .leftJoin('providerProfile as p', 'p.organisationId', 'o.id')
    .select([
      'o.id',
      'o.code',
      'o.name',
      'p.organisationId as profileId',
      'p.cvr',
      'p.district',
      'p.neighbourhood',
      'p.address',
      'p.contactName',
      'p.contactEmail',
      'p.contactPhone',
      'p.providerSince',
      'p.description',
    ])
    .where('o.kind', '=', 'provider');
}

export async function findProviders(db: Runner) {
  return providers(db).orderBy('o.name').orderBy('o.id').execute();
}

export async function findProvider(db: Runner, id: string) {
  return providers(db).where('o.id', '=', id).executeTakeFirst();
}

export type ProviderRow = NonNullable<Awaited<ReturnType<typeof findProvider>>>;

export async function isOrganisationCodeTaken(db: Runner, code: string): Promise<boolean> {
  const row = await db.selectFrom('organisation').select('id').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

export async function findProviderIdByCvr(db: Runner, cvr: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('providerProfile')
    .select('organisationId')
    .where('cvr', '=', cvr)
    .executeTakeFirst();
  return row?.organisationId;
}

export async function insertProviderOrganisation(db: Runner, values: { code: string; name: string }) {
  return db
    .insertInto('organisation')
    .values({ kind: 'provider', ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function renameOrganisation(db: Runner, id: string, name: string) {
  await db.updateTable('organisation').set({ name, updatedAt: new Date() }).where('id', '=', id).execute();
}

export interface ProfileValues {
  cvr: string | null;
  district: string | null;
  neighbourhood: string | null;
  address: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  providerSince: number | null;
  description: string | null;
}

export async function insertProfile(db: Runner, organisationId: string, values: ProfileValues) {
  await db
    .insertInto('providerProfile')
    .values({ organisationId, ...values })
    .execute();
}

export async function updateProfile(db: Runner, organisationId: string, values: Partial<ProfileValues>) {
  await db
    .updateTable('providerProfile')
    .set({ ...values, updatedAt: new Date() })
    .where('organisationId', '=', organisationId)
    .execute();
}

/** A provider's district and CVR number (the import's columns): the profile is created when missing. */
export async function upsertAnchor(
  db: Runner,
  organisationId: string,
  values: { district: string; cvr: string | null },
) {
  await db
    .insertInto('providerProfile')
    .values({ organisationId, ...values })
    .onConflict((oc) => oc.column('organisationId').doUpdateSet({ ...values, updatedAt: new Date() }))
    .execute();
}
