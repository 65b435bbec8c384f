// Headings, column headers and notes of the outcome tables in exports, the PDF and the CLI's text, in
// the committee appendix's words (seed 003) and in English.
import type { Language } from '../../../../shared/messages.ts';

const da = {
  documentTitle: 'Resultater for de lokalt forankrede beskæftigelsesindsatser',
  definition: 'Opgjort efter definitionerne i version {version}. Dannet {date}.',
  provider: 'Leverandør',
  total: 'I alt',
  exitTitle: 'Tabel 1: Afgang til beskæftigelse, uddannelse & deltidsbeskæftigelse, {period}',
  exitSheet: 'Tabel 1 Afgang',
  exitCompleted: 'Antal afsluttede forløb i perioden',
  exitJobOrEducation: 'Antal afgang til job eller uddannelse',
  exitPartTime: 'Antal afgang til deltidsbeskæftigelse',
  exitRate: 'Samlet afgangsrate, andel',
  exitPending: 'Afventer registerdata',
  exitNotInRegister: 'Ikke i registret',
  exitNote:
    'Note: Data vedr. beskæftigelse trækkes fra DREAM, hvor data er ca. seks måneder forsinket. Status opgøres 2. måned efter afsluttet forløb. Afgang til job er borgere i beskæftigelse uden offentlig forsørgelse; afgang til deltidsbeskæftigelse er borgere med både lønindkomst og offentlig forsørgelse (fx småjob). Forløb uden registerdata for måneden tæller ikke med i andelen.',
  placementTitle:
    'Tabel 2: Antal virksomhedsplaceringer undervejs eller efter endt forløb hos leverandør, {period}',
  placementSheet: 'Tabel 2 Placering',
  placementCompleted: 'Antal borgere der har afsluttet forløb hos leverandør',
  placementPlaced: 'Antal borgere i virksomhedsplacering undervejs eller efter endt forløb',
  placementRate: 'Andel',
  placementNote:
    'Note: Opgørelsen indeholder kun virksomhedsplaceringer, der påbegyndes senest {days} dage efter afsluttet forløb hos leverandøren.',
  placementKinds: 'Placeringstyper: {kinds}.',
  planTitle:
    'Tabel 3: Borgere der under eller indenfor {months} måneder efter endt forløb hos leverandør har fået opstartet forberedende plan, {period}',
  planSheet: 'Tabel 3 Plan',
  planCompleted: 'Antal borgere der har afsluttet forløb hos leverandøren',
  planWithPlan: 'Antal opstartede forberedende planer',
  planRate: 'Andel',
  planNote:
    'Note: Opstart af forberedende planer registreres manuelt af sagsbehandlerne, og der kan derfor være visse usikkerheder forbundet med opgørelsen. Det estimeres, at op imod halvdelen af de forberedende planer ikke registreres.',
  interval: '95 %-interval',
  ciLow: '95 %-interval, nedre',
  ciHigh: '95 %-interval, øvre',
  versusRest: 'Sammenlignet med de øvrige',
  higher: 'Højere',
  lower: 'Lavere',
  indistinguishable: 'Kan ikke skelnes',
  indistinguishableNote:
    'Ved dette antal forløb kan {names} ikke skelnes fra de øvrige leverandører: 95 %-intervallerne overlapper.',
  higherNote: '{names} ligger højere end de øvrige leverandører tilsammen, også når usikkerheden regnes med.',
  lowerNote: '{names} ligger lavere end de øvrige leverandører tilsammen, også når usikkerheden regnes med.',
  comparison: 'Sammenlignet med "{title}": i alt fra {previous} til {current} ({points}).',
  comparisonNoCurrent:
    'Sammenlignet med "{title}": i alt {previous} i den gemte rapport; endnu ingen data i denne periode.',
  comparisonNoPrevious:
    'Sammenlignet med "{title}": i alt {current} nu; den gemte rapport har ingen data at sammenligne med.',
  comparisonNoData: 'Sammenlignet med "{title}": endnu ingen data i nogen af perioderne.',
  printedTotalNote:
    'I alt er summen af rækkerne: {rowsSum}. Den trykte kilde ("{source}") angiver {printed} i alt, men dens egne rækker giver {rowsSum}.',
  pendingNote:
    '{courses} forløb afventer registerdata for 2. måned efter afslutningen og tæller ikke med i andelen. De tælles med, når registerdata dækker til og med {month} (DREAM er ca. seks måneder forsinket).',
  pendingNoteOne:
    '1 forløb afventer registerdata for 2. måned efter afslutningen og tæller ikke med i andelen. Det tælles med, når registerdata dækker til og med {month} (DREAM er ca. seks måneder forsinket).',
  internship: 'virksomhedspraktik',
  wage_subsidy: 'løntilskud',
  small_job: 'småjob',
  // The long CSV (one row per table and provider).
  table: 'Tabel',
  from: 'Fra',
  to: 'Til',
  providerCode: 'Leverandørkode',
  completed: 'Afsluttede forløb',
  pending: 'Afventer registerdata',
  notInRegister: 'Ikke i registret',
  job: 'Job',
  education: 'Uddannelse',
  jobOrEducation: 'Job eller uddannelse',
  partTime: 'Deltidsbeskæftigelse',
  publicBenefit: 'Offentlig forsørgelse',
  otherSelfSupporting: 'Øvrig selvforsørgelse',
  censored: 'Udgået af registret',
  placed: 'I virksomhedsplacering',
  withPlan: 'Med forberedende plan',
  ratePercent: 'Andel (%)',
  exit: 'Afgang',
  placement: 'Virksomhedsplacering',
  plan: 'Forberedende plan',
  csvTitle: 'Resultater',
};

