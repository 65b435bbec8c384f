// Demo data of the companies module (called by seed/demo.ts after the agreements demo): about forty
// made-up local companies with synthetic CVR numbers, partnerships that make the providers differ
// against the 10–15 requirement, the local partners the seeds name and the synthetic provider's invented
// ones. Idempotent: companies are keyed
// by CVR number, partnerships by provider, company and start date, local partners by provider and name.
import type { Db } from '../../platform/db/client.ts';
import type { LocalPartnerKind, PartnershipOffer } from '../../platform/db/schema.ts';
import { findOrganisationByCode } from '../organisations/organisation.repository.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';
import * as repo from './company.repository.ts';
import { SYNTHETIC_PROVIDER_CODE } from '../agreements/agreement.demo-data.ts';

const VESTERBRO = 'Vesterbro/Kongens Enghave';

// Made-up names; any likeness to a real company is accidental. Industries as typed by a consultant.
const COMPANIES: { name: string; industry: string; district: string | null }[] = [
  { name: 'Café Havnen ApS', industry: 'café', district: VESTERBRO },
  { name: 'Sydhavn Cykler', industry: 'cykelværksted', district: VESTERBRO },
  { name: 'Mosebakkens Bageri', industry: 'bageri', district: VESTERBRO },
  { name: 'Kajgadens Lager ApS', industry: 'lager', district: VESTERBRO },
  { name: 'Teglholmen Rengøring', industry: 'rengøring', district: VESTERBRO },
  { name: 'Enghave Byg & Montage', industry: 'byggeri', district: VESTERBRO },
  { name: 'Plejecentret Solsiden', industry: 'pleje', district: VESTERBRO },
  { name: 'Slusen Genbrug', industry: 'genbrug', district: VESTERBRO },
  { name: 'Frederiksholm Køkken', industry: 'kantine', district: VESTERBRO },
  { name: 'Havnestadens Flyttefirma', industry: 'flytning', district: VESTERBRO },
  { name: 'Kongens Enghave Maling', industry: 'byggeri', district: VESTERBRO },
  { name: 'Sluseholmen Kiosk', industry: 'detailhandel', district: VESTERBRO },
  { name: 'Vesterbro Vaskeri', industry: 'vaskeri', district: VESTERBRO },
  { name: 'Istedgade Sandwichbar', industry: 'café', district: VESTERBRO },
  { name: 'Kødbyens Catering ApS', industry: 'catering', district: VESTERBRO },
  { name: 'Valby Grønt', industry: 'detailhandel', district: 'Valby' },
  { name: 'Enghavevej Auto', industry: 'autoværksted', district: VESTERBRO },
  { name: 'Byens Grønne Pedeller', industry: 'gårdservice', district: VESTERBRO },
  { name: 'Halmtorvets Hostel', industry: 'hotel', district: VESTERBRO },
  { name: 'Dybbølsbro Lager & Logistik', industry: 'lager', district: VESTERBRO },
  { name: 'Nordvest Tekstil', industry: 'syning', district: 'Bispebjerg' },
  { name: 'Rentemestervej Rengøring', industry: 'rengøring', district: 'Bispebjerg' },
  { name: 'Bispebjerg Børnehus', industry: 'børnepasning', district: 'Bispebjerg' },
  { name: 'Tagensvej Frisør', industry: 'frisør', district: 'Bispebjerg' },
  { name: 'Nordvest Madhus', industry: 'kantine', district: 'Bispebjerg' },
  { name: 'Emdrup Plejehjem', industry: 'pleje', district: 'Bispebjerg' },
  { name: 'Lygten Købmand', industry: 'detailhandel', district: 'Bispebjerg' },
  { name: 'Ørnevej Skrædderi', industry: 'syning', district: 'Bispebjerg' },
  { name: 'Nørrebro Krydderhus', industry: 'detailhandel', district: 'Nørrebro' },
  { name: 'Blågårds Café', industry: 'café', district: 'Nørrebro' },
  { name: 'Nørrebrogade Blomster', industry: 'detailhandel', district: 'Nørrebro' },
  { name: 'Assistens Rengøring ApS', industry: 'rengøring', district: 'Nørrebro' },
  { name: 'Folkets Køkken Nørrebro', industry: 'kantine', district: 'Nørrebro' },
  { name: 'Jagtvejens Vuggestue', industry: 'børnepasning', district: 'Nørrebro' },
  { name: 'Fælledens Syværksted', industry: 'syning', district: 'Nørrebro' },
  { name: 'Ravnsborg Genbrug', industry: 'genbrug', district: 'Nørrebro' },
  { name: 'Amager Lagerhotel', industry: 'lager', district: 'Amager Vest' },
  { name: 'Øresund Facility Service', industry: 'rengøring', district: 'Amager Øst' },
  { name: 'Hvidovre Vognmand', industry: 'transport', district: null },
  { name: 'Brøndby Byggemarked', industry: 'detailhandel', district: null },
];

