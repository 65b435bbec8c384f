// Who is acting, and the transaction their work runs in. User work runs as the restricted database
// role `indsats_app` with the actor's organisation in session settings, so row-level security applies.
import { sql, type Transaction } from 'kysely';
import type { Language } from '../../shared/messages.ts';
import type { Role } from '../../shared/permissions.ts';
import type { Db } from './db/client.ts';
import { DEFERRED } from './db/pg-client.ts';
import type { DatabaseSchema, OrganisationKind } from './db/schema.ts';
import type { Keys } from './crypto/keys.ts';

export type Tx = Transaction<DatabaseSchema>;

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationName: string;
  roles: Role[];
}

/** What every service receives: the actor, the database, the keys, and the request's id and language. */
export interface Ctx {
  actor: Actor;
  db: Db;
  keys: Keys;
  requestId: string;
  language: Language;
}

/** Runs `work` in one transaction as the restricted app role, scoped to the actor's organisation. */
export async function withActorTransaction<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    // set_config('role', …, true) is SET LOCAL ROLE (the same membership check), switched after the two
    // settings in the same statement. Deferred: it goes to the server with BEGIN and the work's first
    // statement, in one write (pg-client.ts); if it fails, that statement fails and nothing runs.
    await sql`${sql.raw(DEFERRED)} SELECT set_config('indsats.organisation_id', ${ctx.actor.organisationId}, true),
                     set_config('indsats.organisation_kind', ${ctx.actor.organisationKind}, true),
                     set_config('role', 'indsats_app', true)`.execute(tx);
    return work(tx);
  });
}

/**
 * Runs `work` in one transaction as the app's owner role, without the row scope: only for use cases
 * that return aggregates (counts, weeks, kroner) over citizens the actor cannot see one by one, e.g.
 * an analyst's follow-up statistics or procurement's billing. The use case, not the database, then
 * guarantees that no personal data leaves: it must return counts only and audit the query.
 */
export async function withAggregateTransaction<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(work);
}
