// Test fixtures of the budgets module (used by its service tests and the authorisation matrix): a tender
// with an area, and agreements with weekly prices, written straight to the database as the agreements
// module stores them.
import crypto from 'node:crypto';
import type { Db } from '../../platform/db/client.ts';

export interface PriceFixture {
  validFrom: string;
  validTo?: string | null;
  weeklyOre: number;
}

export async function insertTenderWithArea(db: Db, options: { name?: string; decidedOn?: string } = {}) {
  const tender = await db
    .insertInto('tender')
    .values({
      name: options.name ?? `Udbud ${crypto.randomBytes(3).toString('hex')}`,
      decidedOn: options.decidedOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const area = await db
    .insertInto('tenderArea')
    .values({ tenderId: tender.id, number: 1, name: 'Udsatte borgere', providersToSelect: 2 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { tenderId: tender.id, tenderAreaId: area.id };
}

export async function insertAgreementWithPrices(
  db: Db,
  values: {
    tenderAreaId: string;
    providerId: string;
    startsOn: string;
    endsOn: string;
    status?: 'draft' | 'active' | 'terminated';
    programme: PriceFixture[];
    aftercare?: PriceFixture[];
  },
) {
  const agreement = await db
    .insertInto('frameworkAgreement')
    .values({
      tenderAreaId: values.tenderAreaId,
      providerId: values.providerId,
      startsOn: values.startsOn,
      originalEndsOn: values.endsOn,
      endsOn: values.endsOn,
      status: values.status ?? 'active',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const prices = [
    ...values.programme.map((p) => ({ ...p, priceKind: 'programme' as const })),
    ...(values.aftercare ?? []).map((p) => ({ ...p, priceKind: 'aftercare' as const })),
  ];
  for (const price of prices) {
    await db
      .insertInto('agreementPrice')
      .values({
        agreementId: agreement.id,
        priceKind: price.priceKind,
        validFrom: price.validFrom,
        validTo: price.validTo ?? null,
        weeklyOre: price.weeklyOre,
      })
      .execute();
  }
  return agreement.id;
}
