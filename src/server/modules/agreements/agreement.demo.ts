// Demo data of the agreements module (called by seed/demo.ts after the organisations exist): the seed
// providers' details, the three tenders of seeds 000, 002 and 003 with their areas, and the 2021–
// framework agreements with synthetic weekly prices. Idempotent: rows that exist are left alone.
// The seeds give no actual prices, contact persons or CVR numbers: those below are made up.
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { PriceKind } from '../../platform/db/schema.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';

const SYSTEM = { userId: null, username: 'system:demo-seed', organisationId: null };

interface DemoProfile {
  code: string;
  district: string | null;
  neighbourhood: string | null;
  providerSince: number | null;
  description: string;
}

// Seed 000 (local anchor, "provider since") and seed 003 (the five providers of 2017–2020).
const PROFILES: DemoProfile[] = [
  {
    code: 'sydhavnscompagniet',
    district: 'Vesterbro/Kongens Enghave',
    neighbourhood: 'Sydhavnen',
    providerSince: 2013,
    description: 'Lokalt forankret indsats i Sydhavnen for udsatte borgere.',
  },
  {
    code: 'settlementet',
    district: 'Vesterbro/Kongens Enghave',
    neighbourhood: 'Vesterbro',
    providerSince: 2013,
    description:
      'Lokalt forankret indsats på Vesterbro for udsatte borgere. Partner i Projekt Trædesten 2017–2021.',
  },
  {
    code: 'servisio',
    district: 'Bispebjerg',
    neighbourhood: 'Nordvest',
    providerSince: 2021,
    description:
      'Lokalt forankret indsats i Nordvest for kvinder med etnisk minoritetsbaggrund. Ny leverandør fra 2021.',
  },
  {
    code: 'send-flere-krydderier',
    district: 'Nørrebro',
    neighbourhood: null,
    providerSince: 2015,
    description: 'Lokalt forankret indsats på Nørrebro for kvinder med etnisk minoritetsbaggrund.',
  },
  {
    code: 'opzoomerne',
    district: 'Vesterbro/Kongens Enghave',
    neighbourhood: 'Sydhavnen',
    providerSince: null,
    description: 'Lokalt forankret indsats i Sydhavnen. Leverandør på aftalen 2017–2020.',
  },
  {
    code: 'hki',
    // Seed 003 names HKI among the providers of 2017–2020 without its district: left unknown.
    district: null,
    neighbourhood: null,
    providerSince: null,
    description: 'Leverandør på aftalen 2017–2020. Den lokale forankring fremgår ikke af materialet.',
  },
];

interface DemoTender {
  name: string;
  caseNumber: string | null;
  decidedOn: string | null;
  minBindingPartnerships: number | null;
  maxBindingPartnerships: number | null;
  bands: { priceKind: PriceKind; minWeeklyOre: number; maxWeeklyOre: number }[];
  areas: { number: number; name: string; targetGroup: string; providersToSelect: number }[];
}

export const TENDER_2017 = 'Lokalt forankrede beskæftigelsesindsatser 2017–2020';
export const TENDER_2021 = 'Lokalt forankrede beskæftigelsesindsatser 2021–';
export const TENDER_2023 = 'Helhedsorienterede beskæftigelsesindsatser med erfaringer fra Projekt Trædesten';

const TENDERS: DemoTender[] = [
  {
    // Seed 003: "to projekter er målrettet kvinder med minoritetsbaggrund og tre projekter er målrettet
    // udsatte borgere". The seeds do not number these areas: the numbers are ours.
    name: TENDER_2017,
    caseNumber: null,
    decidedOn: null,
    minBindingPartnerships: null,
    maxBindingPartnerships: null,
    bands: [],
    areas: [
      {
        number: 1,
        name: 'Udsatte borgere',
        targetGroup: 'Aktivitetsparate kontanthjælpsmodtagere.',
        providersToSelect: 3,
      },
      {
        number: 2,
        name: 'Kvinder med minoritetsbaggrund',
        targetGroup: 'Aktivitetsparate kontanthjælpsmodtagere: kvinder med minoritetsbaggrund.',
        providersToSelect: 2,
      },
    ],
  },
  {
    // Seed 003 (BIU, 18 May 2020): delområde 1 = women, delområde 2 = vulnerable citizens, two providers
    // each, 10–15 binding company partnerships. Seed 000 numbers the same areas the other way round.
    name: TENDER_2021,
    caseNumber: '2020-0117251',
    decidedOn: '2020-05-18',
    minBindingPartnerships: 10,
    maxBindingPartnerships: 15,
    bands: [],
    areas: [
      {
        number: 1,
        name: 'Kvinder med etnisk minoritetsbaggrund',
        targetGroup:
          'Aktivitetsparate kontanthjælpsmodtagere: kvinder med etnisk minoritetsbaggrund, som kan have glæde af en lokalt forankret indsats.',
        providersToSelect: 2,
      },
      {
        number: 2,
        name: 'Udsatte borgere',
        targetGroup:
          'Aktivitetsparate kontanthjælpsmodtagere, i særlig grad udfordret af aktivt misbrug, psykiske udfordringer af forskellig kompleksitet og hjemløshed.',
        providersToSelect: 2,
      },
    ],
  },
  {
    // Seed 002 (14 March 2023): price bands 1.850–2.150 kr./week (programme), 575–700 kr./week (aftercare).
    name: TENDER_2023,
    caseNumber: '2023-0104249',
    decidedOn: null,
    minBindingPartnerships: null,
    maxBindingPartnerships: null,
    bands: [
      { priceKind: 'programme', minWeeklyOre: 185_000, maxWeeklyOre: 215_000 },
      { priceKind: 'aftercare', minWeeklyOre: 57_500, maxWeeklyOre: 70_000 },
    ],
    areas: [
      {
        number: 1,
        name: 'Aktivitetsparate over 30 år',
        targetGroup:
          'Aktivitetsparate kontanthjælpsmodtagere over 30 år med personlige, sociale, helbredsmæssige og/eller sproglige problemstillinger, som kræver en helhedsorienteret og individuelt tilpasset indsats.',
        // The seed does not say how many providers are selected.
        providersToSelect: 1,
      },
    ],
  },
];

