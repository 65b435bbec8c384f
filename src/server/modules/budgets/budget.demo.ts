// Demo data of the budgets module (called by seed/demo.ts after the agreements demo): the annual frames
// of the locally anchored programme (seeds 003 and 000) tied to the 2020 tender, and seed 004's budget
// note with Tabel 1 and Tabel 2 exactly as printed. Idempotent: a second run changes nothing.
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import * as repo from './budget.repository.ts';
import { DEMO_SEED_ACTOR } from '../../platform/audit/audit-request.ts';

export const DEMO_PROGRAMME = 'Lokalt forankret beskæftigelsesindsats';
export const SEED_004_CASE_NUMBER = '2018-0266843';

const MIO = 1_000_000_00;
/** 1.000 kr. in øre, as seed 004's tables count. */
const t = (thousands: number) => thousands * 100_000;

// Seed 003: "reserveres … 7 mio. kr." a year for the 2021 agreements; seed 000: "i 2022 og 2023 årligt
// ca. 5 mio. kr.". The seeds give no course length: half a year is an assumption, stated in the note.
// From 2025 the frames are synthetic (the seeds stop in 2023), for the agreements demo's synthetic
// successor tender, so that this year's capacity has something to show.
const SYNTHETIC = 'Syntetisk demo: de seneste seeds dækker 2023; 5 mio. kr. som i 2022–23.';
const DEMO_FRAMES = [
  {
    year: 2021,
    tenderStart: 2021,
    amountOre: 7 * MIO,
    note: 'Seed 003: 7 mio. kr. årligt reserveret ved udbuddet i 2020.',
  },
  {
    year: 2022,
    tenderStart: 2021,
    amountOre: 5 * MIO,
    note: 'Seed 000: budgetrammen er i 2022 og 2023 årligt ca. 5 mio. kr.',
  },
  {
    year: 2023,
    tenderStart: 2021,
    amountOre: 5 * MIO,
    note: 'Seed 000: budgetrammen er i 2022 og 2023 årligt ca. 5 mio. kr.',
  },
  { year: 2025, tenderStart: 2025, amountOre: 5 * MIO, note: SYNTHETIC },
  { year: 2026, tenderStart: 2025, amountOre: 5 * MIO, note: SYNTHETIC },
  { year: 2027, tenderStart: 2025, amountOre: 5 * MIO, note: SYNTHETIC },
];
const COURSE_NOTE = ' Forventet forløb på 26 uger er et skøn.';

const CURRENT_PROVIDERS = ['sydhavnscompagniet', 'settlementet', 'servisio', 'send-flere-krydderier'];

/**
 * The tender behind the current providers' agreements starting in `startYear` (2021: the tender of 2020,
 * seed 003), else a tender decided the year before. Undefined when the agreements demo has made none (the
 * frames are then not tied to a tender).
 */
async function findTenderOfAgreementsFrom(db: Db, startYear: number): Promise<string | undefined> {
  const viaAgreements = await db
    .selectFrom('frameworkAgreement as a')
    .innerJoin('organisation as o', 'o.id', 'a.providerId')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .select('ta.tenderId')
    .where('o.code', 'in', CURRENT_PROVIDERS)
    .where('a.startsOn', '>=', `${startYear}-01-01`)
    .where('a.startsOn', '<=', `${startYear}-12-31`)
    .orderBy('a.startsOn')
    .executeTakeFirst();
  if (viaAgreements) return viaAgreements.tenderId;
  const decided = await db
    .selectFrom('tender')
    .select('id')
    .where('decidedOn', '>=', `${startYear - 1}-01-01`)
    .where('decidedOn', '<=', `${startYear - 1}-12-31`)
    .orderBy('decidedOn')
    .executeTakeFirst();
  return decided?.id;
}

async function seedFrames(db: Db): Promise<void> {
  for (const frame of DEMO_FRAMES) {
    const tenderId = (await findTenderOfAgreementsFrom(db, frame.tenderStart)) ?? null;
    const existing = await db
      .selectFrom('budgetFrame')
      .select(['id', 'tenderId'])
      .where('programme', '=', DEMO_PROGRAMME)
      .where('year', '=', frame.year)
      .executeTakeFirst();
    if (existing) {
      // Made before the agreements demo existed: tie it to the tender now.
      if (existing.tenderId === null && tenderId) await repo.updateFrame(db, existing.id, { tenderId });
      continue;
    }
    await db.transaction().execute(async (tx) => {
      const { id } = await repo.insertFrame(tx, {
        programme: DEMO_PROGRAMME,
        year: frame.year,
        amountOre: frame.amountOre,
        tenderId,
        tenderAreaId: null,
        expectedCourseWeeks: 26,
        expectedAftercareWeeks: 0,
        note: frame.note + COURSE_NOTE,
      });
      await recordAudit(tx, DEMO_SEED_ACTOR, null, {
        action: 'create',
        entityType: 'budget_frame',
        entityId: id,
      });
    });
  }
}

