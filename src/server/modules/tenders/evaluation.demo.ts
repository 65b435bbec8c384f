// Demo evaluations (called by tender.demo.ts). The seeds give the award models but no bids, points or
// prices: every bid, point, justification and non-provider bidder here is SYNTHETIC and named so. No seed
// organisation is given an invented loss or an invented difference from another (issue 12):
// - The 2021 tender (seed 003): quality 80 % / price 20 %, sub-criteria 40/40/20 with Tabel 1's emphasis,
//   proportional price points over 26 programme weeks (the seed names no aftercare for this tender).
//   Decided: the four providers with agreements (seed 000) are selected. They all bid the same synthetic
//   price (the agreements' price) with the same points; the losing bids are synthetic bidders, and the
//   committee's 30/40/30 amendment (seed 003, rejected) would have changed no selection.
// - The Trædesten tender (seed 002): quality 90 % / price 10 %, an interval price model on the bands
//   (1.850–2.150 + 575–700 kr./week), one provider to select. Not decided, so procurement can try it. The
//   seed names no bidder: the bids are the synthetic provider's and synthetic bidders'.
// Idempotent (skipped when the tender has an evaluation); written through the repositories with a system
// actor in the audit trail, as the rest of the demo seed.
import { syntheticCvr, createRng } from '../../seed/synthetic.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/context.ts';
import type { PriceKind } from '../../platform/db/schema.ts';
import { TENDER_2021, TENDER_2023 } from '../agreements/agreement.demo.ts';
import {
  DECIDED_2021,
  PRICE_2021_KRONER,
  SYNTHETIC_PROVIDER_CODE,
} from '../agreements/agreement.demo-data.ts';
import * as bids from './bid.repository.ts';
import * as evaluations from './evaluation.repository.ts';
import { DEMO_SEED_ACTOR } from '../../platform/audit/audit-request.ts';

interface DemoBid {
  area: number;
  /** A provider's organisation code, or a synthetic bidder. */
  provider?: string;
  bidder?: { name: string; district: string };
  /** Weekly prices in kr., one per price element (programme, then aftercare). */
  prices: number[];
  /** Consensus points per criterion, in the criteria's order. */
  points: number[];
}

interface DemoEvaluation {
  tender: string;
  weights: [number, number];
  priceModel: 'proportional' | 'interval';
  best?: number;
  worst?: number;
  criteria: { code: string; name: string; weight: number; emphasis: string }[];
  /** Weeks per price element (programme, then aftercare); a tender without aftercare has one. */
  volumes: number[];
  bids: DemoBid[];
  decidedAt?: string;
}

// Seed 003, Tabel 1 (names and what the administration emphasises).
const CRITERIA_2020 = [
  {
    code: 'progression',
    name: 'At sikre borgernes fremdrift fra interne træningsbaner til eksterne praktikker samt småjob, og hvor borgernes arbejdsevne udvikles og afklares som led heri',
    weight: 40,
    emphasis:
      'Forvaltningen vil have fokus på elementer i leverandørernes løsningsbeskrivelser, der viser: at tilbudsgiverne har forståelse for, hvordan der arbejdes virksomhedsrettet med målgruppen, så tempo og indsats tager højde for borgernes skånehensyn; at tilbudsgiver evner at udarbejde relevante beskrivelser af borgernes forløb; i hvor høj grad et samarbejde med 10–15 lokale virksomheder er tilstrækkeligt velovervejet og forpligtende til at sikre, at målgruppen bringes videre i job eller afklares til fleksjob eller førtidspension.',
  },
  {
    code: 'local',
    name: 'At etablere et højt lokalt kendskab og samarbejdsniveau med lokale samarbejdspartnere (fx lokaludvalg, boligorganisationer, frivillige organisationer mv.) og med lokale virksomheder',
    weight: 40,
    emphasis:
      'Hvordan der er etableret/vil etableres et indgående kendskab til lokalområdet og hvordan det sikres, at der løbende samarbejdes med lokale samarbejdspartnere og lokaludvalg i forhold til at finde praktikpladser og småjobs, samt frivillige organisationer i forhold til at højne intensiteten i forløbet.',
  },
  {
    code: 'individual',
    name: 'At sikre målgruppens forskellige behov og give den rette individuelle tilgang som understøtter den enkeltes progression mod større arbejdsmarkedstilknytning',
    weight: 20,
    emphasis:
      'Hvordan der er fokus på opbygning af tillidsfuld relation med borger, og leverandørernes evner til at motivere borger til en virksomhedsrettet indsats.',
  },
];

/** Seed 000: the providers of the 2021 agreements, by the 2020 tender's area numbers (seed 003). */
const SEED_WINNERS_2021: [string, number][] = [
  ['servisio', 1],
  ['send-flere-krydderier', 1],
  ['sydhavnscompagniet', 2],
  ['settlementet', 2],
];