const ALL_OFFERS: PartnershipOffer[] = ['internship', 'small_job', 'job'];
const OFFER_SETS: PartnershipOffer[][] = [['internship', 'small_job'], ['internship'], ALL_OFFERS];

interface PartnershipPlan {
  /** Indexes into COMPANIES. */
  binding: number[];
  nonBinding?: number[];
  /** Binding partnerships that have ended: they do not count. */
  ended?: number[];
}

// The seeds give no provider's partnerships, only the requirement (seed 003: 10–15 binding). The seed
// providers all lie within it (SydhavnsCompagniet 12, Settlementet 10 + 3 non-binding, Servisio 11 with one
// ended, Send Flere Krydderier 15 at the maximum); the shortfall (7, below) belongs to the synthetic
// provider, so that no real organisation is shown failing a requirement (issue 12). Some companies work
// with two providers.
const PLANS: Record<string, PartnershipPlan> = {
  sydhavnscompagniet: { binding: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], nonBinding: [15] },
  settlementet: { binding: [12, 13, 14, 16, 17, 18, 19, 0, 3, 36], nonBinding: [5, 9, 38] },
  servisio: { binding: [20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31], ended: [27] },
  'send-flere-krydderier': { binding: [28, 29, 30, 31, 32, 33, 34, 35, 20, 27, 37, 39, 15, 21, 24] },
  [SYNTHETIC_PROVIDER_CODE]: { binding: [15, 16, 36, 37, 38, 39, 17] },
};

const START = '2021-01-01';
const ENDED_ON = '2022-12-31';

type DemoLocalPartner = {
  kind: LocalPartnerKind;
  name: string;
  socialPlan?: string;
  contactName: string;
  cooperation: string;
};

// Seed 004 (budget note BC24, 2018): the administration's outreach programme in Sydhavnen "vil samarbejde
// med SydhavnsCompagniet og Opzoomerne", and with local companies, Fællesskaberne and Områdefornyelsen.
// That is the only local cooperation a seed names for a provider; Fællesskaberne and Områdefornyelsen are
// the programme's partners, not the providers', so they appear only in its description.
const OUTREACH_2019: DemoLocalPartner = {
  kind: 'other',
  name: 'Fremskudt beskæftigelsesindsats i Sydhavnen (BIF)',
  contactName: 'Virksomhedskonsulent i den fremskudte indsats',
  cooperation:
    'Den fremskudte beskæftigelsesindsats 2019–2021 samarbejder med SydhavnsCompagniet og Opzoomerne og med lokale virksomheder, den boligsociale helhedsplan Fællesskaberne og Områdefornyelsen i Sydhavnen om praktikker, småjob og job (budgetnotat BC24).',
};

