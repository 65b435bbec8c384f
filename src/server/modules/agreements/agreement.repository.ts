// The agreements module's SQL. Functions take a transaction (or the database) and return plain rows.
import type { Kysely } from 'kysely';
import type { DatabaseSchema, PriceKind } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

export interface AgreedPriceFilter {
  /** Prices valid at some time during this calendar year. */
  year?: number;
  tenderId?: string;
  tenderAreaId?: string;
  providerId?: string;
}

export async function findAgreedPrices(db: Runner, filter: AgreedPriceFilter) {
  let query = db
    .selectFrom('agreementPrice as p')
    .innerJoin('frameworkAgreement as a', 'a.id', 'p.agreementId')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .innerJoin('organisation as o', 'o.id', 'a.providerId')
    .select([
      'p.agreementId',
      'a.providerId',
      'o.name as providerName',
      'a.tenderAreaId',
      'ta.tenderId',
      'ta.name as tenderAreaName',
      'a.startsOn',
      'a.endsOn',
      'a.status',
      'p.priceKind',
      'p.validFrom',
      'p.validTo',
      'p.weeklyOre',
    ])
    .where('a.status', '!=', 'draft');
  if (filter.year !== undefined) {
    const first = `${filter.year}-01-01`;
    const last = `${filter.year}-12-31`;
    query = query
      .where('p.validFrom', '<=', last)
      .where((eb) => eb.or([eb('p.validTo', 'is', null), eb('p.validTo', '>=', first)]))
      .where('a.startsOn', '<=', last)
      .where('a.endsOn', '>=', first);
  }
  if (filter.tenderId) query = query.where('ta.tenderId', '=', filter.tenderId);
  if (filter.tenderAreaId) query = query.where('a.tenderAreaId', '=', filter.tenderAreaId);
  if (filter.providerId) query = query.where('a.providerId', '=', filter.providerId);
  return query.orderBy('o.name').orderBy('p.priceKind').orderBy('p.validFrom').execute();
}

export async function findPartnershipRequirement(db: Runner, providerId: string, onDate: string) {
  return db
    .selectFrom('frameworkAgreement as a')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .innerJoin('tender as t', 't.id', 'ta.tenderId')
    .select([
      't.id as tenderId',
      't.name as tenderName',
      't.minBindingPartnerships',
      't.maxBindingPartnerships',
    ])
    .where('a.providerId', '=', providerId)
    .where('a.status', '!=', 'draft')
    .where('a.startsOn', '<=', onDate)
    .where('a.endsOn', '>=', onDate)
    .orderBy('a.startsOn', 'desc')
    .executeTakeFirst();
}

export type { PriceKind };