export const DEMO_EVALUATIONS: DemoEvaluation[] = [
  {
    tender: TENDER_2021,
    weights: [80, 20],
    priceModel: 'proportional',
    criteria: CRITERIA_2020,
    volumes: [26],
    // A stand-in: seed 003 only plans to inform BIU "primo november 2020" of the choice of providers.
    decidedAt: `${DECIDED_2021}T12:00:00Z`,
    bids: [
      ...SEED_WINNERS_2021.map(([provider, area]) => ({
        area,
        provider,
        prices: [PRICE_2021_KRONER],
        points: [8, 8, 8],
      })),
      {
        area: 1,
        bidder: { name: 'Kvindekraft Nordvest (syntetisk tilbudsgiver)', district: 'Bispebjerg' },
        prices: [1_650],
        points: [6, 7, 9],
      },
      {
        area: 1,
        bidder: { name: 'Jobkompagniet Nørrebro (syntetisk tilbudsgiver)', district: 'Nørrebro' },
        prices: [1_750],
        points: [7, 7, 4],
      },
      {
        area: 2,
        bidder: { name: 'Brobyggerne Amager (syntetisk tilbudsgiver)', district: 'Amager Øst' },
        prices: [1_680],
        points: [7, 6, 9],
      },
    ],
  },
  {
    tender: TENDER_2023,
    weights: [90, 10],
    priceModel: 'interval',
    // One programme week and one aftercare week at the bands' ends (seed 002): 1.850 + 575 and 2.150 + 700.
    best: 2_425,
    worst: 2_850,
    volumes: [1, 1],
    criteria: [
      {
        code: 'holistic',
        name: 'Et helhedsorienteret og individuelt tilpasset forløb (syntetisk delkriterium)',
        weight: 40,
        emphasis:
          'Syntetisk: hvordan virksomhedsindsats, mentor- og fastholdelsesmentorindsats og efterværn samles i ét forløb med metoder og erfaringer fra Projekt Trædesten.',
      },
      {
        code: 'employer',
        name: 'Vejen til (små)job eller uddannelse (syntetisk delkriterium)',
        weight: 40,
        emphasis: 'Syntetisk: praktikker og småjob hos virksomheder, og hvordan borgeren fastholdes.',
      },
      {
        code: 'documentation',
        name: 'Dokumentation til arbejdsevnevurdering (syntetisk delkriterium)',
        weight: 20,
        emphasis: 'Syntetisk: beskrivelser, der kan bruges til afklaring til fleksjob eller førtidspension.',
      },
    ],
    bids: [
      { area: 1, provider: SYNTHETIC_PROVIDER_CODE, prices: [2_050, 650], points: [9, 8, 8] },
      {
        area: 1,
        bidder: {
          name: 'Trædestenen Vesterbro (syntetisk tilbudsgiver)',
          district: 'Vesterbro/Kongens Enghave',
        },
        prices: [1_900, 600],
        points: [7, 7, 8],
      },
      {
        area: 1,
        bidder: { name: 'Jobhuset Bispebjerg (syntetisk tilbudsgiver)', district: 'Bispebjerg' },
        prices: [2_150, 700],
        points: [9, 9, 9],
      },
    ],
  },
];

const ELEMENTS: { code: string; name: string; priceKind: PriceKind }[] = [
  { code: 'programme', name: 'Ugepris for indsats', priceKind: 'programme' },
  { code: 'aftercare', name: 'Ugepris for efterværn', priceKind: 'aftercare' },
];

const JUSTIFICATION: Record<number, string> = {
  9: 'Syntetisk demobegrundelse: løsningsbeskrivelsen opfylder kriteriet meget tilfredsstillende med konkrete eksempler.',
  8: 'Syntetisk demobegrundelse: løsningsbeskrivelsen opfylder kriteriet tilfredsstillende; få punkter er mindre konkrete.',
  7: 'Syntetisk demobegrundelse: kriteriet er opfyldt, men flere punkter er beskrevet generelt.',
  6: 'Syntetisk demobegrundelse: kriteriet er delvist opfyldt; samarbejdet er ikke gjort forpligtende.',
  5: 'Syntetisk demobegrundelse: kriteriet er kun delvist opfyldt og beskrevet uden eksempler.',
};
const justification = (points: number) =>
  JUSTIFICATION[Math.max(5, Math.min(9, Math.round(points)))] ?? JUSTIFICATION[7]!;

async function userIds(tx: Tx, usernames: string[]): Promise<string[]> {
  const rows = await tx
    .selectFrom('appUser')
    .select(['id', 'username'])
    .where('username', 'in', usernames)
    .execute();
  return usernames.flatMap((name) => rows.filter((r) => r.username === name).map((r) => r.id));
}

