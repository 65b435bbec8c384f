// The companies module's SQL: companies, partnerships and local partners. Functions take a transaction
// (or the database, for demo data) and return plain rows. Scope is decided by the service.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DatabaseSchema, LocalPartnerKind, PartnershipOffer } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

export const PAGE_SIZE = 25;

const companyColumns = [
  'company.id',
  'company.cvr',
  'company.name',
  'company.address',
  'company.district',
  'company.industry',
] as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Providers (organisations of kind 'provider': the organisations module owns the table, we only read it)

export async function findProvider(db: Runner, id: string) {
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'code'])
    .where('id', '=', id)
    .where('kind', '=', 'provider')
    .executeTakeFirst();
}

export async function listProviders(db: Runner) {
  return db
    .selectFrom('organisation')
    .select(['id', 'name', 'code'])
    .where('kind', '=', 'provider')
    .orderBy('name')
    .execute();
}

// Companies

export type CompanyFilter = { kind: 'cvr'; cvr: string } | { kind: 'text'; text: string } | { kind: 'all' };

export async function findCompanies(db: Runner, filter: CompanyFilter, page: number) {
  let query = db.selectFrom('company');
  if (filter.kind === 'cvr') query = query.where('company.cvr', '=', filter.cvr);
  if (filter.kind === 'text') {
    const pattern = `%${escapeLike(filter.text)}%`;
    query = query.where((eb) =>
      eb.or([eb('company.name', 'ilike', pattern), eb('company.cvr', 'like', pattern)]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select(companyColumns)
      .orderBy('company.name')
      .orderBy('company.cvr')
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findCompanyById(db: Runner, id: string) {
  return db.selectFrom('company').select(companyColumns).where('company.id', '=', id).executeTakeFirst();
}

export async function findCompanyByCvr(db: Runner, cvr: string) {
  return db.selectFrom('company').select(companyColumns).where('company.cvr', '=', cvr).executeTakeFirst();
}

export interface CompanyValues {
  cvr: string;
  name: string;
  address: string | null;
  district: string | null;
  industry: string | null;
}

/** Inserts unless the CVR number exists (also under concurrency); undefined when it did. */
export async function insertCompanyIfAbsent(db: Runner, values: CompanyValues) {
  return db
    .insertInto('company')
    .values(values)
    .onConflict((oc) => oc.column('cvr').doNothing())
    .returning(companyColumns)
    .executeTakeFirst();
}

export async function updateCompany(db: Runner, id: string, values: Partial<Omit<CompanyValues, 'cvr'>>) {
  return db
    .updateTable('company')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .returning(companyColumns)
    .executeTakeFirstOrThrow();
}

export async function providerHasPartnershipWith(db: Runner, providerId: string, companyId: string) {
  const row = await db
    .selectFrom('companyPartnership')
    .select('id')
    .where('providerId', '=', providerId)
    .where('companyId', '=', companyId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function companyHasPartnerships(db: Runner, companyId: string) {
  const row = await db
    .selectFrom('companyPartnership')
    .select('id')
    .where('companyId', '=', companyId)
    .executeTakeFirst();
  return row !== undefined;
}

// Partnerships

const partnershipColumns = [
  'p.id',
  'p.providerId',
  'p.companyId',
  'p.isBinding',
  'p.startsOn',
  'p.endsOn',
  'p.offers',
  'p.note',
  'c.cvr as companyCvr',
  'c.name as companyName',
  'c.industry as companyIndustry',
  'c.district as companyDistrict',
] as const;

function partnershipQuery(db: Runner) {
  return db
    .selectFrom('companyPartnership as p')
    .innerJoin('company as c', 'c.id', 'p.companyId')
    .select(partnershipColumns);
}

export async function listPartnershipsOfProvider(db: Runner, providerId: string) {
  return partnershipQuery(db)
    .where('p.providerId', '=', providerId)
    .orderBy('c.name')
    .orderBy('p.startsOn', 'desc')
    .execute();
}

export async function findPartnershipById(db: Runner, id: string) {
  return partnershipQuery(db).where('p.id', '=', id).executeTakeFirst();
}

/** What the binding count needs, for one provider or all of them. */
export async function listPartnershipPeriods(db: Runner, providerIds: readonly string[]) {
  if (providerIds.length === 0) return [];
  return db
    .selectFrom('companyPartnership')
    .select(['providerId', 'isBinding', 'startsOn', 'endsOn'])
    .where('providerId', 'in', providerIds)
    .execute();
}

/** The provider's other partnerships with the company (to refuse overlapping periods). */
export async function listPartnershipPeriodsWithCompany(
  db: Runner,
  providerId: string,
  companyId: string,
  exceptId: string | null,
) {
  let query = db
    .selectFrom('companyPartnership')
    .select(['id', 'startsOn', 'endsOn'])
    .where('providerId', '=', providerId)
    .where('companyId', '=', companyId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.execute();
}

export interface PartnershipValues {
  providerId: string;
  companyId: string;
  isBinding: boolean;
  startsOn: string;
  endsOn: string | null;
  offers: PartnershipOffer[];
  note: string | null;
}

// text[] needs an explicit cast: a JS array would otherwise be sent as a record literal by some drivers.
const offersArray = (offers: readonly PartnershipOffer[]) => sql<PartnershipOffer[]>`${[...offers]}::text[]`;

export async function insertPartnership(db: Runner, values: PartnershipValues) {
  return db
    .insertInto('companyPartnership')
    .values({ ...values, offers: offersArray(values.offers) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updatePartnership(
  db: Runner,
  id: string,
  values: Omit<PartnershipValues, 'providerId' | 'companyId'>,
) {
  await db
    .updateTable('companyPartnership')
    .set({ ...values, offers: offersArray(values.offers), updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deletePartnership(db: Runner, id: string) {
  await db.deleteFrom('companyPartnership').where('id', '=', id).execute();
}

// Local partners

const localPartnerColumns = [
  'id',
  'providerId',
  'kind',
  'name',
  'socialPlan',
  'contactName',
  'contactEmail',
  'contactPhone',
  'cooperation',
] as const;

export async function listLocalPartnersOfProvider(db: Runner, providerId: string) {
  return db
    .selectFrom('localPartner')
    .select(localPartnerColumns)
    .where('providerId', '=', providerId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export async function findLocalPartnerById(db: Runner, id: string) {
  return db.selectFrom('localPartner').select(localPartnerColumns).where('id', '=', id).executeTakeFirst();
}

export async function findLocalPartnerByName(db: Runner, providerId: string, name: string) {
  return db
    .selectFrom('localPartner')
    .select('id')
    .where('providerId', '=', providerId)
    .where(sql<SqlBool>`lower(name) = lower(${name})`)
    .executeTakeFirst();
}

export interface LocalPartnerValues {
  providerId: string;
  kind: LocalPartnerKind;
  name: string;
  socialPlan: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  cooperation: string;
}

export async function insertLocalPartner(db: Runner, values: LocalPartnerValues) {
  return db.insertInto('localPartner').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateLocalPartner(
  db: Runner,
  id: string,
  values: Omit<LocalPartnerValues, 'providerId'>,
) {
  await db
    .updateTable('localPartner')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteLocalPartner(db: Runner, id: string) {
  await db.deleteFrom('localPartner').where('id', '=', id).execute();
}

/** Demo data: whether this provider already has a partnership with the company from this date. */
export async function findPartnershipByStart(
  db: Runner,
  providerId: string,
  companyId: string,
  startsOn: string,
) {
  return db
    .selectFrom('companyPartnership')
    .select('id')
    .where('providerId', '=', providerId)
    .where('companyId', '=', companyId)
    .where('startsOn', '=', startsOn)
    .executeTakeFirst();
}
