// The agreements demo's data: the seed providers' details, the tenders of seeds 000, 002 and 003 with
// their areas, a synthetic successor tender, and the agreements with synthetic weekly prices. The seeds give
// no actual prices, contact persons or CVR numbers: those here are made up, and chosen so that they state
// nothing the seeds contradict (issue 12, docs/demo-data.md).
import type { PauseKind } from '../../../shared/courses/pause.constants.ts';
import type { PriceKind } from '../../platform/db/schema.ts';

/** Not in the seeds: the synthetic provider that carries the demo's invented unfavourable facts. */
export const SYNTHETIC_PROVIDER_CODE = 'eksempelleverandoeren';
export const SYNTHETIC_PROVIDER_NAME = 'Eksempelleverandøren ApS (syntetisk)';

export interface DemoProfile {
  code: string;
  district: string | null;
  neighbourhood: string | null;
  providerSince: number | null;
  description: string;
}

// Seed 000 (local anchor, "provider since") and seed 003 (the five providers of 2017–2020).
export const PROFILES: DemoProfile[] = [
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
  {
    code: SYNTHETIC_PROVIDER_CODE,
    district: 'Valby',
    neighbourhood: null,
    providerSince: null,
    description:
      'Syntetisk demoleverandør: findes ikke. Bærer demoens opdigtede eksempler (fx et netværk under kravet).',
  },
];

export interface DemoTender {
  name: string;
  caseNumber: string | null;
  decidedOn: string | null;
  minBindingPartnerships: number | null;
  maxBindingPartnerships: number | null;
  bands: { priceKind: PriceKind; minWeeklyOre: number; maxWeeklyOre: number }[];
  areas: { number: number; name: string; targetGroup: string; providersToSelect: number }[];
}

/** Stand-in for the 2021 tender's award: seed 003 plans to inform BIU "primo november 2020". */
export const DECIDED_2021 = '2020-11-02';

export const TENDER_2017 = 'Lokalt forankrede beskæftigelsesindsatser 2017–2020';
export const TENDER_2021 = 'Lokalt forankrede beskæftigelsesindsatser 2021–';
export const TENDER_2023 = 'Helhedsorienterede beskæftigelsesindsatser med erfaringer fra Projekt Trædesten';

export const TENDERS: DemoTender[] = [
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
    // Seed 003 (case 2020-0117251, appendix dated 18 May 2020): delområde 1 = women, delområde 2 =
    // vulnerable citizens, two providers each, 10–15 binding company partnerships. Seed 000 numbers the
    // same areas the other way round. No seed gives the award's date: 18 May 2020 is the appendix's date,
    // months before the tender was published ("start september"). The product marks a tender decided by
    // its date, so the demo uses the seed's plan: BIU "orienteret om valget af leverandører primo november
    // 2020" — a stand-in (the evaluation's decision, evaluation.demo.ts), named so in docs/demo-data.md.
    name: TENDER_2021,
    caseNumber: '2020-0117251',
    decidedOn: DECIDED_2021,
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
      // Two seed providers and the synthetic provider.
      providersToSelect: 3,
    },
    {
      number: 2,
      name: 'Kvinder med etnisk minoritetsbaggrund',
      targetGroup: 'Aktivitetsparate kvinder med etnisk minoritetsbaggrund.',
      providersToSelect: 2,
    },
  ],
});

export interface DemoPrice {
  priceKind: PriceKind;
  validFrom: string;
  validTo: string | null;
  kroner: number;
}

export interface DemoAgreement {
  code: string;
  area: number;
  extendedOn: string | null;
  prices: DemoPrice[];
  /** Price indexations (issue 14): only on the synthetic provider's agreement. */
  indexations?: { effectiveFrom: string; basisPoints: number; reason: string }[];
  /** Pause kinds left out of payment (issue 14): only on the synthetic provider's agreement. */
  pauseExclusions?: PauseKind[];
}

// Seed 003: 1 Jan 2021 – 31 Dec 2023 with one optional year, 8 weeks' notice; seed 000: the four providers
// and their areas. The seeds give no prices, no aftercare and no exercised extension for these agreements:
// - no aftercare price (aftercare is seed 002's Trædesten programme, not these agreements);
// - no extension exercised (the seeds do not say whether the optional year was used);
// - one synthetic programme price, the same for all four, so that no provider is cheaper or dearer than
//   another. Seed 003 raised the price to the level of the large framework agreement for vulnerable and
//   sick-listed citizens; seed 002 says Trædesten's 1.850–2.150 kr. is above the average price on the
//   large framework agreements. So the synthetic price lies below Trædesten's band.
export const PRICE_2021_KRONER = 1_700;
export const AGREEMENTS_2021: DemoAgreement[] = [
  ['sydhavnscompagniet', 2],
  ['settlementet', 2],
  ['servisio', 1],
  ['send-flere-krydderier', 1],
].map(([code, area]) => ({
  code: code as string,
  area: area as number,
  extendedOn: null,
  prices: [{ priceKind: 'programme', validFrom: '2021-01-01', validTo: null, kroner: PRICE_2021_KRONER }],
}));

// The synthetic successor: 1 Jan 2025 – 31 Dec 2027 with one optional year; prices inside the bands. The
// seed providers all have one synthetic price (no seed says what any of them would charge, so none is made
// cheaper or dearer than another, issue 12); only the synthetic provider has a price of its own.
export const PRICE_2025_KRONER = { programme: 2_040, aftercare: 650 } as const;
const SEED_PRICE_2025 = [PRICE_2025_KRONER.programme, PRICE_2025_KRONER.aftercare] as const;
export const AGREEMENTS_2025: DemoAgreement[] = [
  ['sydhavnscompagniet', 1, ...SEED_PRICE_2025],
  ['settlementet', 1, ...SEED_PRICE_2025],
  ['servisio', 2, ...SEED_PRICE_2025],
  ['send-flere-krydderier', 2, ...SEED_PRICE_2025],
  [SYNTHETIC_PROVIDER_CODE, 1, 2_000, 620],
].map(([code, area, programme, aftercare]) => ({
  code: code as string,
  area: area as number,
  extendedOn: null,
  prices: [
    { priceKind: 'programme', validFrom: '2025-01-01', validTo: null, kroner: programme as number },
    { priceKind: 'aftercare', validFrom: '2025-01-01', validTo: null, kroner: aftercare as number },
  ],
  // Issue 14: one synthetic yearly indexation, on the synthetic provider's agreement only, so the seed
  // providers' figures stay as they are. 2.000 kr. → 2.042 kr., 620 kr. → 633,02 kr. a week.
  ...(code === SYNTHETIC_PROVIDER_CODE
    ? {
        indexations: [
          {
            effectiveFrom: '2026-01-01',
            basisPoints: 210,
            reason: 'Syntetisk demo: årlig pristalsregulering 2026 (2,1 %).',
          },
        ],
        // A hospital stay is not paid for (a synthetic clause): the demo's billing leaves its weeks out.
        pauseExclusions: ['hospital_stay' as const],
      }
    : {}),
}));

export interface AgreementPeriod {
  startsOn: string;
  originalEndsOn: string;
  extendedEndsOn: string;
}