const en: typeof da = {
  documentTitle: 'Results of the locally anchored employment programmes',
  definition: 'Computed with the definitions of version {version}. Made {date}.',
  provider: 'Provider',
  total: 'Total',
  exitTitle: 'Table 1: Exit to employment, education and part-time employment, {period}',
  exitSheet: 'Table 1 Exit',
  exitCompleted: 'Courses completed in the period',
  exitJobOrEducation: 'Exits to job or education',
  exitPartTime: 'Exits to part-time employment',
  exitRate: 'Exit rate, share',
  exitPending: 'Awaiting register data',
  exitNotInRegister: 'Not in the register',
  exitNote:
    'Note: Employment data come from DREAM, which lags about six months. The status is taken in the 2nd month after the course ended. Exit to job means employed without public benefit; exit to part-time employment means wage income and public benefit at the same time (e.g. a small job). Courses without register data for the month are left out of the share.',
  placementTitle: 'Table 2: Company placements during or after the course at the provider, {period}',
  placementSheet: 'Table 2 Placement',
  placementCompleted: 'Citizens who completed a course at the provider',
  placementPlaced: 'Citizens in a company placement during or after the course',
  placementRate: 'Share',
  placementNote:
    'Note: Only placements starting at most {days} days after the course at the provider ended are counted.',
  placementKinds: 'Placement types: {kinds}.',
  planTitle:
    'Table 3: Citizens with a preparatory plan started during or within {months} months after the course at the provider, {period}',
  planSheet: 'Table 3 Plan',
  planCompleted: 'Citizens who completed a course at the provider',
  planWithPlan: 'Preparatory plans started',
  planRate: 'Share',
  planNote:
    'Note: Caseworkers register plan starts by hand, so the figure is uncertain. Up to half of the preparatory plans are thought not to be registered.',
  interval: '95% interval',
  ciLow: '95% interval, low',
  ciHigh: '95% interval, high',
  versusRest: 'Compared with the others',
  higher: 'Higher',
  lower: 'Lower',
  indistinguishable: 'Cannot be told apart',
  indistinguishableNote:
    'At this number of courses, {names} cannot be told apart from the other providers: the 95% intervals overlap.',
  higherNote: '{names}: higher than the other providers together, even allowing for the uncertainty.',
  lowerNote: '{names}: lower than the other providers together, even allowing for the uncertainty.',
  comparison: 'Compared with "{title}": total from {previous} to {current} ({points}).',
  comparisonNoCurrent:
    'Compared with "{title}": total {previous} in the saved report; no data yet for this period.',
  comparisonNoPrevious:
    'Compared with "{title}": total {current} now; the saved report has no data to compare with.',
  comparisonNoData: 'Compared with "{title}": no data yet in either period.',
  printedTotalNote:
    'The total is the sum of the rows: {rowsSum}. The printed source ("{source}") gives a total of {printed}, but its own rows add up to {rowsSum}.',
  pendingNote:
    '{courses} courses await register data for the 2nd month after they ended and are left out of the share. They will be counted once the register data cover {month} (DREAM lags about six months).',
  pendingNoteOne:
    '1 course awaits register data for the 2nd month after it ended and is left out of the share. It will be counted once the register data cover {month} (DREAM lags about six months).',
  internship: 'internship',
  wage_subsidy: 'wage subsidy',
  small_job: 'small job',
  table: 'Table',
  from: 'From',
  to: 'To',
  providerCode: 'Provider code',
  completed: 'Completed',
  pending: 'Pending',
  notInRegister: 'Not in register',
  job: 'Job',
  education: 'Education',
  jobOrEducation: 'Job or education',
  partTime: 'Part-time',
  publicBenefit: 'Public benefit',
  otherSelfSupporting: 'Other self-supporting',
  censored: 'Censored',
  placed: 'Placed',
  withPlan: 'With plan',
  ratePercent: 'Share (%)',
  exit: 'exit',
  placement: 'placement',
  plan: 'plan',
  csvTitle: 'Results',
};

export type OutcomeTexts = typeof da;
export const OUTCOME_TEXTS: Record<Language, OutcomeTexts> = { da, en };
