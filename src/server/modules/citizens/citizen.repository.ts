// The citizens module's SQL. Functions take a transaction and return plain rows.
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DatabaseSchema, OrganisationKind } from '../../platform/db/schema.ts';
import type { Actor, Tx } from '../../platform/context.ts';
import { citizenScope, type ScopeOwner } from '../../platform/access/citizen-scope.ts';
import { compiledQuery } from '../../platform/db/compiled-query.ts';
import { ownProviderId } from '../../platform/access/provider-scope.ts';

export const PAGE_SIZE = 25;

const summaryColumns = ['citizen.id', 'citizen.name', 'citizen.district', 'citizen.cprEncrypted'] as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type CitizenFilter =
  { kind: 'cpr'; cprHash: Buffer } | { kind: 'name'; text: string } | { kind: 'all' } | { kind: 'none' };

/**
 * A page of the citizens in scope matching the filter, and how many match in all. The count rides along
 * in the same statement as an uncorrelated subquery (evaluated once), so a search is one round trip; only
 * an empty page past the first needs the count on its own.
 */
export async function findCitizens(tx: Tx, actor: Actor, filter: CitizenFilter, page: number) {
  const matching = () => {
    let query = tx.selectFrom('citizen').where(citizenScope(actor));
    if (filter.kind === 'cpr') query = query.where('citizen.cprHash', '=', filter.cprHash);
    if (filter.kind === 'none') query = query.where(sql<SqlBool>`false`);
    if (filter.kind === 'name') query = query.where('citizen.name', 'ilike', `%${escapeLike(filter.text)}%`);
    return query;
  };
  const countAll = () => matching().select((eb) => eb.fn.countAll<number>().as('total'));
  const rows = await matching()
    .select([...summaryColumns, countAll().as('total')])
    .orderBy('citizen.name')
    .orderBy('citizen.id')
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .execute();
  if (rows.length > 0) return { rows, total: Number(rows[0]!.total) };
  if (page === 1) return { rows, total: 0 };
  const count = await countAll().executeTakeFirstOrThrow();
  return { rows, total: Number(count.total) };
}

export interface ProviderRef {
  id: string;
  name: string;
}

/**
 * One citizen in the actor's scope with its job centre and, in the same statement, the providers
 * working with it (one round trip instead of two): a course, a referral waiting for or given an answer,
 * or a manual link. A provider user sees only its own organisation there, never the citizen's other
 * providers; row-level security applies to the subquery's tables as to the rest.
 */
export async function findCitizenById(tx: Tx, actor: Actor, id: string) {
  const { rows } = await citizenById[actor.organisationKind](tx, {
    id,
    organisationId: actor.organisationId,
  });
  return rows[0];
}

/** Compiled once per kind of organisation (compiled-query.ts): a caseworker's most frequent read. */
function citizenByIdQuery(organisationKind: OrganisationKind) {
  return compiledQuery((db, p: { id: string; organisationId: string }) => {
    const owner: ScopeOwner = { organisationKind, organisationId: p.organisationId };
    return db
      .selectFrom('citizen')
      .innerJoin('organisation as jc', 'jc.id', 'citizen.jobCentreId')
      .select((eb) => [
        ...summaryColumns,
        'citizen.notesEncrypted',
        'citizen.createdAt',
        'jc.id as jobCentreId',
        'jc.name as jobCentreName',
        providersOfCitizen(eb, owner).as('providers'),
      ])
      .where('citizen.id', '=', p.id)
      .where(citizenScope(owner));
  });
}
const citizenById = {
  job_centre: citizenByIdQuery('job_centre'),
  provider: citizenByIdQuery('provider'),
  administration: citizenByIdQuery('administration'),
} satisfies Record<OrganisationKind, unknown>;

function providersOfCitizen(eb: ExpressionBuilder<DatabaseSchema, 'citizen'>, owner: ScopeOwner) {
  const providerIds = eb
    .selectFrom('course')
    .select('course.providerId')
    .whereRef('course.citizenId', '=', 'citizen.id')
    .union(
      eb
        .selectFrom('referral')
        .select('referral.providerId')
        .whereRef('referral.citizenId', '=', 'citizen.id')
        .where('referral.status', 'in', ['pending', 'accepted']),
    )
    .union(
      eb
        .selectFrom('citizenProviderLink')
        .select('citizenProviderLink.providerId')
        .whereRef('citizenProviderLink.citizenId', '=', 'citizen.id'),
    );
  let query = eb
    .selectFrom('organisation as o')
    .select(
      sql<
        ProviderRef[]
      >`coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name), '[]')`.as(
        'providers',
      ),
    )
    .where('o.id', 'in', providerIds);
  const ownProvider = ownProviderId(owner);
  if (ownProvider !== undefined) query = query.where('o.id', '=', ownProvider);
  return query;
}

export async function insertCitizen(
  tx: Tx,
  values: {
    jobCentreId: string;
    cprHash: Buffer;
    cprEncrypted: Buffer;
    birthDate: string | null;
    name: string;
    district: string | null;
    notesEncrypted: Buffer | null;
  },
) {
  return tx.insertInto('citizen').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Inserts citizens whose look-up hash is new; one that exists already (created meanwhile) is skipped. */
export async function insertCitizensIfNew(
  tx: Tx,
  rows: readonly {
    jobCentreId: string;
    cprHash: Buffer;
    cprEncrypted: Buffer;
    birthDate: string | null;
    name: string;
  }[],
) {
  if (rows.length === 0) return [];
  return tx
    .insertInto('citizen')
    .values(rows.map((row) => ({ ...row, district: null })))
    .onConflict((oc) => oc.column('cprHash').doNothing())
    .returning(['id', 'cprHash'])
    .execute();
}

export async function existsCitizenWithCprHash(tx: Tx, cprHash: Buffer): Promise<boolean> {
  // Runs under row-level security: only finds duplicates the actor may see. The unique index catches the rest.
  const row = await tx.selectFrom('citizen').select('id').where('cprHash', '=', cprHash).executeTakeFirst();
  return row !== undefined;
}

export async function listAccessLog(tx: Tx, citizenId: string, limit: number) {
  return tx
    .selectFrom('auditEvent as a')
    .leftJoin('appUser as u', 'u.id', 'a.actorUserId')
    .leftJoin('organisation as o', 'o.id', 'a.organisationId')
    .select([
      'a.seq',
      'a.occurredAt',
      'a.action',
      'a.entityType',
      'a.actorUsername',
      'a.requestId',
      'u.displayName',
      'o.name as organisationName',
    ])
    .where((eb) =>
      eb.or([eb('a.citizenId', '=', citizenId), eb(eb.val(citizenId), '=', eb.fn.any('a.resultCitizenIds'))]),
    )
    .orderBy('a.seq', 'desc')
    .limit(limit)
    .execute();
}