/** The local partners the seeds name per provider; the invented ones belong to the synthetic provider. */
export const DEMO_LOCAL_PARTNERS: Record<string, DemoLocalPartner[]> = {
  sydhavnscompagniet: [OUTREACH_2019],
  opzoomerne: [OUTREACH_2019],
  // Not in the seeds: every kind of local partner, on the synthetic provider (issue 12).
  [SYNTHETIC_PROVIDER_CODE]: [
    {
      kind: 'housing_association',
      name: 'Boligsocial helhedsplan (syntetisk)',
      socialPlan: 'Boligsocial helhedsplan (syntetisk)',
      contactName: 'Beskæftigelsesmedarbejder i helhedsplanen',
      cooperation: 'Finder praktikpladser og småjob til beboere; fælles arrangementer i boligområderne.',
    },
    {
      kind: 'local_committee',
      name: 'Lokaludvalget (syntetisk)',
      contactName: 'Sekretariatet',
      cooperation: 'Interessenetværk i bydelen; kontakt til lokale foreninger og virksomheder.',
    },
    {
      kind: 'volunteer_organisation',
      name: 'Frivilligcaféen (syntetisk)',
      contactName: 'Frivilligkoordinator',
      cooperation: 'Borgere kan fortsætte som frivillige efter forløbet og bevare deres netværk.',
    },
    {
      kind: 'volunteer_organisation',
      name: 'Kvindenetværket (syntetisk)',
      contactName: 'Netværkskoordinator',
      cooperation: 'Danskundervisning og netværk, der øger intensiteten i forløbet.',
    },
  ],
};

async function seedCompanies(db: Db): Promise<string[]> {
  // A fixed seed: the same CVR numbers every run, so the demo is idempotent.
  const rng = createRng(20_210_101);
  const ids: string[] = [];
  for (const company of COMPANIES) {
    const cvr = syntheticCvr(rng);
    const inserted = await repo.insertCompanyIfAbsent(db, {
      cvr,
      name: company.name,
      address: null,
      district: company.district,
      industry: company.industry,
    });
    ids.push(inserted?.id ?? (await repo.findCompanyByCvr(db, cvr))!.id);
  }
  return ids;
}

async function addPartnership(
  db: Db,
  values: { providerId: string; companyId: string; isBinding: boolean; endsOn: string | null; index: number },
): Promise<void> {
  if (await repo.findPartnershipByStart(db, values.providerId, values.companyId, START)) return;
  await repo.insertPartnership(db, {
    providerId: values.providerId,
    companyId: values.companyId,
    isBinding: values.isBinding,
    startsOn: START,
    endsOn: values.endsOn,
    offers: OFFER_SETS[values.index % OFFER_SETS.length]!,
    note: null,
  });
}

export async function seedCompaniesDemo(db: Db): Promise<void> {
  const companyIds = await seedCompanies(db);
  for (const [code, plan] of Object.entries(PLANS)) {
    const provider = await findOrganisationByCode(db, code);
    if (!provider) continue;
    const rows = [
      ...plan.binding.map((index) => ({ index, isBinding: true, endsOn: null })),
      ...(plan.nonBinding ?? []).map((index) => ({ index, isBinding: false, endsOn: null })),
      ...(plan.ended ?? []).map((index) => ({ index, isBinding: true, endsOn: ENDED_ON })),
    ];
    for (const row of rows) {
      await addPartnership(db, { ...row, providerId: provider.id, companyId: companyIds[row.index]! });
    }
  }
  for (const [code, partners] of Object.entries(DEMO_LOCAL_PARTNERS)) {
    const provider = await findOrganisationByCode(db, code);
    if (!provider) continue;
    for (const partner of partners) {
      if (await repo.findLocalPartnerByName(db, provider.id, partner.name)) continue;
      await repo.insertLocalPartner(db, {
        providerId: provider.id,
        kind: partner.kind,
        name: partner.name,
        socialPlan: partner.socialPlan ?? null,
        contactName: partner.contactName,
        contactEmail: null,
        contactPhone: null,
        cooperation: partner.cooperation,
      });
    }
  }
}