async function seedBid(
  tx: Tx,
  bid: DemoBid,
  ids: { tenderId: string; areaId: string; providerId: string | null; cvr: string | null },
  criteria: { id: string }[],
  elements: { id: string }[],
  evaluators: string[],
): Promise<void> {
  const bidId = await bids.insertBid(tx, ids.tenderId, {
    tenderAreaId: ids.areaId,
    providerId: ids.providerId,
    bidderName: ids.providerId ? null : bid.bidder!.name,
    bidderCvr: ids.providerId ? null : ids.cvr,
    bidderDistrict: ids.providerId ? null : bid.bidder!.district,
    solution: 'Syntetisk løsningsbeskrivelse til demoen: seeds indeholder ingen tilbud.',
    receivedOn: null,
  });
  await bids.setBidPrices(
    tx,
    bidId,
    elements.map((e, i) => ({ priceElementId: e.id, weeklyOre: bid.prices[i]! * 100 })),
  );
  await recordAudit(tx, DEMO_SEED_ACTOR, null, {
    action: 'create',
    entityType: 'tender_bid',
    entityId: bidId,
  });
  for (const [index, criterion] of criteria.entries()) {
    const points = bid.points[index]!;
    // The evaluators' own points lie around the consensus: one a point above, one a point below or equal.
    for (const [e, evaluatorId] of evaluators.entries()) {
      const own = Math.max(0, Math.min(10, points + (e === 0 ? 1 : index % 2 === 0 ? -1 : 0)));
      await bids.upsertScore(tx, {
        bidId,
        criterionId: criterion.id,
        evaluatorId,
        points: own,
        justification: justification(own),
        recordedBy: null,
      });
    }
    await bids.upsertConsensus(tx, {
      bidId,
      criterionId: criterion.id,
      points,
      justification: justification(points),
      recordedBy: null,
    });
  }
  await recordAudit(tx, DEMO_SEED_ACTOR, null, {
    action: 'update',
    entityType: 'tender_consensus_score',
    entityId: bidId,
  });
}

async function seedEvaluation(tx: Tx, demo: DemoEvaluation, rng: () => number): Promise<void> {
  const tender = await tx
    .selectFrom('tender')
    .select('id')
    .where('name', '=', demo.tender)
    .executeTakeFirst();
  if (!tender || (await evaluations.findSettings(tx, tender.id))) return;
  await evaluations.upsertSettings(tx, tender.id, {
    qualityWeight: demo.weights[0],
    priceWeight: demo.weights[1],
    scaleMin: 0,
    scaleMax: 10,
    priceModel: demo.priceModel,
    priceSlope: null,
    priceBestOre: demo.best === undefined ? null : demo.best * 100,
    priceWorstOre: demo.worst === undefined ? null : demo.worst * 100,
    alternatives: [],
  });
  await evaluations.replaceCriteria(tx, tender.id, demo.criteria);
  await evaluations.replaceElements(
    tx,
    tender.id,
    demo.volumes.map((volume, i) => ({ ...ELEMENTS[i]!, volume })),
  );
  await recordAudit(tx, DEMO_SEED_ACTOR, null, {
    action: 'create',
    entityType: 'tender_evaluation',
    entityId: tender.id,
  });
  const evaluators = await userIds(tx, ['indkoeb', 'admin']);
  await evaluations.setEvaluators(tx, tender.id, evaluators);
  const [criteria, elements, areas] = await Promise.all([
    evaluations.findCriteria(tx, tender.id),
    evaluations.findElements(tx, tender.id),
    evaluations.findAreas(tx, tender.id),
  ]);
  const providers = await tx
    .selectFrom('organisation')
    .select(['id', 'code'])
    .where('kind', '=', 'provider')
    .execute();
  for (const bid of demo.bids) {
    const area = areas.find((a) => a.number === bid.area);
    if (!area) continue;
    const providerId = bid.provider ? (providers.find((p) => p.code === bid.provider)?.id ?? null) : null;
    if (bid.provider && !providerId) continue;
    const ids = {
      tenderId: tender.id,
      areaId: area.id,
      providerId,
      cvr: providerId ? null : syntheticCvr(rng),
    };
    await seedBid(tx, bid, ids, criteria, elements, evaluators);
  }
  if (demo.decidedAt) {
    const item = await tx
      .selectFrom('committeeItem')
      .select('id')
      .where('tenderId', '=', tender.id)
      .orderBy('meetingDate')
      .executeTakeFirst();
    await tx
      .updateTable('tenderEvaluation')
      .set({ decidedAt: demo.decidedAt, committeeItemId: item?.id ?? null })
      .where('tenderId', '=', tender.id)
      .execute();
  }
}

export async function seedEvaluationsDemo(tx: Tx): Promise<void> {
  // One fixed sequence, so the synthetic bidders get the same CVR numbers on every run.
  const rng = createRng(20_201_102);
  for (const demo of DEMO_EVALUATIONS) await seedEvaluation(tx, demo, rng);
}
