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
