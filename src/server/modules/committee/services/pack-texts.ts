// The words of the committee pack (Word and PDF) in the committee papers' order (seed 003: resumé,
// indstilling, sagsfremstilling, økonomi, bilag), in Danish and English.
import type { Language } from '../../../../shared/messages.ts';

const da = {
  caseNumber: 'Sagsnr. {caseNumber}',
  meeting: 'Udvalgsmøde {date}',
  summary: 'Resumé',
  recommendation: 'Indstilling',
  presentation: 'Sagsfremstilling',
  keyFigures: 'Nøgletal',
  keyFiguresCaption: 'Resultaterne i alt sammenlignet med den forrige rapport',
  figure: 'Opgørelse',
  previous: 'Forrige rapport',
  current: 'Denne rapport',
  change: 'Ændring',
  exit: 'Afgang til job, uddannelse og deltid',
  placement: 'Virksomhedsplacering',
  plan: 'Forberedende plan',
  results: 'Resultater',
  resultsIntro: 'Tabellerne er fra den gemte rapport "{title}", gemt {date}.',
  noPrevious: 'Pakken har ingen tidligere rapport at sammenligne med.',
  comparedWith: 'Ændringerne er i forhold til den gemte rapport "{title}", gemt {date}.',
  budget: 'Økonomi',
  budgetCaption: 'Budgetstatus {year} pr. leverandør, opgjort {date}',
  // The amount ends in "kr." itself: the sentence does not end on it (no "kr..").
  budgetFrame: 'Rammen for {year} er på {amount} i alt.',
  budgetUse: 'Prognosen til årets udgang udgør {share} af rammen.',
  budgetNoFrame: 'Der er ingen budgetramme registreret for {year}.',
  provider: 'Leverandør',
  providerFrame: 'Ramme',
  frameSplit:
    'En ramme hører til et udbudsområde eller et udbud, som flere leverandører deler; leverandørens ramme er dens andel i forhold til de dage, hver rammeaftale har en pris for forløb i året.',
  total: 'I alt',
  approved: 'Godkendt',
  billedNotApproved: 'Faktureret, ikke godkendt',
  forecast: 'Prognose til årets udgang',
  noBudgetRows: 'Der er hverken godkendt eller faktureret noget i {year}.',
  decision: 'Beslutning',
  decidedOn: 'Udvalgets beslutning {date}:',
  basis: 'Grundlag',
  basisText:
    'Pakken er dannet {date} af {name} fra gemte rapporter, der ikke ændres: {reports}. Budgetstatus er fastfrosset, da pakken blev dannet. Resultaterne følger definitionerne i version {version}.',
  savedOn: 'gemt {date}',
};

type PackTexts = Record<keyof typeof da, string>;

const en: PackTexts = {
  caseNumber: 'Case no. {caseNumber}',
  meeting: 'Committee meeting {date}',
  summary: 'Summary',
  recommendation: 'Recommendation',
  presentation: 'Case presentation',
  keyFigures: 'Key figures',
  keyFiguresCaption: 'The results in total compared with the previous report',
  figure: 'Measure',
  previous: 'Previous report',
  current: 'This report',
  change: 'Change',
  exit: 'Exit to job, education and part-time work',
  placement: 'Company placement',
  plan: 'Preparatory plan',
  results: 'Results',
  resultsIntro: 'The tables are from the saved report "{title}", saved {date}.',
  noPrevious: 'The pack has no earlier report to compare with.',
  comparedWith: 'The changes are against the saved report "{title}", saved {date}.',
  budget: 'Budget',
  budgetCaption: 'Budget status {year} per provider, as of {date}',
  budgetFrame: 'The frame for {year} is {amount} in total.',
  budgetUse: 'The forecast to year end is {share} of the frame.',
  budgetNoFrame: 'No budget frame is recorded for {year}.',
  provider: 'Provider',
  providerFrame: 'Frame',
  frameSplit:
    "A frame belongs to a tender area or a tender that several providers share; a provider's frame is its share in proportion to the days each framework agreement has a programme price in the year.",
  total: 'Total',
  approved: 'Approved',
  billedNotApproved: 'Billed, not approved',
  forecast: 'Forecast to year end',
  noBudgetRows: 'Nothing is approved or billed in {year}.',
  decision: 'Decision',
  decidedOn: "The committee's decision of {date}:",
  basis: 'Basis',
  basisText:
    'The pack was made on {date} by {name} from saved reports that do not change: {reports}. The budget status was frozen when the pack was made. The results follow the definitions of version {version}.',
  savedOn: 'saved {date}',
};

export const PACK_TEXTS: Record<Language, PackTexts> = { da, en };
export type { PackTexts };
