// Which citizens an actor may see — the application's half of the row scope. The database's half is
// the row-level security policy (indsats_citizen_visible in migration 0001); both say the same:
//   job centre users: the citizens of their job centre;
//   provider users: citizens with a referral (not withdrawn) or a course at their provider, or a manual
//   link (citizen_provider_link);
//   everyone else (administration: admins, analysts, procurement): no citizens.
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { AppError } from '../../../shared/errors.ts';
import type { Actor, Tx } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';

type CitizenEb = ExpressionBuilder<DatabaseSchema, 'citizen'>;

/** Who the scope is for: the actor's organisation and its kind. */
export type ScopeOwner = Pick<Actor, 'organisationId' | 'organisationKind'>;

/** A where-clause for list queries over `citizen`. */
export function citizenScope(actor: ScopeOwner) {
  return (eb: CitizenEb): Expression<SqlBool> => {
    switch (actor.organisationKind) {
      case 'job_centre':
        return eb('citizen.jobCentreId', '=', actor.organisationId);
      case 'provider':
        return eb.or([
          eb.exists(
            eb
              .selectFrom('course as c')
              .select(sql`1`.as('one'))
              .whereRef('c.citizenId', '=', 'citizen.id')
              .where('c.providerId', '=', actor.organisationId),
          ),
          eb.exists(
            eb
              .selectFrom('referral as r')
              .select(sql`1`.as('one'))
              .whereRef('r.citizenId', '=', 'citizen.id')
              .where('r.providerId', '=', actor.organisationId)
              .where('r.status', '<>', 'withdrawn'),
          ),
          eb.exists(
            eb
              .selectFrom('citizenProviderLink as l')
              .select(sql`1`.as('one'))
              .whereRef('l.citizenId', '=', 'citizen.id')
              .where('l.providerId', '=', actor.organisationId),
          ),
        ]);
      case 'administration':
        return sql<SqlBool>`false`;
    }
  };
}

/** Throws NOT_FOUND unless the citizen exists and is in the actor's scope (existence does not leak). */
export async function requireCitizenInScope(tx: Tx, actor: Actor, citizenId: string): Promise<void> {
  const row = await tx
    .selectFrom('citizen')
    .select('id')
    .where('id', '=', citizenId)
    .where(citizenScope(actor))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'access.not_found');
}
