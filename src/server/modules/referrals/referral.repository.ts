// The referrals module's SQL: eligibility rules and referrals (circumstances: circumstance.repository.ts;
// the course an accepted referral creates: the courses module's insertCourseFromReferral). Functions
// take a transaction and return plain rows. Agreements, tender areas and provider profiles are the
// agreements module's tables, read here for display and checks because its service has no
// transaction-level look-up for one agreement or the agreements active on a date.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor, Tx } from '../../platform/context.ts';
import { citizenScope } from '../../platform/access/citizen-scope.ts';
import type {
  CitizenResponse,
  EligibilityRuleKind,
  OfferType,
  ReferralStatus,
} from '../../platform/db/schema.ts';

export const PAGE_SIZE = 25;

// ---- citizens (their circumstances: circumstance.repository.ts) ----------------------------------

/** The citizen, if in the actor's scope. */
export async function findCitizen(tx: Tx, actor: Actor, id: string) {
  return tx
    .selectFrom('citizen')
    .select(['citizen.id', 'citizen.name', 'citizen.district', 'citizen.jobCentreId', 'citizen.cprEncrypted'])
    .where('citizen.id', '=', id)
    .where(citizenScope(actor))
    .executeTakeFirst();
}

// ---- tender areas, agreements and eligibility rules -------------------------------------------

