// For demo loaders that act through the modules' services as a user would on its page (so the figures are
// the services' and the audit rows name the user): the demo user's context, and the synthetic provider that
// carries the demo's invented facts. Null when the user or the provider is missing.
import type { Role } from '../../shared/permissions.ts';
import type { Ctx } from '../platform/context.ts';
import type { Keys } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db/client.ts';
import { SYNTHETIC_PROVIDER_CODE } from '../modules/agreements/agreement.demo-data.ts';

export async function demoUserCtx(db: Db, keys: Keys, username: string): Promise<Ctx | null> {
  const row = await db
    .selectFrom('appUser')
    .innerJoin('organisation', 'organisation.id', 'appUser.organisationId')
    .select([
      'appUser.id',
      'appUser.username',
      'appUser.displayName',
      'appUser.roles',
      'organisation.id as organisationId',
      'organisation.kind as organisationKind',
      'organisation.name as organisationName',
    ])
    .where('appUser.username', '=', username)
    .executeTakeFirst();
  if (!row) return null;
  return {
    actor: {
      userId: row.id,
      username: row.username,
      displayName: row.displayName,
      organisationId: row.organisationId,
      organisationKind: row.organisationKind,
      organisationName: row.organisationName,
      roles: row.roles as Role[],
    },
    db,
    keys,
    requestId: 'demo-seed',
    language: 'da',
  };
}

/** The id of "Eksempelleverandøren ApS (syntetisk)", the only provider demo loaders invent facts about. */
export async function syntheticProviderId(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('organisation')
    .select('id')
    .where('code', '=', SYNTHETIC_PROVIDER_CODE)
    .executeTakeFirst();
  return row?.id ?? null;
}