// Not in the seeds: the 2021 agreements ended by 2024 at the latest, and the seeds stop there. So that the
// demo has agreements in force today, a synthetic successor tender (clearly named as such) runs 2025–2027
// with the same two areas (numbered as seed 000 does), the 10–15 requirement and seed 002's price bands.
export const TENDER_2025 = 'Lokalt forankrede beskæftigelsesindsatser 2025– (syntetisk demoudbud)';
TENDERS.push({
  name: TENDER_2025,
  caseNumber: null,
  decidedOn: '2024-06-17',
  minBindingPartnerships: 10,
  maxBindingPartnerships: 15,
  bands: [
    { priceKind: 'programme', minWeeklyOre: 185_000, maxWeeklyOre: 215_000 },
    { priceKind: 'aftercare', minWeeklyOre: 57_500, maxWeeklyOre: 70_000 },
  ],
  areas: [
    {
      number: 1,
      name: 'Udsatte borgere',
      targetGroup: 'Udsatte aktivitetsparate kontanthjælpsmodtagere.',
      providersToSelect: 2,
    },
    {
      number: 2,
      name: 'Kvinder med etnisk minoritetsbaggrund',
      targetGroup: 'Aktivitetsparate kvinder med etnisk minoritetsbaggrund.',
      providersToSelect: 2,
    },
  ],
});

interface DemoPrice {
  priceKind: PriceKind;
  validFrom: string;
  validTo: string | null;
  kroner: number;
}

interface DemoAgreement {
  code: string;
  area: number;
  extendedOn: string | null;
  prices: DemoPrice[];
}

// Seed 003: 1 Jan 2021 – 31 Dec 2023 with one optional year, 8 weeks' notice. Synthetic prices.
const AGREEMENTS_2021: DemoAgreement[] = [
  {
    code: 'sydhavnscompagniet',
    area: 2,
    extendedOn: '2023-09-29',
    prices: [
      { priceKind: 'programme', validFrom: '2021-01-01', validTo: '2023-12-31', kroner: 1_950 },
      { priceKind: 'programme', validFrom: '2024-01-01', validTo: null, kroner: 2_010 },
      { priceKind: 'aftercare', validFrom: '2021-01-01', validTo: '2023-12-31', kroner: 620 },
      { priceKind: 'aftercare', validFrom: '2024-01-01', validTo: null, kroner: 640 },
    ],
  },
  {
    code: 'settlementet',
    area: 2,
    extendedOn: null,
    prices: [
      { priceKind: 'programme', validFrom: '2021-01-01', validTo: null, kroner: 2_050 },
      { priceKind: 'aftercare', validFrom: '2021-01-01', validTo: null, kroner: 650 },
    ],
  },
  {
    code: 'servisio',
    area: 1,
    extendedOn: '2023-10-02',
    prices: [
      { priceKind: 'programme', validFrom: '2021-01-01', validTo: '2023-12-31', kroner: 1_900 },
      { priceKind: 'programme', validFrom: '2024-01-01', validTo: null, kroner: 1_960 },
      { priceKind: 'aftercare', validFrom: '2021-01-01', validTo: null, kroner: 600 },
    ],
  },
  {
    code: 'send-flere-krydderier',
    area: 1,
    extendedOn: null,
    prices: [
      { priceKind: 'programme', validFrom: '2021-01-01', validTo: null, kroner: 2_100 },
      { priceKind: 'aftercare', validFrom: '2021-01-01', validTo: null, kroner: 630 },
    ],
  },
];

// The synthetic successor: 1 Jan 2025 – 31 Dec 2027 with one optional year; prices inside the bands.
const AGREEMENTS_2025: DemoAgreement[] = [
  ['sydhavnscompagniet', 1, 2_040, 650],
  ['settlementet', 1, 2_080, 660],
  ['servisio', 2, 1_990, 610],
  ['send-flere-krydderier', 2, 2_120, 680],
].map(([code, area, programme, aftercare]) => ({
  code: code as string,
  area: area as number,
  extendedOn: null,
  prices: [
    { priceKind: 'programme', validFrom: '2025-01-01', validTo: null, kroner: programme as number },
    { priceKind: 'aftercare', validFrom: '2025-01-01', validTo: null, kroner: aftercare as number },
  ],
}));

interface AgreementPeriod {
  startsOn: string;
  originalEndsOn: string;
  extendedEndsOn: string;
}

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
      await recordAudit(tx, SYSTEM, null, {
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
    await recordAudit(tx, SYSTEM, null, { action: 'create', entityType: 'tender', entityId: row.id });
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
    await recordAudit(tx, SYSTEM, null, {
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
