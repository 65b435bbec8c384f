// Demo data of the agreements module (called by seed/demo.ts after the organisations exist): the seed
// providers' details, the three tenders of seeds 000, 002 and 003 with their areas, and the 2021–
// framework agreements with synthetic weekly prices. Idempotent: rows that exist are left alone.
// The data itself is in agreement.demo-data.ts.
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';
import {
  AGREEMENTS_2021,
  AGREEMENTS_2025,
  PROFILES,
  TENDER_2021,
  TENDER_2025,
  TENDERS,
  type AgreementPeriod,
  type DemoAgreement,
  type DemoTender,
} from './agreement.demo-data.ts';
import { DEMO_SEED_ACTOR } from '../../platform/audit/audit-request.ts';

export { TENDER_2017, TENDER_2021, TENDER_2023, TENDER_2025 } from './agreement.demo-data.ts';

async function organisationIds(db: Tx): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'code'])
    .where('kind', '=', 'provider')
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function seedProfiles(tx: Tx, providers: Map<string, string>): Promise<void> {
  // One fixed sequence, so every provider gets the same synthetic CVR number on every run.
  const rng = createRng(20_210_101);
  for (const profile of PROFILES) {
    const cvr = syntheticCvr(rng);
    const organisationId = providers.get(profile.code);
    if (!organisationId) continue;
    const inserted = await tx
      .insertInto('providerProfile')
      .values({
        organisationId,
        cvr,
        district: profile.district,
        neighbourhood: profile.neighbourhood,
        address: null,
        contactName: 'Leder',
        contactEmail: `kontakt@${profile.code}.example.org`,
        contactPhone: null,
        providerSince: profile.providerSince,
        description: profile.description,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('organisationId')
      .executeTakeFirst();
    if (inserted) {
      await recordAudit(tx, DEMO_SEED_ACTOR, null, {
        action: 'create',
        entityType: 'provider',
        entityId: organisationId,
      });
    }
  }
}

/** The tender's id and its areas' ids by number; created when missing (found again by name). */
async function seedTender(tx: Tx, tender: DemoTender): Promise<Map<number, string>> {
  let row = await tx.selectFrom('tender').select('id').where('name', '=', tender.name).executeTakeFirst();
  if (!row) {
    const { bands: _bands, areas: _areas, ...values } = tender;
    row = await tx.insertInto('tender').values(values).returning('id').executeTakeFirstOrThrow();
    await recordAudit(tx, DEMO_SEED_ACTOR, null, {
      action: 'create',
      entityType: 'tender',
      entityId: row.id,
    });
    for (const band of tender.bands) {
      await tx
        .insertInto('tenderPriceBand')
        .values({ tenderId: row.id, ...band })
        .execute();
    }
  }
  const tenderId = row.id;
  for (const area of tender.areas) {
    await tx
      .insertInto('tenderArea')
      .values({ tenderId, ...area })
      .onConflict((oc) => oc.columns(['tenderId', 'number']).doNothing())
      .execute();
  }
  const areas = await tx
    .selectFrom('tenderArea')
    .select(['id', 'number'])
    .where('tenderId', '=', tenderId)
    .execute();
  return new Map(areas.map((a) => [a.number, a.id]));
}

async function seedAgreements(
  tx: Tx,
  areas: Map<number, string>,
  providers: Map<string, string>,
  agreements: readonly DemoAgreement[],
  period: AgreementPeriod,
) {
  for (const agreement of agreements) {
    const providerId = providers.get(agreement.code);
    const tenderAreaId = areas.get(agreement.area);
    if (!providerId || !tenderAreaId) continue;
    const inserted = await tx
      .insertInto('frameworkAgreement')
      .values({
        tenderAreaId,
        providerId,
        caseNumber: null,
        startsOn: period.startsOn,
        originalEndsOn: period.originalEndsOn,
        endsOn: agreement.extendedOn ? period.extendedEndsOn : period.originalEndsOn,
        noticeWeeks: 8,
        status: 'active',
      })
      .onConflict((oc) => oc.columns(['tenderAreaId', 'providerId', 'startsOn']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (agreement.pauseExclusions?.length) {
      // Also on an agreement loaded by an earlier demo (the exclusions came later, issue 14).
      const { id } = await tx
        .selectFrom('frameworkAgreement')
        .select('id')
        .where('tenderAreaId', '=', tenderAreaId)
        .where('providerId', '=', providerId)
        .where('startsOn', '=', period.startsOn)
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('agreementPauseExclusion')
        .values(agreement.pauseExclusions.map((pauseKind) => ({ agreementId: id, pauseKind })))
        .onConflict((oc) => oc.columns(['agreementId', 'pauseKind']).doNothing())
        .execute();
    }
    if (!inserted) continue;
    await tx
      .insertInto('agreementExtension')
      .values({ agreementId: inserted.id, position: 1, months: 12, exercisedOn: agreement.extendedOn })
      .execute();
    await tx
      .insertInto('agreementPrice')
      .values(
        agreement.prices.map((p) => ({
          agreementId: inserted.id,
          priceKind: p.priceKind,
          validFrom: p.validFrom,
          validTo: p.validTo,
          weeklyOre: p.kroner * 100,
        })),
      )
      .execute();
    if (agreement.indexations?.length) {
      await tx
        .insertInto('agreementPriceIndexation')
        .values(agreement.indexations.map((i) => ({ agreementId: inserted.id, ...i })))
        .execute();
    }
    await recordAudit(tx, DEMO_SEED_ACTOR, null, {
      action: 'create',
      entityType: 'framework_agreement',
      entityId: inserted.id,
    });
  }
}

export async function seedAgreementsDemo(db: Db): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const providers = await organisationIds(tx);
    await seedProfiles(tx, providers);
    const areasByTender = new Map<string, Map<number, string>>();
    for (const tender of TENDERS) areasByTender.set(tender.name, await seedTender(tx, tender));
    await seedAgreements(tx, areasByTender.get(TENDER_2021)!, providers, AGREEMENTS_2021, {
      startsOn: '2021-01-01',
      originalEndsOn: '2023-12-31',
      extendedEndsOn: '2024-12-31',
    });
    await seedAgreements(tx, areasByTender.get(TENDER_2025)!, providers, AGREEMENTS_2025, {
      startsOn: '2025-01-01',
      originalEndsOn: '2027-12-31',
      extendedEndsOn: '2028-12-31',
    });
  });
}
