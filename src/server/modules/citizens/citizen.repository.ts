// The citizens module's SQL. Functions take a transaction and return plain rows.
import { sql, type SqlBool } from 'kysely';
import type { Actor, Tx } from '../../platform/context.ts';
import { citizenScope } from '../../platform/access/citizen-scope.ts';

export const PAGE_SIZE = 25;

const summaryColumns = ['citizen.id', 'citizen.name', 'citizen.district', 'citizen.cprEncrypted'] as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type CitizenFilter =
  { kind: 'cpr'; cprHash: Buffer } | { kind: 'name'; text: string } | { kind: 'all' } | { kind: 'none' };

export async function findCitizens(tx: Tx, actor: Actor, filter: CitizenFilter, page: number) {
  let query = tx.selectFrom('citizen').where(citizenScope(actor));
  if (filter.kind === 'cpr') query = query.where('citizen.cprHash', '=', filter.cprHash);
  if (filter.kind === 'none') query = query.where(sql<SqlBool>`false`);
  if (filter.kind === 'name') query = query.where('citizen.name', 'ilike', `%${escapeLike(filter.text)}%`);
  const [rows, count] = await Promise.all([
    query
      .select(summaryColumns)
      .orderBy('citizen.name')
      .orderBy('citizen.id')
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findCitizenById(tx: Tx, actor: Actor, id: string) {
  return tx
    .selectFrom('citizen')
    .innerJoin('organisation as jc', 'jc.id', 'citizen.jobCentreId')
    .select([
      ...summaryColumns,
      'citizen.notesEncrypted',
      'citizen.createdAt',
      'jc.id as jobCentreId',
      'jc.name as jobCentreName',
    ])
    .where('citizen.id', '=', id)
    .where(citizenScope(actor))
    .executeTakeFirst();
}

/**
 * The providers working with a citizen: a course, a referral waiting for or given an answer, or a manual
 * link. A provider user sees only its own organisation here, never the citizen's other providers.
 */
export async function listProvidersOfCitizen(tx: Tx, actor: Actor, citizenId: string) {
  const providerIds = tx
    .selectFrom('course')
    .select('providerId')
    .where('citizenId', '=', citizenId)
    .union(
      tx
        .selectFrom('referral')
        .select('providerId')
        .where('citizenId', '=', citizenId)
        .where('status', 'in', ['pending', 'accepted']),
    )
    .union(tx.selectFrom('citizenProviderLink').select('providerId').where('citizenId', '=', citizenId));
  let query = tx
    .selectFrom('organisation as o')
    .select(['o.id', 'o.name'])
    .where('o.id', 'in', providerIds)
    .orderBy('o.name');
  if (actor.organisationKind === 'provider') query = query.where('o.id', '=', actor.organisationId);
  return query.execute();
}

export async function insertCitizen(
  tx: Tx,
  values: {
    jobCentreId: string;
    cprHash: Buffer;
    cprEncrypted: Buffer;
    name: string;
    district: string | null;
    notesEncrypted: Buffer | null;
  },
) {
  return tx.insertInto('citizen').values(values).returning('id').executeTakeFirstOrThrow();
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
