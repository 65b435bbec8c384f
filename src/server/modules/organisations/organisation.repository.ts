import type { Db } from '../../platform/db/client.ts';
import type { OrganisationKind } from '../../platform/db/schema.ts';

export async function findOrganisationByCode(db: Db, code: string) {
  return db.selectFrom('organisation').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function upsertOrganisation(
  db: Db,
  values: { kind: OrganisationKind; code: string; name: string },
) {
  return db
    .insertInto('organisation')
    .values(values)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({ kind: values.kind, name: values.name, updatedAt: new Date() }),
    )
    .returning(['id', 'kind', 'code', 'name'])
    .executeTakeFirstOrThrow();
}

export async function insertOrganisation(
  db: Db,
  values: { kind: OrganisationKind; code: string; name: string },
) {
  return db
    .insertInto('organisation')
    .values(values)
    .returning(['id', 'kind', 'code', 'name'])
    .executeTakeFirstOrThrow();
}

export async function listOrganisations(db: Db) {
  return db
    .selectFrom('organisation')
    .select(['id', 'kind', 'code', 'name'])
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export async function findUserForLogin(db: Db, username: string) {
  return db
    .selectFrom('appUser')
    .select(['id', 'passwordHash', 'isActive', 'organisationId'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function findUserByOidcSubject(db: Db, subject: string) {
  return db
    .selectFrom('appUser')
    .select(['id', 'isActive', 'organisationId', 'username'])
    .where('oidcSubject', '=', subject)
    .executeTakeFirst();
}

export async function insertUser(
  db: Db,
  values: {
    organisationId: string;
    username: string;
    displayName: string;
    passwordHash: string | null;
    roles: string[];
    oidcSubject: string | null;
  },
) {
  return db.insertInto('appUser').values(values).returning(['id', 'username']).executeTakeFirstOrThrow();
}

export async function listUsers(db: Db) {
  return db
    .selectFrom('appUser as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisationId')
    .select([
      'u.id',
      'u.username',
      'u.displayName',
      'u.roles',
      'u.isActive',
      'o.code as organisationCode',
      'o.name as organisationName',
    ])
    .orderBy('o.name')
    .orderBy('u.username')
    .execute();
}

// The administration pages ------------------------------------------------------------------------------

export async function listOrganisationsWithUserCounts(db: Db) {
  return db
    .selectFrom('organisation as o')
    .leftJoin('appUser as u', 'u.organisationId', 'o.id')
    .select(({ fn }) => [
      'o.id',
      'o.kind',
      'o.code',
      'o.name',
      fn.count<number>('u.id').as('userCount'),
      fn.count<number>('u.id').filterWhere('u.isActive', '=', true).as('activeUserCount'),
    ])
    .groupBy(['o.id', 'o.kind', 'o.code', 'o.name'])
    .orderBy('o.kind')
    .orderBy('o.name')
    .execute();
}

export async function findOrganisationById(db: Db, id: string) {
  return db
    .selectFrom('organisation')
    .select(['id', 'kind', 'code', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateOrganisation(db: Db, id: string, values: { code: string; name: string }) {
  return db
    .updateTable('organisation')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .returning(['id', 'kind', 'code', 'name'])
    .executeTakeFirstOrThrow();
}

function selectAdminUsers(db: Db) {
  return db
    .selectFrom('appUser as u')
    .innerJoin('organisation as o', 'o.id', 'u.organisationId')
    .select([
      'u.id',
      'u.username',
      'u.displayName',
      'u.roles',
      'u.isActive',
      'u.oidcSubject',
      'u.lastSignInAt',
      'u.createdAt',
      (eb) => eb('u.passwordHash', 'is not', null).as('hasPassword'),
      'o.id as organisationId',
      'o.code as organisationCode',
      'o.name as organisationName',
      'o.kind as organisationKind',
    ]);
}

export type AdminUserRow = NonNullable<Awaited<ReturnType<typeof findAdminUser>>>;

export async function listAdminUsers(db: Db) {
  return selectAdminUsers(db).orderBy('o.name').orderBy('u.username').execute();
}

export async function findAdminUser(db: Db, id: string) {
  return selectAdminUsers(db).where('u.id', '=', id).executeTakeFirst();
}

export async function updateUser(
  db: Db,
  id: string,
  values: Partial<{
    displayName: string;
    organisationId: string;
    roles: string[];
    oidcSubject: string | null;
    isActive: boolean;
    passwordHash: string;
  }>,
) {
  await db
    .updateTable('appUser')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Active users with the admin role, other than `exceptId`. */
export async function countOtherActiveAdmins(db: Db, exceptId: string): Promise<number> {
  const row = await db
    .selectFrom('appUser')
    .select(({ fn }) => fn.countAll<number>().as('count'))
    .where('isActive', '=', true)
    .where((eb) => eb(eb.val('admin'), '=', eb.fn.any('roles')))
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findPasswordHash(db: Db, id: string) {
  return db.selectFrom('appUser').select(['passwordHash']).where('id', '=', id).executeTakeFirst();
}

export async function stampLastSignIn(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('appUser').set({ lastSignInAt: at }).where('id', '=', id).execute();
}