export async function findTenderArea(tx: Tx, id: string) {
  return tx
    .selectFrom('tenderArea')
    .select(['id', 'name', 'tenderId'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listRulesOfArea(tx: Tx, tenderAreaId: string) {
  return tx
    .selectFrom('eligibilityRule')
    .select(['id', 'tenderAreaId', 'kind', 'params', 'validFrom', 'validTo'])
    .where('tenderAreaId', '=', tenderAreaId)
    .orderBy('kind')
    .orderBy('validFrom')
    .execute();
}

export async function findRule(tx: Tx, id: string) {
  return tx
    .selectFrom('eligibilityRule')
    .select(['id', 'tenderAreaId', 'kind', 'params', 'validFrom', 'validTo'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertRule(
  tx: Tx,
  values: {
    tenderAreaId: string;
    kind: EligibilityRuleKind;
    params: Record<string, number>;
    validFrom: string;
    validTo: string | null;
  },
) {
  return tx
    .insertInto('eligibilityRule')
    .values({ ...values, params: JSON.stringify(values.params) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateRule(
  tx: Tx,
  id: string,
  values: { validTo: string | null; params: Record<string, number> },
) {
  await tx
    .updateTable('eligibilityRule')
    .set({ validTo: values.validTo, params: JSON.stringify(values.params) })
    .where('id', '=', id)
    .execute();
}

function agreementsQuery(tx: Tx) {
  return tx
    .selectFrom('frameworkAgreement as a')
    .innerJoin('organisation as p', 'p.id', 'a.providerId')
    .leftJoin('providerProfile as pp', 'pp.organisationId', 'a.providerId')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .select([
      'a.id',
      'a.status',
      'a.startsOn',
      'a.endsOn',
      'a.providerId',
      'p.name as providerName',
      'pp.district as providerDistrict',
      'a.tenderAreaId',
      'ta.name as tenderAreaName',
    ]);
}

export type AgreementRow = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

export async function findAgreement(tx: Tx, id: string) {
  return agreementsQuery(tx).where('a.id', '=', id).executeTakeFirst();
}

/** Agreements with status active whose period holds the date. */
export async function listActiveAgreements(tx: Tx, onDate: string) {
  return agreementsQuery(tx)
    .where('a.status', '=', 'active')
    .where('a.startsOn', '<=', onDate)
    .where('a.endsOn', '>=', onDate)
    .orderBy('ta.name')
    .orderBy('p.name')
    .execute();
}

/**
 * Active courses (no end) and pending referrals per provider. Counts over every citizen: run it in an
 * aggregate transaction (a caseworker cannot see other job centres' citizens one by one).
 */
export async function countOccupied(tx: Tx, providerIds: readonly string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>(providerIds.map((id) => [id, 0]));
  if (providerIds.length === 0) return result;
  const courses = await tx
    .selectFrom('course')
    .select(['providerId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('providerId', 'in', providerIds)
    .where('endsOn', 'is', null)
    .groupBy('providerId')
    .execute();
  const referrals = await tx
    .selectFrom('referral')
    .select(['providerId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('providerId', 'in', providerIds)
    .where('status', '=', 'pending')
    .groupBy('providerId')
    .execute();
  for (const row of [...courses, ...referrals]) {
    result.set(row.providerId, (result.get(row.providerId) ?? 0) + Number(row.n));
  }
  return result;
}

// ---- referrals --------------------------------------------------------------------------------

export async function hasPendingReferral(tx: Tx, citizenId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('referral')
    .select('id')
    .where('citizenId', '=', citizenId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row !== undefined;
}

export async function hasActiveCourse(tx: Tx, citizenId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('course')
    .select('id')
    .where('citizenId', '=', citizenId)
    .where('endsOn', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertReferral(
  tx: Tx,
  values: {
    citizenId: string;
    providerId: string;
    agreementId: string;
    referredBy: string;
    referredOn: string;
    outsideDistrict: boolean;
    capacityWarning: boolean;
    outsideTargetGroup: boolean;
    targetGroupReasonEncrypted: Buffer | null;
    offerType: OfferType;
    offerFrom: string;
    offerTo: string;
    informedOn: string;
    citizenResponse: CitizenResponse;
    citizenResponseReasonEncrypted: Buffer | null;
    noteEncrypted: Buffer | null;
  },
) {
  return tx.insertInto('referral').values(values).returning('id').executeTakeFirstOrThrow();
}

/**
 * Which referrals the actor sees (the query's aliases: r = referral, c = citizen): the job centre its
 * citizens' referrals; a provider those to it that the job centre has not withdrawn (a withdrawn
 * referral no longer gives access to the citizen); the administration none. Row-level security alone
 * would show a provider every referral of a citizen it can see, including those to other providers.
 */
export function referralScope(actor: Actor): RawBuilder<SqlBool> {
  switch (actor.organisationKind) {
    case 'job_centre':
      return sql<SqlBool>`c.job_centre_id = ${actor.organisationId}`;
    case 'provider':
      return sql<SqlBool>`(r.provider_id = ${actor.organisationId} AND r.status <> 'withdrawn')`;
    case 'administration':
      return sql<SqlBool>`false`;
  }
}

function referralsQuery(tx: Tx) {
  return tx
    .selectFrom('referral as r')
    .innerJoin('citizen as c', 'c.id', 'r.citizenId')
    .innerJoin('organisation as p', 'p.id', 'r.providerId')
    .leftJoin('providerProfile as pp', 'pp.organisationId', 'r.providerId')
    .innerJoin('frameworkAgreement as a', 'a.id', 'r.agreementId')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .leftJoin('appUser as rb', 'rb.id', 'r.referredBy')
    .leftJoin('appUser as db', 'db.id', 'r.decidedBy')
    .leftJoin('course as co', 'co.referralId', 'r.id')
    .select([
      'r.id',
      'r.citizenId',
      'c.name as citizenName',
      'c.district as citizenDistrict',
      'c.jobCentreId',
      'r.providerId',
      'p.name as providerName',
      'pp.district as providerDistrict',
      'r.agreementId',
      'a.tenderAreaId',
      'ta.name as tenderAreaName',
      'r.referredBy',
      'rb.displayName as referredByName',
      'r.referredOn',
      'r.status',
      'r.outsideDistrict',
      'r.capacityWarning',
      'r.outsideTargetGroup',
      'r.targetGroupReasonEncrypted',
      'r.offerType',
      'r.offerFrom',
      'r.offerTo',
      'r.informedOn',
      'r.citizenResponse',
      'r.citizenResponseReasonEncrypted',
      'r.noteEncrypted',
      'r.decidedBy',
      'db.displayName as decidedByName',
      'r.decidedOn',
      'r.decisionReason',
      'co.id as courseId',
    ]);
}

export type ReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

export async function findReferral(tx: Tx, actor: Actor, id: string) {
  return referralsQuery(tx).where('r.id', '=', id).where(referralScope(actor)).executeTakeFirst();
}

export async function listReferrals(
  tx: Tx,
  actor: Actor,
  filter: { status?: ReferralStatus | undefined; citizenId?: string | undefined },
  page: number | null,
) {
  let query = referralsQuery(tx).where(referralScope(actor));
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.citizenId) query = query.where('r.citizenId', '=', filter.citizenId);
  // Pending first (what waits for an answer), then the newest.
  let ordered = query
    .orderBy(sql`CASE WHEN r.status = 'pending' THEN 0 ELSE 1 END`)
    .orderBy('r.referredOn', 'desc')
    .orderBy('r.createdAt', 'desc')
    .orderBy('r.id');
  if (page !== null) ordered = ordered.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE);
  return ordered.execute();
}

export async function countReferrals(
  tx: Tx,
  actor: Actor,
  filter: { status?: ReferralStatus | undefined },
): Promise<number> {
  let query = tx
    .selectFrom('referral as r')
    .innerJoin('citizen as c', 'c.id', 'r.citizenId')
    .where(referralScope(actor));
  if (filter.status) query = query.where('r.status', '=', filter.status);
  const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateReferralStatus(
  tx: Tx,
  id: string,
  values: {
    status: ReferralStatus;
    decidedBy?: string | null;
    decidedOn?: string | null;
    decisionReason?: string | null;
  },
) {
  await tx
    .updateTable('referral')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Active users of the provider who may be a mentor (provider staff or leads). */
export async function listMentorOptions(tx: Tx, providerId: string) {
  return tx
    .selectFrom('appUser')
    .select(['id', 'displayName'])
    .where('organisationId', '=', providerId)
    .where('isActive', '=', true)
    .where(sql<SqlBool>`roles && ARRAY['provider_staff', 'provider_lead']::text[]`)
    .orderBy('displayName')
    .execute();
}