const YEARS = [2019, 2020, 2021];
const perYear = (thousands: number[]) => YEARS.map((year, i) => ({ year, amountOre: t(thousands[i]!) }));

/** Seed 004: "BC24: Virksomhedsrettet indsats i kombination med rusmiddelbehandling …", 8 November 2018. */
async function seedBudgetNote(db: Db): Promise<void> {
  const exists = await db
    .selectFrom('budget')
    .select('id')
    .where('caseNumber', '=', SEED_004_CASE_NUMBER)
    .executeTakeFirst();
  if (exists) return;
  await db.transaction().execute(async (tx) => {
    const { id } = await repo.insertBudget(tx, {
      title:
        'BC24: Virksomhedsrettet indsats i kombination med rusmiddelbehandling til borgere på kontanthjælp',
      caseNumber: SEED_004_CASE_NUMBER,
      priceLevelYear: 2019,
      firstYear: 2019,
      lastYear: 2021,
      note: 'Svar vedr. spørgsmål om bevilling til fremskudt beskæftigelsesindsats i Sydhavnen (8. november 2018).',
    });
    const service = 'Service';
    await repo.replaceTables(tx, id, {
      activities: [
        {
          position: 1,
          activity: 'Fremskudt beskæftigelsesindsats/3 virksomhedskonsulenter',
          steeringArea: service,
          // 1,7 mio. kr. a year; Områdefornyelsen co-finances 0,5 mio. kr. in 2019: 1.700 − 500 = 1.200.
          amounts: YEARS.map((year) => ({
            year,
            grossOre: t(1_700),
            cofinancingOre: year === 2019 ? t(500) : 0,
            cofinancingSource: year === 2019 ? 'Områdefornyelsen i Sydhavnen' : null,
          })),
        },
        {
          position: 2,
          activity: 'Misbrugsbehandling',
          steeringArea: service,
          // 0,2 mio. kr. outreach + 0,4 mio. kr. treatment a year (SOF).
          amounts: YEARS.map((year) => ({
            year,
            grossOre: t(600),
            cofinancingOre: 0,
            cofinancingSource: null,
          })),
        },
        {
          position: 3,
          activity: 'Husleje',
          steeringArea: service,
          amounts: YEARS.map((year) => ({
            year,
            grossOre: t(100),
            cofinancingOre: 0,
            cofinancingSource: null,
          })),
        },
      ],
      appropriations: [
        {
          position: 1,
          steeringArea: service,
          committee: 'BIU',
          appropriationNumber: '35.10',
          direction: 'U',
          amounts: perYear([1_300, 1_800, 1_800]),
        },
        {
          position: 2,
          steeringArea: service,
          committee: 'SUD',
          appropriationNumber: '32.10',
          direction: 'U',
          amounts: perYear([600, 600, 600]),
        },
      ],
      // The totals as printed in the note: "I alt" per row and the "Udgifter i alt" row.
      statedTotals: [
        { tableName: 'activities', rowPosition: 1, year: null, amountOre: t(4_600) },
        { tableName: 'activities', rowPosition: 2, year: null, amountOre: t(1_800) },
        { tableName: 'activities', rowPosition: 3, year: null, amountOre: t(300) },
        ...perYear([1_900, 2_400, 2_400]).map((y) => ({
          tableName: 'activities' as const,
          rowPosition: null,
          ...y,
        })),
        { tableName: 'activities', rowPosition: null, year: null, amountOre: t(6_700) },
        { tableName: 'appropriations', rowPosition: 1, year: null, amountOre: t(4_900) },
        { tableName: 'appropriations', rowPosition: 2, year: null, amountOre: t(1_800) },
        ...perYear([1_900, 2_400, 2_400]).map((y) => ({
          tableName: 'appropriations' as const,
          rowPosition: null,
          ...y,
        })),
        { tableName: 'appropriations', rowPosition: null, year: null, amountOre: t(6_700) },
      ],
    });
    await recordAudit(tx, DEMO_SEED_ACTOR, null, { action: 'create', entityType: 'budget', entityId: id });
  });
}

export async function seedBudgetsDemo(db: Db): Promise<void> {
  await seedFrames(db);
  await seedBudgetNote(db);
}
